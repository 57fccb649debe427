import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
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
  { name: "didSave with a number for text", method: "textDocument/didSave", params: { textDocument: { uri }, text: 5 }, logged: /text must be a string/ },
  { name: "the reader's own dropped notification, sent by the client, with a string for version", method: "$/oms-lint/dropped", params: { uri, version: "2", why: "sent" }, logged: /version must be an integer/ },
  { name: "didChangeWorkspaceFolders without event", method: "workspace/didChangeWorkspaceFolders", params: {}, logged: /event must be an object/ },
  { name: "didChangeWorkspaceFolders with a string for added", method: "workspace/didChangeWorkspaceFolders", params: { event: { added: "x", removed: 5 } }, logged: /event\.added must be an array/ },
  { name: "didChangeWorkspaceFolders adding null", method: "workspace/didChangeWorkspaceFolders", params: { event: { added: [null], removed: [] } }, logged: /event\.added\[0\] must be a workspace folder/ },
  { name: "didChangeWorkspaceFolders removing a folder whose uri is a number", method: "workspace/didChangeWorkspaceFolders", params: { event: { added: [], removed: [{ uri: 5 }] } }, logged: /event\.removed\[0\]\.uri must be a URI string/ },
  { name: "didChangeWatchedFiles with a string for changes", method: "workspace/didChangeWatchedFiles", params: { changes: "x" }, logged: /changes must be an array/ },
  { name: "didChangeWatchedFiles with a number for a uri", method: "workspace/didChangeWatchedFiles", params: { changes: [{ uri: 5, type: 1 }] }, logged: /changes\[0\]\.uri must be a URI string/ },
  { name: "didChangeWatchedFiles without params", method: "workspace/didChangeWatchedFiles", params: undefined, logged: /params must be an object/ },
  { name: "didChangeConfiguration without params", method: "workspace/didChangeConfiguration", params: undefined, logged: /params must be an object/ },
];

const invalidParams = -32602;
const wholeDocument = { start: at(0, 0), end: at(999, 0) };
const fixAll = (data: unknown) => ({ title: "Fix all", kind: "source.fixAll.oms-lint", data });

