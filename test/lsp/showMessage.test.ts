import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ResponseError } from "vscode-jsonrpc/node";
import { createOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

/**
 * The server tells the user of a config it cannot use. A message without actions is the
 * window/showMessage notification, which every client takes; window/showMessageRequest is a
 * request a client may not implement (it answers MethodNotFound, as vscode-jsonrpc does for a
 * method it has no handler for), and that answer, rejected and unhandled, ended the server.
 */
describe("a client that implements no window/showMessageRequest, in a folder whose config is broken", () => {
  const server = scratchServer("show-message", { files: (dir) => writeFileSync(join(dir, "oms-lint.config.json"), '{"rules": {"unknown-propety": "off"}}') });

  it("is told of the config by a window/showMessage notification, and the server serves on", async () => {
    const { client, uri } = server;
    client.connection.onRequest("window/showMessageRequest", () => {
      throw new ResponseError(-32601, "Unhandled method window/showMessageRequest");
    });
    const order = uri("order.json");
    await client.open(order, "json", JSON.stringify(createOrder({ orderID: 5 }), null, 2));
    const shown = await client.messages.next((m) => m.message.includes("cannot be used, so every rule runs at its default"), "the config's warning");
    expect(shown.type).toBe(2);
    // Named by its path: in a workspace of several folders, the user sees whose config it is (audit of the editor surface).
    // Named once (found by the review of the stop: the path, then the file name again with the place).
    expect(shown.message).toMatch(new RegExp(`^oms-lint: ${join(server.dir, "oms-lint.config.json").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:\\d+: unknown rule "unknown-propety" \\(did you mean "unknown-property"\\?\\)`));
    expect(shown.message.split("oms-lint.config.json")).toHaveLength(2);
    // Still serving: the document is linted with the rules at their defaults, and a later edit is linted too.
    expect((await client.diagnosticsOf(order, 1)).map((d) => d.code)).toContain("read-only-ids");
    const version = await client.edit(order, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: " " }]);
    expect((await client.diagnosticsOf(order, version)).map((d) => d.code)).toContain("read-only-ids");
  });
});
