import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { StreamMessageReader, type Message, type NotificationMessage, type ResponseMessage } from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { bin } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";
import { LspClient } from "./lspClient.js";
import { SpawnedServer } from "./spawnedServer.js";
import { framed, hover } from "./rawWire.js";

/**
 * The server reads its input through its own reader (GuardedMessageReader), so it, not
 * vscode-languageserver, ends the process when the input ends: an editor that dies leaves no
 * server behind. As LSP's `exit`: 0 after a shutdown request, 1 without one. Only a process shows it.
 */
describe("the language server ends when its input ends", () => {
  it("exits 1 when the input ends without a shutdown request", async () => {
    const client = new LspClient(new SpawnedServer(tmpdir()));
    await client.initialize(pathToFileURL(tmpdir()).href);
    client.endInput();
    expect(await client.exited).toBe(1);
  });

  it("exits 0 when the input ends after a shutdown request", async () => {
    const client = new LspClient(new SpawnedServer(tmpdir()));
    await client.initialize(pathToFileURL(tmpdir()).href);
    await client.connection.sendRequest("shutdown");
    client.endInput();
    expect(await client.exited).toBe(0);
  });
});

/** `oms-lint lsp` in a process of its own, handed `bytes` with its input closed at once; what it wrote (its messages, in order) and its exit code. */
async function pipedAtOnce(bytes: string): Promise<{ messages: Message[]; code: number | null; stderr: string }> {
  const server = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: tmpdir(), stdio: "pipe" });
  const messages: Message[] = [];
  let stderr = "";
  new StreamMessageReader(server.stdout).listen((message) => messages.push(message));
  server.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.on("close", (code) => resolve(code)));
  server.stdin.end(bytes);
  return { code: await exited, messages, stderr };
}

const initializeWith = (capabilities: object) => framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities } });
const initialize = initializeWith({});
const initialized = framed({ jsonrpc: "2.0", method: "initialized", params: {} });
const ids = (messages: Message[]) => messages.filter((m) => !("method" in m)).map((m) => (m as ResponseMessage).id);

/**
 * A client that writes its messages and closes the pipe at once (a script, `cat requests |
 * oms-lint lsp`, a test harness) is owed the answers to what it wrote before the end: the
 * process ended at the end of input, and wrote nothing, not even the initialize answer.
 */
describe("the language server answers what it read before its input ended", () => {
  it("answers initialize and shutdown, in order, then exits 0, when exit came before the end", async () => {
    const { messages, code } = await pipedAtOnce(initialize + initialized + framed({ jsonrpc: "2.0", id: 2, method: "shutdown" }) + framed({ jsonrpc: "2.0", method: "exit" }));
    expect(ids(messages)).toEqual([1, 2]);
    expect((messages[0] as ResponseMessage).result).toMatchObject({ serverInfo: { name: "oms-lint" } });
    expect(messages[1]).toMatchObject({ id: 2, result: null });
    expect(code).toBe(0);
  });

  it("answers a hover sent just before the end, then exits 1, as there was no shutdown", async () => {
    const { messages, code } = await pipedAtOnce(initialize + initialized + hover(2));
    expect(ids(messages)).toEqual([1, 2]);
    expect(messages[1]).toMatchObject({ id: 2, result: null });
    expect(code).toBe(1);
  });

  it("answers shutdown and exits 0 when the input ends after it, without exit", async () => {
    const { messages, code } = await pipedAtOnce(initialize + initialized + framed({ jsonrpc: "2.0", id: 2, method: "shutdown" }));
    expect(ids(messages)).toEqual([1, 2]);
    expect(code).toBe(0);
  });

  it("sends its own requests and answers the client's, without a stack trace, for a client that asks it to register a watcher", async () => {
    // VS Code's capabilities: on `initialized` the server registers its config watcher (a request of its own).
    const { messages, code, stderr } = await pipedAtOnce(initializeWith({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }) + initialized + hover(2));
    expect(messages.map((m) => ("method" in m ? m.method : (m as ResponseMessage).id))).toEqual([1, "client/registerCapability", 2]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });
});

describe("a script that opens a document, asks a hover and closes its input", () => {
  it("gets the document's diagnostics and the hover of its finding, though the hover came before the lint was due", async () => {
    // The hover was answered null, and the diagnostics never published: the lint waited for its timer (found by the editor audit).
    const uri = pathToFileURL(join(tmpdir(), "piped-order.json")).href;
    const text = JSON.stringify(createOrder({ orderID: 555555 }), null, 2);
    const line = text.split("\n").findIndex((l) => l.includes('"orderID": 555555'));
    const didOpen = framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text } } });
    const hoverOrderID = framed({ jsonrpc: "2.0", id: 2, method: "textDocument/hover", params: { textDocument: { uri }, position: { line, character: 15 } } });
    const { messages, code } = await pipedAtOnce(initialize + initialized + didOpen + hoverOrderID);
    expect(messages.map((m) => ("method" in m ? m.method : (m as ResponseMessage).id))).toEqual([1, "textDocument/publishDiagnostics", 2]);
    expect((messages[1] as NotificationMessage & { params: PublishDiagnosticsParams }).params.diagnostics.map((d) => d.code)).toContain("read-only-ids");
    expect(JSON.stringify((messages[2] as ResponseMessage).result)).toContain("read-only-ids");
    expect(code).toBe(1);
  });
});

