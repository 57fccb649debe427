import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { LspClient } from "./lspClient.js";

/**
 * The server reads its input through its own reader (GuardedMessageReader), so it, not
 * vscode-languageserver, ends the process when the input ends: an editor that dies leaves no
 * server behind. As LSP's `exit`: 0 after a shutdown request, 1 without one. Only a process shows it.
 */
describe("the language server ends when its input ends", () => {
  it("exits 1 when the input ends without a shutdown request", async () => {
    const client = new LspClient(tmpdir());
    await client.initialize(pathToFileURL(tmpdir()).href);
    client.endInput();
    expect(await client.exited).toBe(1);
  });

  it("exits 0 when the input ends after a shutdown request", async () => {
    const client = new LspClient(tmpdir());
    await client.initialize(pathToFileURL(tmpdir()).href);
    await client.connection.sendRequest("shutdown");
    client.endInput();
    expect(await client.exited).toBe(0);
  });
});
