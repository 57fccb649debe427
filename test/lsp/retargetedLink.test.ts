import { renameSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { defaultServerSettings, lintDocument } from "../../src/lsp/documentLint.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The language server keeps a config until a config file changes, and the real paths of the
 * folders a document was found through were kept with it (b9fc1a29): a link retargeted
 * meanwhile (`ln -sfn other link`) was still read as its old target, so the config's ignores
 * went on skipping a document that had left the ignored folder (review of today's commits).
 * Each lint of a document now reads the links again.
 */
const folder = scratchFolders("retargeted-link");
const order = JSON.stringify(orderWithItems([orderItem({ availability: "Y", partNumber: "A" }), orderItem({ availability: "D", partNumber: "B" })]), null, 2);

describe("a document found through a link outside the config's folder", () => {
  it("is read through the link's target at each lint, not the target it had when the config was loaded", async () => {
    const dir = folder({ "proj/oms-lint.config.json": JSON.stringify({ ignores: ["orders/"] }), "proj/orders/.keep": "", "proj/other/.keep": "" });
    const config = await loadConfig(join(dir, "proj/oms-lint.config.json"), join(dir, "proj"));
    const link = join(dir, "link");
    const lint = () => lintDocument({ filePath: join(link, "a.json") }, order, config, defaultServerSettings)?.result.messages.map((m) => m.ruleId);
    symlinkSync(join(dir, "proj/orders"), link);
    expect(lint()).toBeUndefined();
    // ln -sfn proj/other link: the same config, the link now leads out of the ignored folder.
    symlinkSync(join(dir, "proj/other"), `${link}.new`);
    renameSync(`${link}.new`, link);
    expect(lint()).toContain("availability-split");
    symlinkSync(join(dir, "proj/orders"), `${link}.new`);
    renameSync(`${link}.new`, link);
    expect(lint()).toBeUndefined();
  });
});