/**
 * A script that only opens and edits documents, and ends its input (or sends `exit`) with no
 * request about them, is owed their diagnostics: the lint waited for its timer (150 ms after
 * an edit, the next turn after an open), and the process ended first, publishing nothing
 * (found by the language server audit).
 */
describe("a script that opens and edits documents and ends without a request about them", () => {
  // Three documents in each script: one opened, one opened then edited (the change's pause not
  // over), one edited then closed. One process for each way the input ends (a process start is
  // what these cost), each holding all three.
  const uriOf = (name: string) => pathToFileURL(join(tmpdir(), `scripted-${name}.json`)).href;
  const [opened, edited, closed] = [uriOf("opened"), uriOf("edited"), uriOf("closed")];
  const valid = JSON.stringify(createOrder(), null, 2);
  const withOrderID = JSON.stringify(createOrder({ orderID: 555555 }), null, 2);
  const didOpen = (uri: string, text: string) => framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text } } });
  const didChange = (uri: string, version: number, text: string) => framed({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
  const didClose = (uri: string) => framed({ jsonrpc: "2.0", method: "textDocument/didClose", params: { textDocument: { uri } } });
  const shutdown = framed({ jsonrpc: "2.0", id: 2, method: "shutdown" });
  const exit = framed({ jsonrpc: "2.0", method: "exit" });
  /** What the server last published for the document. */
  const lastPublished = (messages: Message[], uri: string) =>
    messages.flatMap((m) => ("method" in m && m.method === "textDocument/publishDiagnostics" ? [(m as NotificationMessage & { params: PublishDiagnosticsParams }).params] : [])).filter((p) => p.uri === uri).at(-1);
  const codes = (published: PublishDiagnosticsParams | undefined) => published?.diagnostics.map((d) => d.code);
  const script = didOpen(opened, withOrderID) + didOpen(edited, valid) + didChange(edited, 2, withOrderID) + didOpen(closed, withOrderID) + didChange(closed, 2, valid) + didClose(closed);

  it.each([
    ["its input ends", "", 1],
    ["it sends exit without shutdown", exit, 1],
    ["it sends shutdown and exit", shutdown + exit, 0],
    ["it sends shutdown and its input ends", shutdown, 0],
  ] as const)("when %s: the diagnostics of a document it opened, of the last text of one it edited, and those of one it closed cleared, last", async (_, end, exitCode) => {
    const { messages, code, stderr } = await pipedAtOnce(initialize + initialized + script + end);
    expect(lastPublished(messages, opened)).toMatchObject({ version: 1 });
    expect(codes(lastPublished(messages, opened))).toContain("read-only-ids");
    expect(lastPublished(messages, edited)).toMatchObject({ version: 2 });
    expect(codes(lastPublished(messages, edited))).toContain("read-only-ids");
    expect(lastPublished(messages, closed)?.diagnostics).toEqual([]);
    expect(lastPublished(messages, closed)?.version).toBeUndefined();
    expect(stderr).toBe("");
    expect(code).toBe(exitCode);
  });
});

/**
 * A client that dies closes both ends: the server's output, then its input. A hover about a
 * document just opened was being handled; its failure went to the remote console, whose
 * notification threw "Connection is closed" in a promise's catch, and the process ended with
 * that stack trace on stderr. Only a process shows it.
 */
describe("the language server whose client died while it handled a request", () => {
  const uri = pathToFileURL(join(tmpdir(), "order.json")).href;
  const text = JSON.stringify(createOrder());
  const opened = framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text } } });

  /** The server handed `messages`, then its client dies: its output closed, then its input. Its exit code and stderr. */
  async function diedAfter(messages: string): Promise<{ code: number | null; stderr: string }> {
    const server = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: tmpdir(), stdio: "pipe" });
    let stderr = "";
    server.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.on("close", (code) => resolve(code)));
    server.stdin.write(initialize + initialized + messages);
    server.stdout.destroy();
    server.stdin.end();
    return { code: await exited, stderr };
  }

  it("ends as its input ends (exit 1, no shutdown), with no stack trace", async () => {
    const hoverOnIt = framed({ jsonrpc: "2.0", id: 2, method: "textDocument/hover", params: { textDocument: { uri }, position: { line: 0, character: 5 } } });
    const { code, stderr } = await diedAfter(opened + hoverOnIt);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/ConnectionError|^\s+at /m);
  });

  it("ends as its input ends, with no stack trace, when a lint was waiting for a pause in typing", async () => {
    // The lint put off is run at the end, and publishes to an output already closed.
    const changed = framed({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: ` ${text}` }] } });
    const { code, stderr } = await diedAfter(opened + changed);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/ConnectionError|^\s+at /m);
  });
});
