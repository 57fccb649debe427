import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { Message } from "vscode-jsonrpc/node";
import { createOrder } from "../support/payloads.js";
import { framed, RawWire } from "./rawWire.js";

const text = JSON.stringify(createOrder({ customerIP: 7 }), null, 2);
const uri = "file:///oms-lint-hostile/order.json";
const document = (fields: object) => ({ textDocument: { uri: "file:///oms-lint-hostile/other.json", languageId: "json", version: 1, text, ...fields } });
const at = (line: unknown, character: unknown) => ({ line, character });
const change = (fields: object) => ({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at(0, 1), end: at(0, 1) }, text: " " }], ...fields });

/** Notifications whose params LSP does not allow: each is ignored, with a line in the client's log naming what is wrong. */
const notifications: readonly { readonly name: string; readonly method: string; readonly params: unknown; readonly logged: RegExp }[] = [
  { name: "didOpen without text", method: "textDocument/didOpen", params: document({ text: undefined }), logged: /textDocument\.text must be a string/ },
  { name: "didOpen with a number for text", method: "textDocument/didOpen", params: document({ text: 5 }), logged: /textDocument\.text must be a string/ },
  { name: "didOpen with an object for text", method: "textDocument/didOpen", params: document({ text: { a: 1 } }), logged: /textDocument\.text must be a string/ },
  { name: "didOpen with a string for version", method: "textDocument/didOpen", params: document({ version: "one" }), logged: /textDocument\.version must be an integer/ },
  { name: "didOpen without version", method: "textDocument/didOpen", params: document({ version: undefined }), logged: /textDocument\.version must be an integer/ },
  { name: "didOpen with version 1.5", method: "textDocument/didOpen", params: document({ version: 1.5 }), logged: /textDocument\.version must be an integer/ },
  { name: "didOpen without languageId", method: "textDocument/didOpen", params: document({ languageId: undefined }), logged: /textDocument\.languageId must be a string/ },
  { name: "didOpen with a number for uri", method: "textDocument/didOpen", params: document({ uri: 5 }), logged: /textDocument\.uri must be a URI string/ },
  { name: "didOpen without uri", method: "textDocument/didOpen", params: document({ uri: undefined }), logged: /textDocument\.uri must be a URI string/ },
  { name: "didOpen with a uri that has no scheme", method: "textDocument/didOpen", params: document({ uri: "not a uri at all" }), logged: /textDocument\.uri is not a URI: it has no scheme/ },
  { name: "didOpen of untitled: with a broken %-escape", method: "textDocument/didOpen", params: document({ uri: "untitled:%E0%A4%A" }), logged: /textDocument\.uri is not a URI: a %-escape in it is not UTF-8/ },
  { name: "didOpen of file: with a broken %-escape", method: "textDocument/didOpen", params: document({ uri: "file:///oms-lint-hostile/%ZZ.json" }), logged: /textDocument\.uri is not a URI: a %-escape/ },
  { name: "didOpen without textDocument", method: "textDocument/didOpen", params: {}, logged: /textDocument must be an object/ },
  { name: "didChange without contentChanges", method: "textDocument/didChange", params: change({ contentChanges: undefined }), logged: /contentChanges must be an array/ },
  { name: "didChange with an object for contentChanges", method: "textDocument/didChange", params: change({ contentChanges: {} }), logged: /contentChanges must be an array/ },
  { name: "didChange with a number for text", method: "textDocument/didChange", params: change({ contentChanges: [{ text: 5 }] }), logged: /contentChanges\[0\]\.text must be a string/ },
  { name: "didChange with a range at line \"a\"", method: "textDocument/didChange", params: change({ contentChanges: [{ range: { start: at("a", null), end: {} }, text: "x" }] }), logged: /contentChanges\[0\]\.range\.start\.line must be an integer from 0/ },
  { name: "didChange with a negative range", method: "textDocument/didChange", params: change({ contentChanges: [{ range: { start: at(-1, -5), end: at(0, 0) }, text: "x" }] }), logged: /contentChanges\[0\]\.range\.start\.line must be an integer from 0/ },
  { name: "didChange with a fractional character", method: "textDocument/didChange", params: change({ contentChanges: [{ range: { start: at(0, 0.5), end: at(0, 1) }, text: "x" }] }), logged: /contentChanges\[0\]\.range\.start\.character must be an integer from 0/ },
  { name: "didChange with a string for version", method: "textDocument/didChange", params: change({ textDocument: { uri, version: "x" } }), logged: /textDocument\.version must be an integer/ },
  { name: "didChange with null for version", method: "textDocument/didChange", params: change({ textDocument: { uri, version: null } }), logged: /textDocument\.version must be an integer/ },
  { name: "didClose without textDocument", method: "textDocument/didClose", params: {}, logged: /textDocument must be an object/ },
  { name: "didSave without textDocument", method: "textDocument/didSave", params: {}, logged: /textDocument must be an object/ },
];

