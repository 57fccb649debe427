import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { debounceMs } from "../../src/lsp/server.js";
import { createOrder } from "../support/payloads.js";
import { framed, RawWire } from "./rawWire.js";

const uri = "file:///oms-lint-closed-mid-lint/a.json";
const text = JSON.stringify({ ...createOrder(), orderID: "abc" }, null, 2);

/**
 * A lint whose timer fires after the client has gone (the input ended while a change waited out
 * its debounce) has no one to publish to: sendDiagnostics rejects ("Connection is closed"), and
 * the server's report of that failure, a log message over the same closed connection, threw in
 * turn, an unhandled rejection in the process (vitest failed the whole run on it).
 */
describe("a lint that ends after the connection closed", () => {
  it("ends quietly: no unhandled rejection", async () => {
    const wire = new RawWire();
    await wire.initialize();
    wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text } } }));
    await wire.until(() => wire.published().find((p) => p.version === 1));
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      // The change waits debounceMs before its lint; the input ends at once. (Were the lint to run
      // before the close is read, it would publish, and there would be nothing to reject.)
      wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('"abc"', '"abd"') }] } }));
      wire.close();
      await sleep(debounceMs * 4);
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });
});
