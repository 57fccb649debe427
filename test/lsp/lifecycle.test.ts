import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient } from "./lspClient.js";
import { SpawnedServer } from "./spawnedServer.js";

/** LSP's codes: ServerNotInitialized before initialize, JSON-RPC's InvalidRequest after shutdown. */
const serverNotInitialized = -32002;
const invalidRequest = -32600;

describe("requests before initialize and after shutdown get the protocol's errors, not null", () => {
  let dir: string;
  let client: LspClient;
  const hover = () => ({ textDocument: { uri: pathToFileURL(join(dir, "order.json")).href }, position: { line: 0, character: 0 } });

  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-lifecycle-")));
    client = new LspClient(new SpawnedServer(dir));
  });

  afterAll(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers -32002 before initialize, serves after it, answers -32600 after shutdown, and exits 0", async () => {
    for (const [method, params] of [["textDocument/hover", hover()], ["textDocument/definition", hover()], ["shutdown", undefined]] as const) {
      await expect(client.connection.sendRequest(method, params), method).rejects.toMatchObject({ code: serverNotInitialized });
    }

    const { serverInfo } = await client.initialize(pathToFileURL(dir).href);
    expect(serverInfo?.name).toBe("oms-lint");
    expect(await client.connection.sendRequest("textDocument/hover", hover())).toBeNull();
    await expect(client.connection.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} })).rejects.toMatchObject({ code: invalidRequest });

    expect(await client.connection.sendRequest("shutdown")).toBeNull();
    for (const [method, params] of [["textDocument/hover", hover()], ["workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [] }], ["shutdown", undefined]] as const) {
      await expect(client.connection.sendRequest(method, params), method).rejects.toMatchObject({ code: invalidRequest });
    }
    await client.connection.sendNotification("exit");
    expect(await client.exited).toBe(0);
  });
});
