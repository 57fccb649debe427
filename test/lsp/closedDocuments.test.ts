import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { createConnection, type PublishDiagnosticsParams, type ShowMessageParams } from "vscode-languageserver/node";
import { startServer, type ServerState } from "../../src/lsp/server.js";
import { createOrder } from "../support/payloads.js";

/**
 * An editor opens and closes documents all day: the server must let go of each one it is told
 * is closed, or a long session (or a client that opens documents with huge names) grows it
 * without bound. The server runs in this process, over in-memory streams, so that the test can
 * count what it holds; the client is vscode-jsonrpc, as in the other LSP tests.
 */
describe("the language server lets go of a closed document", () => {
  let dir: string;
  let client: MessageConnection;
  let server: ServerState;
  const published: PublishDiagnosticsParams[] = [];
  const warnings: string[] = [];
  const waiters: (() => void)[] = [];

  /** Resolves once `accept` holds for some publish seen so far (checked again at each publish). */
  function until(accept: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (accept() ? (resolve(), true) : false);
      if (!check()) waiters.push(() => void check());
    });
  }

  beforeAll(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-closed-")));
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    server = startServer(createConnection(toServer, toClient));
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      published.push(params);
      for (const waiter of waiters) waiter();
    });
    client.onNotification("window/logMessage", () => undefined);
    client.onRequest("window/showMessageRequest", ({ message }: ShowMessageParams) => (warnings.push(message), null));
    client.listen();
    await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
    await client.sendNotification("initialized", {});
  });

  afterAll(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("holds nothing for 300 documents opened, linted and closed", async () => {
    const uris = Array.from({ length: 300 }, (_, i) => pathToFileURL(join(dir, `order-${i}.json`)).href);
    const text = JSON.stringify(createOrder(), null, 2);
    for (const uri of uris) await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
    await until(() => uris.every((uri) => published.some((p) => p.uri === uri && p.version === 1)));
    expect(server.heldDocuments()).toBe(uris.length);
    for (const uri of uris) await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await until(() => uris.every((uri) => published.some((p) => p.uri === uri && p.version === undefined && p.diagnostics.length === 0)));
    expect(server.heldDocuments()).toBe(0);
  });

  it("holds no config for 50 folders outside the workspace once their documents are closed, and lets go of their problems", async () => {
    // Each document outside the workspace folders looks for its config from its own folder (runFolder).
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-outside-")));
    const uris = Array.from({ length: 50 }, (_, i) => {
      mkdirSync(join(outside, `f${i}`));
      writeFileSync(join(outside, `f${i}`, "oms-lint.config.json"), "{ broken");
      return pathToFileURL(join(outside, `f${i}`, "order.json")).href;
    });
    const held = server.heldConfigs();
    const warned = warnings.length;
    const text = JSON.stringify(createOrder(), null, 2);
    const cycle = async () => {
      const from = published.length;
      for (const uri of uris) await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
      await until(() => uris.every((uri) => published.slice(from).some((p) => p.uri === uri && p.version === 1)));
      // Each folder: its config path, the config read, how many folders find that file, how many documents run there.
      expect(server.heldConfigs()).toBe(held + 4 * uris.length);
      for (const uri of uris) await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
      await until(() => uris.every((uri) => published.slice(from).some((p) => p.uri === uri && p.version === undefined)));
      expect(server.heldConfigs()).toBe(held);
    };
    await cycle();
    await cycle();
    // A broken config is told once for each time it is read: its folder's documents were closed, and opened again.
    expect(warnings.slice(warned)).toEqual(Array.from({ length: 2 * uris.length }, () => expect.stringContaining("the config cannot be used")));
    rmSync(outside, { recursive: true, force: true });
  });

  it("keeps a folder's config while another document there is open, and lets go of it with the last", async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-shared-")));
    writeFileSync(join(outside, "oms-lint.config.json"), "{}");
    const [first, second] = ["a.json", "b.json"].map((name) => pathToFileURL(join(outside, name)).href) as [string, string];
    const held = server.heldConfigs();
    const text = JSON.stringify(createOrder(), null, 2);
    for (const uri of [first, second]) await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
    await until(() => [first, second].every((uri) => published.some((p) => p.uri === uri && p.version === 1)));
    expect(server.heldConfigs()).toBe(held + 4);
    const closedOf = (uri: string) => () => published.some((p) => p.uri === uri && p.version === undefined);
    await client.sendNotification("textDocument/didClose", { textDocument: { uri: first } });
    await until(closedOf(first));
    expect(server.heldConfigs()).toBe(held + 4);
    await client.sendNotification("textDocument/didClose", { textDocument: { uri: second } });
    await until(closedOf(second));
    expect(server.heldConfigs()).toBe(held);
    rmSync(outside, { recursive: true, force: true });
  });

  it("lints a document opened again at version 1 as its new text", async () => {
    const uri = pathToFileURL(join(dir, "reopened.json")).href;
    const open = (text: string) => client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
    await open(JSON.stringify(createOrder({ customerIP: 7 }), null, 2));
    await until(() => published.some((p) => p.uri === uri && p.version === 1));
    await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
    const from = published.length;
    await open(JSON.stringify(createOrder(), null, 2));
    await until(() => published.slice(from).some((p) => p.uri === uri && p.version === 1));
    const first = published.find((p) => p.uri === uri && p.version === 1);
    const again = published.slice(from).find((p) => p.uri === uri && p.version === 1);
    expect(first?.diagnostics.map((d) => d.code)).toContain("schema");
    expect(again?.diagnostics.map((d) => d.code)).not.toContain("schema");
  });
});