/**
 * Well-formed JSON-RPC with params no client should send: the server refuses them where it
 * reads them and serves on. Before, a didOpen without text or URI was stored as an open document
 * (held until a close that may never come, every lint of it throwing), a version of "one" was
 * published back, and a didChange at line "a" emptied the text that later edits applied to.
 */
describe("the language server refuses hostile params and serves on", () => {
  let wire: RawWire;
  let next = 100;

  /** Resolves once the server has read everything sent before (it answers requests in order). */
  async function settled(): Promise<void> {
    const id = next++;
    wire.send(framed({ jsonrpc: "2.0", id, method: "oms-lint/settle", params: {} }));
    await wire.response(id);
  }

  /** What the server published for a document so far. */
  const publishes = (of: string): PublishDiagnosticsParams[] =>
    wire.received.flatMap((m) => (Message.isNotification(m) && m.method === "textDocument/publishDiagnostics" && (m.params as PublishDiagnosticsParams).uri === of ? [m.params as PublishDiagnosticsParams] : []));
  const published = (version: number) => wire.until(() => publishes(uri).find((p) => p.version === version));

  beforeAll(async () => {
    wire = new RawWire();
    await wire.initialize();
    wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text } } }));
    await published(1);
  });

  afterAll(() => wire.close());

  it.each(notifications)("ignores $name, and says why", async ({ method, params, logged }) => {
    const from = wire.received.length;
    const held = wire.server.heldDocuments();
    wire.send(framed({ jsonrpc: "2.0", method, params }));
    await settled();
    expect(wire.logged(from)).toEqual([expect.stringMatching(new RegExp(`^oms-lint: ignored ${method}: ${logged.source}`))]);
    expect(wire.server.heldDocuments()).toBe(held);
  });

  it("lets go of a document opened twice without a close at its one close", async () => {
    const twice = "file:///oms-lint-hostile-twice/order.json";
    const held = wire.server.heldConfigs();
    const documents = wire.server.heldDocuments();
    for (const [n, body] of [text, "{}"].entries()) {
      wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: twice, languageId: "json", version: 1, text: body } } }));
      await wire.until(() => (publishes(twice).length === n + 1 ? true : undefined));
    }
    // The second text's findings (none), not the first's.
    expect(publishes(twice).map((p) => p.diagnostics.length > 0)).toEqual([true, false]);
    wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didClose", params: { textDocument: { uri: twice } } }));
    await wire.until(() => (publishes(twice).length === 3 ? true : undefined));
    expect(wire.server.heldConfigs()).toBe(held);
    expect(wire.server.heldDocuments()).toBe(documents);
  });

  it("still lints the open document's next version as its text", async () => {
    const version = next++;
    wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version }, contentChanges: [{ text }] } }));
    const { diagnostics } = await published(version);
    expect(diagnostics.map((d) => d.code)).toContain("schema");
  });
});