/** Requests whose params LSP does not allow: each gets InvalidParams, naming what is wrong. */
const requests: readonly { readonly name: string; readonly method: string; readonly params: unknown; readonly why: RegExp }[] = [
  { name: "hover without textDocument", method: "textDocument/hover", params: { position: at(0, 0) }, why: /textDocument must be an object/ },
  { name: "hover without position", method: "textDocument/hover", params: { textDocument: { uri } }, why: /position must be a position/ },
  { name: "hover at line \"a\" (answered with a finding's hover)", method: "textDocument/hover", params: { textDocument: { uri }, position: at("a", "b") }, why: /position\.line must be an integer from 0/ },
  { name: "hover at a negative position", method: "textDocument/hover", params: { textDocument: { uri }, position: at(-1, -1) }, why: /position\.line must be an integer from 0/ },
  { name: "hover with a number for uri", method: "textDocument/hover", params: { textDocument: { uri: 5 }, position: at(0, 0) }, why: /textDocument\.uri must be a URI string/ },
  { name: "codeAction without context", method: "textDocument/codeAction", params: { textDocument: { uri }, range: wholeDocument }, why: /context must be an object/ },
  { name: "codeAction with a string for context.only", method: "textDocument/codeAction", params: { textDocument: { uri }, range: wholeDocument, context: { diagnostics: [], only: "quickfix" } }, why: /context\.only must be an array of strings/ },
  { name: "codeAction with [5] for context.only", method: "textDocument/codeAction", params: { textDocument: { uri }, range: wholeDocument, context: { diagnostics: [], only: [5] } }, why: /context\.only must be an array of strings/ },
  { name: "codeAction without range", method: "textDocument/codeAction", params: { textDocument: { uri }, context: { diagnostics: [] } }, why: /range must be a range/ },
  { name: "codeAction with a negative range", method: "textDocument/codeAction", params: { textDocument: { uri }, range: { start: at(5, -1), end: at(-3, 0) }, context: { diagnostics: [] } }, why: /range\.start\.character must be an integer from 0/ },
  { name: "codeAction without textDocument", method: "textDocument/codeAction", params: { range: wholeDocument, context: { diagnostics: [] } }, why: /textDocument must be an object/ },
  { name: "codeAction/resolve without title", method: "codeAction/resolve", params: { kind: "source.fixAll.oms-lint", data: { uri, version: 1 } }, why: /a code action's title must be a string/ },
  { name: "executeCommand of an unknown command", method: "workspace/executeCommand", params: { command: "rm -rf", arguments: [uri] }, why: /command is none of the server's \(oms-lint\.explainSplit, oms-lint\.fixAll\)/ },
  { name: "executeCommand without command", method: "workspace/executeCommand", params: { arguments: [uri] }, why: /command must be a string/ },
  { name: "executeCommand with a number for command", method: "workspace/executeCommand", params: { command: 5 }, why: /command must be a string/ },
  { name: "executeCommand fix-all with a number for its argument", method: "workspace/executeCommand", params: { command: "oms-lint.fixAll", arguments: [5] }, why: /arguments\[0\] must be a URI string/ },
  { name: "executeCommand fix-all with an object for arguments (it ran)", method: "workspace/executeCommand", params: { command: "oms-lint.fixAll", arguments: { 0: uri } }, why: /arguments must be an array of one document URI/ },
  { name: "executeCommand fix-all with a string for arguments", method: "workspace/executeCommand", params: { command: "oms-lint.fixAll", arguments: uri }, why: /arguments must be an array of one document URI/ },
  { name: "executeCommand fix-all without arguments", method: "workspace/executeCommand", params: { command: "oms-lint.fixAll" }, why: /arguments must be an array of one document URI/ },
];

/** Requests that are well formed but name what is not there: answered, as if the document had moved on. */
const answered: readonly { readonly name: string; readonly method: string; readonly params: unknown; readonly result: unknown }[] = [
  { name: "hover far past the end of the document", method: "textDocument/hover", params: { textDocument: { uri }, position: at(99_999, 99_999) }, result: null },
  { name: "hover in a document never opened", method: "textDocument/hover", params: { textDocument: { uri: "file:///nowhere.json" }, position: at(0, 0) }, result: null },
  { name: "codeAction far past the end of the document", method: "textDocument/codeAction", params: { textDocument: { uri }, range: { start: at(9_999, 0), end: at(99_999, 0) }, context: { diagnostics: [] } }, result: [] },
  { name: "codeAction/resolve of fix-all forged for another document (no edit)", method: "codeAction/resolve", params: fixAll({ uri: "file:///elsewhere.json", version: 1 }), result: fixAll({ uri: "file:///elsewhere.json", version: 1 }) },
  { name: "codeAction/resolve of fix-all for a version from the future (no edit)", method: "codeAction/resolve", params: fixAll({ uri, version: 99 }), result: fixAll({ uri, version: 99 }) },
  { name: "codeAction/resolve of fix-all with data a string (no edit)", method: "codeAction/resolve", params: fixAll("x"), result: fixAll("x") },
  { name: "executeCommand fix-all of a document never opened", method: "workspace/executeCommand", params: { command: "oms-lint.fixAll", arguments: ["file:///nowhere.json"] }, result: null },
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
  const publishes = (of: string): PublishDiagnosticsParams[] => wire.published().filter((p) => p.uri === of);
  const published = (version: number) => wire.until(() => publishes(uri).find((p) => p.version === version));

  beforeAll(async () => {
    wire = new RawWire();
    await wire.initialize({ workspace: { workspaceFolders: true } });
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
    await published(1);
  });

  afterAll(() => wire.close());

  it.each(notifications)("ignores $name, and says why", async ({ method, params, logged }) => {
    const from = wire.received.length;
    const held = wire.server.heldDocuments();
    wire.notify(method, params);
    await settled();
    expect(wire.logged(from)).toEqual([expect.stringMatching(new RegExp(`^oms-lint: ignored ${method.replace(/[$/]/g, "\\$&")}: ${logged.source}`))]);
    expect(wire.server.heldDocuments()).toBe(held);
  });

  it.each(requests)("answers $name with InvalidParams", async ({ method, params, why }) => {
    const id = next++;
    wire.send(framed({ jsonrpc: "2.0", id, method, params }));
    expect((await wire.response(id)).error).toEqual({ code: invalidParams, message: expect.stringMatching(new RegExp(`^oms-lint: ${method}: ${why.source}`)) });
  });

  it.each(answered)("answers $name", async ({ method, params, result }) => {
    const id = next++;
    wire.send(framed({ jsonrpc: "2.0", id, method, params }));
    expect(await wire.response(id)).toEqual(expect.objectContaining({ result }));
  });

  it("lets go of a document opened twice without a close at its one close", async () => {
    const twice = "file:///oms-lint-hostile-twice/order.json";
    const held = wire.server.heldConfigs();
    const documents = wire.server.heldDocuments();
    for (const [n, body] of [text, "{}"].entries()) {
      wire.notify("textDocument/didOpen", { textDocument: { uri: twice, languageId: "json", version: 1, text: body } });
      await wire.until(() => (publishes(twice).length === n + 1 ? true : undefined));
    }
    // The second text's findings (none), not the first's.
    expect(publishes(twice).map((p) => p.diagnostics.length > 0)).toEqual([true, false]);
    wire.notify("textDocument/didClose", { textDocument: { uri: twice } });
    await wire.until(() => (publishes(twice).length === 3 ? true : undefined));
    expect(wire.server.heldConfigs()).toBe(held);
    expect(wire.server.heldDocuments()).toBe(documents);
  });

  it("still lints the open document's next version as its text", async () => {
    const version = next++;
    wire.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    const { diagnostics } = await published(version);
    expect(diagnostics.map((d) => d.code)).toContain("schema");
  });
});

/** initialize with params LSP does not allow, and what the server reads of it as absent. */
const initializations: readonly { readonly name: string; readonly params: Record<string, unknown>; readonly why?: RegExp }[] = [
  { name: "a number for rootUri", params: { rootUri: 5 }, why: /rootUri must be a URI string or null/ },
  { name: "a string for workspaceFolders", params: { workspaceFolders: "x" }, why: /workspaceFolders must be an array of workspace folders/ },
  { name: "one folder, not an array, for workspaceFolders", params: { workspaceFolders: { uri: "file:///w" } }, why: /workspaceFolders must be an array/ },
  { name: "null among workspaceFolders", params: { workspaceFolders: [null] }, why: /workspaceFolders\[0\] must be a workspace folder/ },
  { name: "a folder whose uri is a number", params: { workspaceFolders: [{ uri: 7, name: "w" }] }, why: /workspaceFolders\[0\]\.uri must be a URI string/ },
  { name: "no capabilities", params: { capabilities: undefined }, why: /capabilities must be an object/ },
  { name: "null for capabilities", params: { capabilities: null }, why: /capabilities must be an object/ },
  { name: "a string for capabilities", params: { capabilities: "x" }, why: /capabilities must be an object/ },
  { name: "resolveSupport without properties (read as no resolve support)", params: { capabilities: { textDocument: { codeAction: { resolveSupport: {} } } } } },
  { name: "a string for resolveSupport.properties", params: { capabilities: { textDocument: { codeAction: { resolveSupport: { properties: "edit" } } } } } },
  { name: "null for capabilities.workspace", params: { capabilities: { workspace: null } } },
  { name: "a number for initializationOptions", params: { initializationOptions: 5 } },
  { name: "a rootUri that is no URI", params: { rootUri: "::::" } },
];

/**
 * An initialize the server cannot read is refused with InvalidParams, and the server stays
 * uninitialized, so that the client may send a better one. Before, it got InternalError with a
 * TypeError's words, and the server was left initialized on half its settings.
 */
describe("the language server refuses an initialize it cannot read", () => {
  it.each(initializations)("$name", async ({ params, why }) => {
    const wire = new RawWire();
    wire.send(framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {}, ...params } }));
    const answer = await wire.response(1);
    if (why === undefined) {
      expect(answer.result).toEqual(expect.objectContaining({ serverInfo: expect.objectContaining({ name: "oms-lint" }) }));
    } else {
      expect(answer.error).toEqual({ code: invalidParams, message: expect.stringMatching(new RegExp(`^oms-lint: initialize: ${why.source}`)) });
      wire.send(framed({ jsonrpc: "2.0", id: 2, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }));
      expect((await wire.response(2)).result).toEqual(expect.objectContaining({ capabilities: expect.any(Object) }));
    }
    wire.close();
  });
});
