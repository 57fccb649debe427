import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StreamMessageReader, type Message, type NotificationMessage, type ResponseMessage } from "vscode-jsonrpc/node";
import type { CodeAction, Hover, PublishDiagnosticsParams } from "vscode-languageserver";
import { bin } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";
import { framed } from "./rawWire.js";
import { scratchServer } from "./scratchServer.js";

/** A Create Order that sends its orderID: the safe fix sets it to null (read-only-ids). */
const text = JSON.stringify(createOrder({ orderID: 555555 }), null, 2);
const lines = text.split("\n");
const orderIdLine = lines.findIndex((line) => line.includes('"orderID": 555555'));
const orderIdAt = { line: orderIdLine, character: lines[orderIdLine]!.indexOf("555555") + 1 };
const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
/** A space typed after the opening brace: a new version with the same findings, one column further on line 0 only. */
const typeSpace = [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: " " }];
const fixAllOnly = (uri: string) => ({ textDocument: { uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });

/**
 * VS Code runs editor.codeActionsOnSave straight after the last keystroke: the code action
 * request follows the didChange at once, inside the 150 ms pause before the debounced lint.
 * The server answered such requests only from a lint of the document's current version, so
 * "type, then Ctrl+S" saved unfixed, and a hover, a quick fix or oms-lint.fixAll came back
 * empty (found by the editor audit). A request about a version not yet linted lints it then.
 */
describe("a request right after a change is answered against the changed text", () => {
  const server = scratchServer("requests-before-lint");

  it("fix-all on save: the code action asked right after a keystroke carries the fix of the new version", async () => {
    const { client } = server;
    const document = await client.open(server.uri("save.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const version = await client.edit(document.uri, typeSpace);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", fixAllOnly(document.uri));
    const fixAll = actions.find((a) => a.kind === "source.fixAll.oms-lint");
    expect(fixAll?.edit?.documentChanges).toMatchObject([{ textDocument: { uri: document.uri, version } }]);
    await client.apply(fixAll!.edit!);
    expect(JSON.parse(document.getText()).orderID).toBeNull();
    await client.close(document.uri);
  });

  it("hover, quick fixes and the oms-lint.fixAll command right after a keystroke", async () => {
    const { client } = server;
    const document = await client.open(server.uri("typed.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    await client.edit(document.uri, typeSpace);
    const hover: Hover | null = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: document.uri }, position: orderIdAt });
    expect(JSON.stringify(hover?.contents)).toContain("read-only-ids");
    const quickFixes: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: { start: orderIdAt, end: orderIdAt },
      context: { diagnostics: [], only: ["quickfix"] },
    });
    expect(quickFixes.map((a) => a.title)).toContain("Set orderID to null (read-only-ids)");
    await client.edit(document.uri, typeSpace);
    expect(await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [document.uri] })).toBe(true);
    await client.diagnostics.next((p) => p.uri === document.uri && p.version === 4, "diagnostics of the fixed version");
    expect(JSON.parse(document.getText()).orderID).toBeNull();
    await client.close(document.uri);
  });

  it("publishes the version it linted for the request, before the answer", async () => {
    const { client } = server;
    const document = await client.open(server.uri("published.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const version = await client.edit(document.uri, typeSpace);
    await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: document.uri }, position: orderIdAt });
    expect(client.diagnostics.seen.filter((p) => p.uri === document.uri).map((p) => p.version)).toEqual([1, version]);
    await client.close(document.uri);
  });
});

/** `oms-lint lsp` handed `bytes` with its input closed at once (`cat requests | oms-lint lsp`): what it wrote, in order. */
async function pipedAtOnce(bytes: string): Promise<Message[]> {
  const server = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: tmpdir(), stdio: "pipe" });
  const messages: Message[] = [];
  new StreamMessageReader(server.stdout).listen((message) => messages.push(message));
  const exited = new Promise((resolve) => server.on("close", resolve));
  server.stdin.end(bytes);
  await exited;
  return messages;
}

describe("a script that opens a document, asks a hover and closes its input", () => {
  it("gets the document's diagnostics and the hover of its finding", async () => {
    const uri = pathToFileURL(join(tmpdir(), "piped-order.json")).href;
    const messages = await pipedAtOnce(
      framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }) +
        framed({ jsonrpc: "2.0", method: "initialized", params: {} }) +
        framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text } } }) +
        framed({ jsonrpc: "2.0", id: 2, method: "textDocument/hover", params: { textDocument: { uri }, position: orderIdAt } }),
    );
    const published = messages.find((m): m is NotificationMessage => "method" in m && m.method === "textDocument/publishDiagnostics");
    expect((published?.params as PublishDiagnosticsParams | undefined)?.diagnostics.map((d) => d.code)).toContain("read-only-ids");
    const answer = messages.find((m): m is ResponseMessage => "id" in m && m.id === 2);
    expect(JSON.stringify(answer?.result)).toContain("read-only-ids");
  });
});
