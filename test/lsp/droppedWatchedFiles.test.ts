import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { messageStructureLimits } from "../../src/lsp/messageStructure.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

const capFindings = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "tax-rate-cap");
/** An order over the cap: 0.05 on 0.22, forceItemTaxOverride true. */
const overCap = JSON.stringify(orderWithItems([orderItem({ actualPrice: 0.22, quantity: 1, itemTaxOverride: 0.05 })], { forceItemTaxOverride: true }), null, 2);

// Found by the audit at 8c4bd14e: the client watches every JSON file, so a checkout reports its files in ONE
// didChangeWatchedFiles beside the config's change; past 50,000 changes it was dropped unread and unsaid,
// and the open order kept the error of a rule the new config turns off.
describe("a didChangeWatchedFiles too large to read, the config among its changes", () => {
  const server = scratchServer("dropped-watched-files", { noTypingPause: true, files: (dir) => writeFileSync(join(dir, "order.json"), overCap) });

  it("any watched file may have changed: the config is read again, the open order linted again, and the log says so", async () => {
    const { client, dir, uri } = server;
    const order = uri("order.json");
    await client.open(order, "json", overCap);
    expect(capFindings({ uri: order, diagnostics: await client.diagnosticsOf(order, 1) })).toHaveLength(1);

    const config = join(dir, "oms-lint.config.json");
    writeFileSync(config, JSON.stringify({ rules: { "tax-rate-cap": "off" } }));
    const others = Array.from({ length: messageStructureLimits.maxEntries }, (_, i) => ({ uri: pathToFileURL(join(dir, "checkout", `${i}.json`)).href, type: 2 }));
    const [from, logged] = [client.diagnostics.seen.length, client.logs.seen.length];
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(config).href, type: 1 }, ...others] });

    const after = await client.diagnostics.next((p) => p.uri === order && capFindings(p).length === 0, "the order linted with tax-rate-cap off", from);
    expect(capFindings(after)).toEqual([]);
    const said = client.logs.seen.slice(logged).map((line) => line.message);
    expect(said).toEqual([expect.stringMatching(/^oms-lint: a workspace\/didChangeWatchedFiles \(\d+ bytes\) was past .*, so any watched file may have changed: every config is read again/)]);
  });
});
