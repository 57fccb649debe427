import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { lintDocument } from "../../src/lsp/documentLint.js";
import { createOrder } from "../support/payloads.js";

/**
 * Under structure "editor", oms-lint leaves structure to VS Code's JSON validation only on the
 * files init --vscode associates with a schema. A `files` glob VS Code's fileMatch cannot say (an
 * extglob, a POSIX class, an escape) is left out of the associations, so the files it alone maps
 * keep their structure published (found by the review of the stop: shown nowhere).
 */
describe("structure \"editor\" on files mapped by a glob VS Code cannot say", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-editor-globs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = JSON.stringify(createOrder({ currency: "XXX" }), null, 2);
  const schemaFindings = async (glob: string, file: string, structure: "publish" | "editor") => {
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob, kind: "createOrder" }] }));
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    const lint = lintDocument({ filePath: join(dir, file) }, text, config, { structure } as never, dir);
    return lint?.result.messages.filter((m) => m.ruleId === "schema").map((m) => m.message) ?? [];
  };

  it.each([
    ["an extglob", "legacy/!(old)/*.json", "legacy/new/order.json"],
    ["a POSIX class", "[[:alpha:]]*/order.json", "shop/order.json"],
    // "Every file but legacy's": fileMatch reads "/!legacy/**" as a folder named "!legacy", and a ! only at its start as an exclusion.
    ["a negated glob", "!legacy/**", "shop/order.json"],
    ["a negated glob after ./", "./!legacy/**", "shop/order.json"],
  ])("%s: the currency's refusal is published, as under \"publish\"", async (_, glob, file) => {
    const published = await schemaFindings(glob, file, "publish");
    expect(published).toEqual([expect.stringMatching(/^currency must be one of the 35 documented ISO codes/)]);
    expect(await schemaFindings(glob, file, "editor")).toEqual(published);
  });

  it("a plain glob: left to the editor, which reports it from its schema", async () => {
    expect(await schemaFindings("legacy/*/order.json", "legacy/new/order.json", "publish")).toHaveLength(1);
    expect(await schemaFindings("legacy/*/order.json", "legacy/new/order.json", "editor")).toEqual([]);
  });
});
