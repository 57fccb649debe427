import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, PublishDiagnosticsParams, TextDocumentContentChangeEvent, TextDocumentEdit, TextEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
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

/**
 * A document whose change the server could not read stayed dark until it was closed and opened
 * again: VS Code and Neovim send edits, never a whole text. The server asks for the text with
 * each save (textDocumentSync.save.includeText) and takes a lost document's text from its next
 * save; a save of a document it holds changes nothing, and is not linted again.
 */
describe("a document whose change the server could not read, saved in a client that sends saves", () => {
  let wire: RawWire;
  let next = 100;
  const open = (uri: string) => wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
  const change = (uri: string, version: number, contentChanges: unknown[]) => wire.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges });
  const save = (uri: string, saved?: unknown) => wire.notify("textDocument/didSave", { textDocument: { uri }, ...(saved === undefined ? {} : { text: saved }) });
  /** Every message the server sent before it answers a request sent now (it handles them in order). */
  const settled = async () => {
    const id = next++;
    wire.request(id, "textDocument/hover", { textDocument: { uri: "file:///nowhere.json" }, position: { line: 0, character: 0 } });
    await wire.response(id);
  };
  const publishedFor = (uri: string, from: number) => wire.until(() => wire.published(from).find((p) => p.uri === uri));
  /** What the user has after the paste and a keystroke, saved (any text: the server takes it as the editor's). */
  const saved = JSON.stringify({ ...order, orderComment: "typed after the paste" }, null, 2);

  beforeAll(async () => {
    wire = new RawWire(limit);
    await wire.initialize({ textDocument: { synchronization: { didSave: true } } });
  });

  afterAll(() => wire.close());

  it("asks for the text with each save", async () => {
    expect((await wire.response(1)).result).toMatchObject({ capabilities: { textDocumentSync: { save: { includeText: true } } } });
  });

  it("is told it is dark until it is saved, and is linted again from the text its save carries, at the last version the client sent", async () => {
    const uri = "file:///oms-lint-dropped-save/order.json";
    open(uri);
    await publishedFor(uri, 0);
    const from = wire.received.length;
    change(uri, 2, [largePaste]);
    change(uri, 3, [smallEdit]);
    expect(await publishedFor(uri, from)).toEqual({ uri, diagnostics: [] });
    expect(await wire.until(() => wire.shown(from)[0])).toMatch(
      /^oms-lint: \/oms-lint-dropped-save\/order\.json: its didChange \(\d+ bytes\) was over the language server's limit of 16384 bytes, so the server no longer has its text as the editor has it; its findings are cleared until it is saved, or closed and opened again$/,
    );
    const afterLoss = wire.received.length;
    save(uri, saved);
    const relinted = await publishedFor(uri, afterLoss);
    expect(relinted).toMatchObject({ uri, version: 3, diagnostics: expect.arrayContaining([expect.objectContaining({ code: "max-amount-null-preferred" })]) });
    expect(wire.server.document(uri)).toEqual({ version: 3, text: saved });
    // The next edit applies to the saved text, as the editor applies it.
    const beforeEdit = wire.received.length;
    change(uri, 4, [smallEdit]);
    await settled();
    expect(wire.server.document(uri)).toEqual({ version: 4, text: saved.replace("\n", "\n ") });
    // Its lint, after the typing pause, is awaited here: left pending, it was published inside a later test's window (a flake under load).
    expect(await wire.until(() => wire.published(beforeEdit).find((p) => p.uri === uri))).toMatchObject({ version: 4 });
  });

  it("a save without its text (a client that ignores includeText) leaves it dark", async () => {
    const uri = "file:///oms-lint-dropped-save/untold.json";
    open(uri);
    await publishedFor(uri, 0);
    const from = wire.received.length;
    change(uri, 2, [largePaste]);
    await publishedFor(uri, from);
    save(uri);
    await settled();
    expect(wire.published(from).filter((p) => p.uri === uri)).toEqual([{ uri, diagnostics: [] }]);
  });

  it("a save of a document the server holds: its text is not taken, and it is not linted again", async () => {
    const uri = "file:///oms-lint-dropped-save/held.json";
    open(uri);
    await publishedFor(uri, 0);
    const from = wire.received.length;
    save(uri, saved);
    await settled();
    expect(wire.published(from).filter((p) => p.uri === uri)).toEqual([]);
    expect(wire.server.document(uri)).toEqual({ version: 1, text });
  });
});

/**
 * A lost document is recovered at the version the CLIENT is at, so that its findings and quick
 * fixes name that version and their ranges are ranges of the text the client has. The server
 * recorded the version it held instead: a didOpen of a document already open at version 7,
 * dropped for its size, left the changes that followed it (versions 2 to 7) "ignored … is at
 * version 7", the save was taken as version 7, and a quick fix at version 8 replaced the wrong
 * characters ("maxAmount" became "mnullAmount"); a didChange to version 2, dropped, left the
 * saved text at version 1, and fixes the client, at 2, refuses.
 */
