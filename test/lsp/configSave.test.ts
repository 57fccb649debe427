import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

const readOnlyIds = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "read-only-ids");

describe("a client that watches no files for the server: saving the config re-lints the open documents", () => {
  const server = scratchServer("save", { noTypingPause: true, watchesFiles: false, files: (dir) => writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ rules: {} })) });

  it("asks for save notifications, registers no watcher, and applies the saved config to an open order", async () => {
    const { client, dir, uri } = server;
    expect(server.capabilities.textDocumentSync).toMatchObject({ openClose: true, save: expect.anything() });
    const order = uri("order.json");
    await client.open(order, "json", JSON.stringify(createOrder({ orderID: 5 }), null, 2));
    expect(readOnlyIds({ uri: order, diagnostics: await client.diagnosticsOf(order, 1) }).length).toBe(1);

    const config = uri("oms-lint.config.json");
    const document = await client.open(config, "json", JSON.stringify({ rules: {} }));
    const newText = JSON.stringify({ rules: { "read-only-ids": "off" } });
    await client.edit(config, [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) }, newText }]);
    writeFileSync(join(dir, "oms-lint.config.json"), newText);
    const from = client.diagnostics.seen.length;
    await client.save(config);
    // The open order is linted again with the rule off (an earlier lint's publish may come first).
    const after = await client.diagnostics.next((p) => p.uri === order && readOnlyIds(p).length === 0, "the order linted without read-only-ids", from);
    expect(readOnlyIds(after)).toEqual([]);
    expect(client.registrations).not.toContain("workspace/didChangeWatchedFiles");
  });
});
