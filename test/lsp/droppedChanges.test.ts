import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, PublishDiagnosticsParams } from "vscode-languageserver";
import { createOrder, type JsonObject } from "../support/payloads.js";
import { framed, RawWire } from "./rawWire.js";

const limit = 16 * 1024;
const order = createOrder({ orderID: 5 }) as JsonObject & { orderPayments: JsonObject[] };
order.orderPayments[0]!.maxAmount = -1;
const text = JSON.stringify(order, null, 2);
const lines = text.split("\n").length;
const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
/** An edit whose didChange is over the server's limit (a paste of 20 kB into the order's comment). */
const largePaste = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `  "cartID": "${"x".repeat(20_000)}",\n` };
const smallEdit = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: " " };

/**
 * A didChange over the message-size limit is skipped unread. The server then holds a text the
 * editor no longer has: it went on publishing findings for it, and its quick fixes (ranges of that
 * text) were pasted over the user's edits by a client that does not check versions. Now it
 * clears the document's findings, says so once, and offers nothing for it until the document
 * is opened again or its whole text is sent.
 */
describe("a document whose change the server could not read", () => {
  let wire: RawWire;
  let next = 100;
  const open = (uri: string, body = text) => wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: body } });
  const change = (uri: string, version: number, contentChanges: unknown[]) => wire.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges });
  const publishedFor = (uri: string, accept: (p: PublishDiagnosticsParams) => boolean, from: number) => wire.until(() => wire.published(from).find((p) => p.uri === uri && accept(p)));
  const ask = async <T>(method: string, params: unknown): Promise<T> => {
    const id = next++;
    wire.request(id, method, params);
    return (await wire.response(id)).result as T;
  };
  const actions = (uri: string) => ask<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: whole, context: { diagnostics: [] } });
  /** Opens a document and waits for its findings. */
  const opened = async (uri: string) => {
    const from = wire.received.length;
    open(uri);
    return publishedFor(uri, (p) => p.version === 1, from);
  };

  beforeAll(async () => {
    // A client without versioned edits: a fix it is handed is pasted where its range says.
    wire = new RawWire(limit);
    await wire.initialize();
  });

  afterAll(() => wire.close());

  it("has its findings cleared, is told of once, and gets no quick fix or hover", async () => {
    const uri = "file:///oms-lint-dropped/order.json";
    expect((await opened(uri)).diagnostics.length).toBeGreaterThan(0);
    expect((await actions(uri)).length).toBeGreaterThan(0);
    const from = wire.received.length;
    change(uri, 2, [largePaste]);
    change(uri, 3, [smallEdit]);
    expect(await publishedFor(uri, () => true, from)).toEqual({ uri, diagnostics: [] });
    expect(await actions(uri)).toEqual([]);
    expect(await ask("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 5 } })).toBeNull();
    // Settings changed: every open document is linted again, but not this one, whose text is not the editor's.
    wire.notify("workspace/didChangeConfiguration", { settings: {} });
    const other = "file:///oms-lint-dropped/other.json";
    await opened(other);
    expect(wire.published(from).filter((p) => p.uri === uri)).toEqual([{ uri, diagnostics: [] }]);
    // A notification gets no response (JSON-RPC 2.0), not even an error with id null: the message above says it.
    expect(wire.unaddressedErrors(from)).toEqual([]);
    expect(wire.shown(from)).toEqual([
      expect.stringMatching(/^oms-lint: \/oms-lint-dropped\/order\.json: its didChange \(\d+ bytes\) was over the language server's limit of 16384 bytes, so the server no longer has its text as the editor has it; its findings are cleared until it is closed and opened again$/),
    ]);
  });

  it("is linted again from a whole text, or when opened again", async () => {
    const uri = "file:///oms-lint-dropped/again.json";
    await opened(uri);
    const from = wire.received.length;
    change(uri, 2, [largePaste]);
    change(uri, 3, [{ text }]);
    expect((await publishedFor(uri, (p) => p.version === 3, from)).diagnostics.length).toBeGreaterThan(0);
    expect((await actions(uri)).length).toBeGreaterThan(0);
    change(uri, 4, [largePaste]);
    await publishedFor(uri, (p) => p.version === undefined, wire.received.length);
    expect((await opened(uri)).diagnostics.length).toBeGreaterThan(0);
  });

  it("a message that does not say which document it changes: every open document", async () => {
    const uris = ["file:///oms-lint-dropped/a.json", "file:///oms-lint-dropped/b.json"];
    for (const uri of uris) await opened(uri);
    const from = wire.received.length;
    // Its method and document written after the text: the first bytes name neither.
    wire.send(framed({ jsonrpc: "2.0", params: { contentChanges: [largePaste], textDocument: { uri: uris[0], version: 2 } }, method: "textDocument/didChange" }));
    for (const uri of uris) expect(await publishedFor(uri, () => true, from)).toEqual({ uri, diagnostics: [] });
    const told = (name: string) => wire.until(() => wire.shown(from).find((message) => message.includes(`/${name}: `)));
    expect(await told("a.json")).toMatch(/a\.json: a message \(\d+ bytes\) that may have changed it was over the language server's limit/);
    expect(await told("b.json")).toMatch(/b\.json: a message \(\d+ bytes\) that may have changed it was over the language server's limit/);
  });

  it("a didOpen over the limit: the user is told the document is not linted", async () => {
    const from = wire.received.length;
    open("file:///oms-lint-dropped/huge.json", JSON.stringify({ ...order, cartID: "x".repeat(20_000) }));
    expect(await wire.until(() => (wire.shown(from).length > 0 ? wire.shown(from) : undefined))).toEqual([
      expect.stringMatching(/^oms-lint: \/oms-lint-dropped\/huge\.json is not linted: its didOpen \(\d+ bytes\) was over the language server's limit of 16384 bytes$/),
    ]);
  });
});
