import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Message } from "vscode-languageserver/node";
import { ExitAfterAnswers, mostExitWaitMs } from "../../src/lsp/exitAfterAnswers.js";

const request = (id: number, method = "textDocument/hover"): Message => ({ jsonrpc: "2.0", id, method }) as Message;
const response = (id: number): Message => ({ jsonrpc: "2.0", id, result: null }) as Message;
const exit: Message = { jsonrpc: "2.0", method: "exit" } as Message;

/** What the connection was handed, in order: the methods of the messages. */
function handedOn() {
  const methods: string[] = [];
  return { methods, hand: (message: Message) => void methods.push((message as unknown as { method: string }).method) };
}

describe("exit waits for the answers owed, a bounded while", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("goes on at once when nothing is owed and nothing waits to be written", () => {
    const { methods, hand } = handedOn();
    new ExitAfterAnswers(() => true).handOn(exit, hand);
    expect(methods).toEqual(["exit"]);
  });

  it("goes on once the request handed on before it is answered and the writer is idle", () => {
    const { methods, hand } = handedOn();
    let idle = false;
    const exits = new ExitAfterAnswers(() => idle);
    exits.handOn(request(1, "shutdown"), hand);
    exits.handOn(exit, hand);
    expect(methods).toEqual(["shutdown"]);
    exits.written(response(1));
    expect(methods).toEqual(["shutdown"]);
    idle = true;
    exits.written(response(1));
    expect(methods).toEqual(["shutdown", "exit"]);
  });

  it("goes on after the bound when an answer never comes (a client that stopped reading), and only once", () => {
    const { methods, hand } = handedOn();
    const exits = new ExitAfterAnswers(() => true);
    exits.handOn(request(1), hand);
    exits.handOn(exit, hand);
    exits.handOn(exit, hand);
    vi.advanceTimersByTime(mostExitWaitMs - 1);
    expect(methods).toEqual(["textDocument/hover"]);
    vi.advanceTimersByTime(1);
    expect(methods).toEqual(["textDocument/hover", "exit"]);
    exits.written(response(1));
    expect(methods).toEqual(["textDocument/hover", "exit"]);
  });
});
