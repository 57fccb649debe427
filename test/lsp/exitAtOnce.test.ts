import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LspClient } from "./lspClient.js";
import { SpawnedServer } from "./spawnedServer.js";
import { framed } from "./rawWire.js";

/**
 * LSP asks a client to send `exit` once its shutdown request is answered; some send it at once
 * (Neovim's and others' behaviour varies). The server still answers what it was asked first,
 * then ends with 0. Only a process shows it: the answers must reach the client before the
 * process ends.
 */
/** The answer, or a failure once the process has ended without it (what its pipe held read by then). */
function beforeTheEnd<T>(answer: Promise<T>, client: LspClient, what: string): Promise<T> {
  const unanswered = client.exited.then(() => new Promise((resolve) => setTimeout(resolve, 500))).then(() => {
    throw new Error(`the server exited without answering ${what}`);
  });
  return Promise.race([answer, unanswered]);
}

describe("shutdown then exit at once, without waiting for the answer", () => {
  let dir: string;
  let client: LspClient;

  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-exit-")));
    client = new LspClient(new SpawnedServer(dir));
  });

  afterEach(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers the shutdown request, then exits 0", async () => {
    await client.initialize(pathToFileURL(dir).href);
    const shutdown = client.connection.sendRequest("shutdown");
    void client.connection.sendNotification("exit");
    expect(await beforeTheEnd(shutdown, client, "shutdown")).toBeNull();
    expect(await client.exited).toBe(0);
  });

  // Found by the newcomer audit: Zed sends "params": null for a method that takes none; exit was refused, and the process kept running.
  it("an exit whose params are null, as Zed sends it, ends the process with 0", async () => {
    await client.initialize(pathToFileURL(dir).href);
    expect(await client.connection.sendRequest("shutdown")).toBeNull();
    client.sendRaw(framed({ jsonrpc: "2.0", method: "exit", params: null }));
    expect(await client.exited).toBe(0);
  });

  it("answers a request sent before them too (a hover over an open payload)", async () => {
    const uri = pathToFileURL(join(dir, "order.json")).href;
    writeFileSync(join(dir, "order.json"), "{}");
    await client.initialize(pathToFileURL(dir).href);
    await client.open(uri, "json", "{}");
    const hover = client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
    const shutdown = client.connection.sendRequest("shutdown");
    void client.connection.sendNotification("exit");
    expect(await beforeTheEnd(hover, client, "the hover")).not.toBeUndefined();
    expect(await beforeTheEnd(shutdown, client, "shutdown")).toBeNull();
    expect(await client.exited).toBe(0);
  });
});
