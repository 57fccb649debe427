import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { RawWire } from "./rawWire.js";

const uri = "file:///oms-lint-versions/order.json";
const text = JSON.stringify(createOrder(), null, 2);
/** An edit that, made twice, repeats a key: a replay applied would be reported as duplicate-key. */
const insertComment = { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\n  "cartID": "typed",' };
const appendSpace = (line: number) => ({ range: { start: { line, character: 1 }, end: { line, character: 1 } }, text: " " });

/**
 * LSP: "The version number of a document will increase after each change, including undo/redo."
 * A change at a version the server already has (a replay, a client that lost count) was applied
 * all the same: an edit sent twice was made twice, and the server's text was no longer the
 * editor's. It is ignored, with a line in the client's log.
 */
describe("a didChange whose version does not increase", () => {
  let wire: RawWire;
  const change = (version: number, contentChanges: unknown[]) => wire.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges });
  const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
  const publishedAt = (version: number, from: number) => wire.until(() => wire.published(from).find((p) => p.uri === uri && p.version === version));

  beforeAll(async () => {
    wire = new RawWire();
    await wire.initialize();
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
    await publishedAt(1, 0);
  });

  afterAll(() => wire.close());

  it("is not applied: the same edit at the same version, and an older version, change nothing", async () => {
    const from = wire.received.length;
    change(2, [insertComment]);
    change(2, [insertComment]);
    change(1, [insertComment]);
    const lastLine = text.split("\n").length;
    change(3, [appendSpace(lastLine)]);
    const published = await publishedAt(3, from);
    expect(codes(published.diagnostics)).not.toContain("duplicate-key");
    expect(wire.logged(from)).toEqual([
      expect.stringMatching(/^oms-lint: ignored textDocument\/didChange: .*order\.json is at version 2, and this change names version 2 \(LSP: a document's version increases/),
      expect.stringMatching(/is at version 2, and this change names version 1 /),
    ]);
  });

  it("is applied when the version increases, by any step", async () => {
    const from = wire.received.length;
    change(10, [insertComment]);
    expect(codes((await publishedAt(10, from)).diagnostics)).toContain("duplicate-key");
    expect(wire.logged(from)).toEqual([]);
  });
});