describe("a lost document's text taken from a save, in a client that checks versions", () => {
  let wire: RawWire;
  let next = 100;
  /** The client's own copy of each document, edited as it sends its edits. */
  const client = new Map<string, TextDocument>();
  const open = (uri: string, body: string) => {
    client.set(uri, TextDocument.create(uri, "json", 1, body));
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: body } });
  };
  const edit = (uri: string, contentChanges: TextDocumentContentChangeEvent[]) => {
    const before = client.get(uri)!;
    const after = TextDocument.update(before, contentChanges, before.version + 1);
    client.set(uri, after);
    wire.notify("textDocument/didChange", { textDocument: { uri, version: after.version }, contentChanges });
  };
  /** A space typed at the start of the line that names maxAmount: the fix's range moves with it. */
  const indentMaxAmount = (uri: string) => {
    const document = client.get(uri)!;
    const line = document.positionAt(document.getText().indexOf('"maxAmount"')).line;
    edit(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: " " }]);
  };
  const save = (uri: string) => wire.notify("textDocument/didSave", { textDocument: { uri }, text: client.get(uri)!.getText() });
  const ask = async <T>(method: string, params: unknown): Promise<T> => {
    const id = next++;
    wire.request(id, method, params);
    return (await wire.response(id)).result as T;
  };
  const publishedFor = (uri: string, from: number) => wire.until(() => wire.published(from).find((p) => p.uri === uri && p.diagnostics.length > 0));
  /** The quick fix that sets maxAmount to null, applied as the client applies a versioned edit: to its own text, only at the version the edit names. */
  const maxAmountFixed = async (uri: string) => {
    const document = client.get(uri)!;
    const actions = await ask<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) }, context: { diagnostics: [] } });
    const fix = actions.find((action) => action.diagnostics?.some((d) => d.code === "max-amount-null-preferred") && action.edit?.documentChanges !== undefined);
    const [change] = (fix?.edit?.documentChanges ?? []) as TextDocumentEdit[];
    expect(change?.textDocument).toEqual({ uri, version: document.version });
    return JSON.parse(TextDocument.applyEdits(document, change!.edits as TextEdit[])) as typeof order;
  };
  /** A formatter's edits, sent as one didChange over the limit though the text grows by 250 spaces (its save is well under it). */
  const reindented = Array.from({ length: 250 }, (_, i) => ({ range: { start: { line: i % lines, character: 0 }, end: { line: i % lines, character: 0 } }, text: " " }));
  /** A text over the limit in its didOpen, whose bulk the user deletes before saving. */
  const bulk = `"${"x".repeat(20_000)}"`;
  const deleteBulk = (uri: string) => {
    const document = client.get(uri)!;
    const start = document.getText().indexOf(bulk);
    edit(uri, [{ range: { start: document.positionAt(start), end: document.positionAt(start + bulk.length) }, text: '"cart"' }]);
  };

  beforeAll(async () => {
    wire = new RawWire(limit);
    await wire.initialize({ textDocument: { synchronization: { didSave: true } }, workspace: { workspaceEdit: { documentChanges: true } } });
  });

  afterAll(() => wire.close());

  it("a didChange dropped, then saved: its findings and fixes name the version the dropped change sent", async () => {
    const uri = "file:///oms-lint-lost-version/paste.json";
    open(uri, text);
    await publishedFor(uri, 0);
    edit(uri, [...reindented]);
    const from = wire.received.length;
    save(uri);
    expect(await publishedFor(uri, from)).toMatchObject({ version: 2 });
    const fixed = await maxAmountFixed(uri);
    expect(fixed.orderPayments[0]!.maxAmount).toBeNull();
    expect({ ...fixed, orderPayments: undefined }).toEqual({ ...JSON.parse(client.get(uri)!.getText()), orderPayments: undefined });
  });

  it("a didChange dropped whose version is past LSP's integer (2^40), then saved: recovered at the version held, and the next change is applied (every later one was ignored)", async () => {
    const uri = "file:///oms-lint-lost-version/huge-version.json";
    open(uri, text);
    await publishedFor(uri, 0);
    wire.notify("textDocument/didChange", { textDocument: { uri, version: 2 ** 40 }, contentChanges: reindented });
    const from = wire.received.length;
    save(uri);
    expect(await publishedFor(uri, from)).toMatchObject({ version: 1 });
    indentMaxAmount(uri);
    await ask("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(wire.server.document(uri)).toEqual({ version: 2, text: client.get(uri)!.getText() });
  });

  it("opened again at version 1 over the limit while held at version 7, its bulk deleted and saved: the changes after it count from 1, and a fix made after the save fixes the client's text", async () => {
    const uri = "file:///oms-lint-lost-version/reopened.json";
    open(uri, text);
    for (let version = 2; version <= 7; version++) indentMaxAmount(uri);
    await wire.until(() => (wire.server.document(uri)?.version === 7 ? true : undefined));
    open(uri, JSON.stringify({ ...order, cartID: "x".repeat(20_000) }, null, 2));
    deleteBulk(uri);
    indentMaxAmount(uri);
    const from = wire.received.length;
    save(uri);
    for (let version = 4; version <= 8; version++) indentMaxAmount(uri);
    await publishedFor(uri, from);
    expect(await ask("textDocument/hover", { textDocument: { uri: "file:///nowhere.json" }, position: { line: 0, character: 0 } })).toBeNull();
    expect(wire.server.document(uri)).toEqual({ version: 8, text: client.get(uri)!.getText() });
    expect(wire.logged(from).filter((line) => line.includes("ignored"))).toEqual([]);
    const fixed = await maxAmountFixed(uri);
    expect(fixed.orderPayments[0]!.maxAmount).toBeNull();
    expect(fixed.cartID).toBe("cart");
  });
});
