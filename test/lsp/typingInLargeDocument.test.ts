import { describe, expect, it } from "vitest";
import { createOrder } from "../support/payloads.js";
import { RawWire } from "./rawWire.js";

/**
 * Keystrokes that come while the server is busy (an 11.7 MB order takes seconds to lint) wait
 * in its queue, and were applied one didChange after another, each copying the whole text: 300
 * of them took 30 to 54 s, and a request sent after them waited as long (audit of the language
 * server). They are applied at once now, when the text is next read. The document here is
 * plain text, which the server holds and does not lint. The time is measured, not asserted (no
 * test's pass may depend on the machine's speed): 44 s before, ~2.4 s after on the loaded
 * two-core machine (bench/NOTES.md), on an 11.7 MB order. What the held edits must keep, the
 * text as typed, does not depend on the size: this test holds it on a 150-line order (the
 * edits are held whatever the size; the properties of deferredUpdate hold the one-pass path).
 */
describe("300 keystrokes held in a document", () => {
  it("are applied, and a request after them answered, the text as typed", async () => {
    const order = createOrder();
    const text = JSON.stringify({ ...order, orderItems: Array.from({ length: 150 }, () => (order.orderItems as unknown[])[0]) }, null, 2);
    const lines = text.split("\n");
    const line = lines.length >> 1;
    const wire = new RawWire();
    await wire.initialize();
    const uri = "file:///nowhere/large-order.txt";
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    // Opened (its didOpen read and handled) before the keystrokes are timed.
    while (wire.server.document(uri) === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
    for (let i = 0; i < 300; i++) {
      const at = { line, character: 4 + i };
      wire.notify("textDocument/didChange", { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: at, end: at }, text: "x" }] });
    }
    wire.request(2, "textDocument/hover", { textDocument: { uri }, position: { line, character: 4 } });
    await wire.response(2);
    lines[line] = `${lines[line]!.slice(0, 4)}${"x".repeat(300)}${lines[line]!.slice(4)}`;
    expect(wire.server.document(uri)).toEqual({ version: 301, text: lines.join("\n") });
  });
});
