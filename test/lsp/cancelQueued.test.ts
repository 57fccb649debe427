import { describe, expect, it } from "vitest";
import { CancellationTokenSource } from "vscode-jsonrpc/node";
import type { CodeAction } from "vscode-languageserver";
import { createOrder, orderItem, orderPayment } from "../support/payloads.js";
import { InProcessServer } from "./inProcessServer.js";
import { writeCreateOrderConfig } from "./createOrderConfig.js";
import { scratchServer } from "./scratchServer.js";

/** LSP's RequestCancelled. */
const requestCancelled = -32800;

/**
 * An editor cancels the request a newer one replaces (VS Code's code actions, at every cursor
 * move). One cancelled before the server started it must not be run: it is answered with
 * RequestCancelled at once. The server's input is held still (as SIGSTOP held a spawned server:
 * in this process, its stream paused, which costs no process start) while the client asks for
 * fix-all (a whole --fix run, made in the answer for this client, which does not resolve code
 * actions) six times and cancels the last five, so that all reach it queued, as they do behind
 * a slow request; the order is a few hundred kilobytes, so that a run is not free.
 */
describe("a request cancelled while queued is answered RequestCancelled and not run", () => {
  const server = scratchServer("cancel-queued", { files: (dir) => writeCreateOrderConfig(dir) });
  const many = 500;
  const text = JSON.stringify(
    createOrder({ orderItems: Array.from({ length: many }, (_, i) => orderItem({ partNumber: `P${i}` })), orderPayments: Array.from({ length: many }, () => orderPayment({}, { maxAmount: -1 })) }),
    null,
    2,
  );

  it("answers the first, and the five cancelled behind it with RequestCancelled", async () => {
    const { client } = server;
    expect(client.server).toBeInstanceOf(InProcessServer);
    const held = client.server as InProcessServer;
    const document = await client.open(server.uri("order.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const params = { textDocument: { uri: document.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll"] } };
    held.suspend();
    const first = client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", params);
    const cancelled = Array.from({ length: 5 }, () => {
      const source = new CancellationTokenSource();
      const answer = client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", params, source.token).then(
        (actions) => actions.map((a) => a.kind),
        (error: { code?: number }) => error.code,
      );
      source.cancel();
      return answer;
    });
    // Written in order: once this is in the stream, so is everything before it.
    await client.connection.sendNotification("$/oms-lint/test-written");
    held.resume();
    expect((await first).map((a) => a.kind)).toEqual(["source.fixAll.oms-lint"]);
    expect(await Promise.all(cancelled)).toEqual(Array(5).fill(requestCancelled));
    await client.close(document.uri);
  });
});
