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

describe("the end of input waits for what was read to be answered, a bounded while", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A server whose input has ended: how many times it ended, and what it was handed. */
  function ended(drained: () => boolean, idle: () => boolean = () => true) {
    const { methods, hand } = handedOn();
    const exits = new ExitAfterAnswers(idle);
    const ends: number[] = [];
    return { exits, methods, hand, ends, end: () => exits.inputEnded(drained, () => ends.push(1)) };
  }

  it("ends at once when everything read is handed on, answered and written", () => {
    const { ends, end } = ended(() => true);
    end();
    expect(ends).toEqual([1]);
  });

  it("ends only once the reader has handed on all it read, and the request among them is answered", () => {
    let drained = false;
    const { exits, hand, ends, end } = ended(() => drained);
    end();
    expect(ends).toEqual([]);
    exits.handOn(request(1), hand);
    drained = true;
    exits.written(undefined);
    expect(ends).toEqual([]);
    exits.written(response(1));
    expect(ends).toEqual([1]);
    exits.written(undefined);
    expect(ends).toEqual([1]);
  });

  it("ends after the bound when nothing more is written (a client that stopped reading), and only once", () => {
    const { exits, hand, ends, end } = ended(() => true);
    exits.handOn(request(1), hand);
    end();
    end();
    vi.advanceTimersByTime(mostExitWaitMs - 1);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ends).toEqual([1]);
    vi.advanceTimersByTime(mostExitWaitMs);
    exits.written(response(1));
    expect(ends).toEqual([1]);
  });

  it("waits the bound again after each message written, as the answers still come", () => {
    const { exits, hand, ends, end } = ended(() => true);
    exits.handOn(request(1), hand);
    exits.handOn(request(2), hand);
    end();
    vi.advanceTimersByTime(mostExitWaitMs - 1);
    exits.written(response(1));
    vi.advanceTimersByTime(mostExitWaitMs - 1);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ends).toEqual([1]);
  });

  it("hands on a held exit before it ends: exit's own code (0 after shutdown) is the one that counts", () => {
    const { exits, methods, hand, ends, end } = ended(() => true);
    exits.handOn(request(1, "shutdown"), hand);
    exits.handOn(exit, hand);
    end();
    exits.written(response(1));
    expect(methods).toEqual(["shutdown", "exit"]);
    expect(ends).toEqual([1]);
  });
});

describe("the end waits for the work the server put off (its lints due after a pause in typing), a bounded while", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Work that ends when `done` is called, and how many times it was started. */
  function putOff() {
    const work = { started: 0, done: () => undefined as void };
    const finish = () => {
      work.started++;
      return new Promise<void>((resolve) => (work.done = resolve));
    };
    return { work, finish };
  }

  it("hands exit on once the work is done, started once, when exit comes", async () => {
    const { methods, hand } = handedOn();
    const { work, finish } = putOff();
    const exits = new ExitAfterAnswers(() => true, finish);
    exits.handOn(exit, hand);
    exits.written(undefined);
    expect(work.started).toBe(1);
    expect(methods).toEqual([]);
    work.done();
    await vi.advanceTimersByTimeAsync(0);
    expect(methods).toEqual(["exit"]);
  });

  it("ends the input once the work is done, started only once every message read is handed on", async () => {
    let drained = false;
    const { work, finish } = putOff();
    const exits = new ExitAfterAnswers(() => true, finish);
    const ends: number[] = [];
    exits.inputEnded(() => drained, () => ends.push(1));
    expect(work.started).toBe(0);
    drained = true;
    exits.written(undefined);
    expect(work.started).toBe(1);
    expect(ends).toEqual([]);
    work.done();
    await vi.advanceTimersByTimeAsync(0);
    expect(ends).toEqual([1]);
  });

  it("lets the connection hear of the close only once the work is done, and tells when it is", async () => {
    const { work, finish } = putOff();
    let told = 0;
    const exits = new ExitAfterAnswers(() => true, finish, () => told++);
    expect(exits.settledAtClose()).toBe(false);
    expect(work.started).toBe(1);
    work.done();
    await vi.advanceTimersByTimeAsync(0);
    expect(told).toBe(1);
    expect(exits.settledAtClose()).toBe(true);
    expect(work.started).toBe(1);
  });

  it("hands exit on, and ends the input, after the bound when the work never ends", () => {
    const { methods, hand } = handedOn();
    const { finish } = putOff();
    const exits = new ExitAfterAnswers(() => true, finish);
    const ends: number[] = [];
    exits.handOn(exit, hand);
    exits.inputEnded(() => true, () => ends.push(1));
    vi.advanceTimersByTime(mostExitWaitMs - 1);
    expect(methods).toEqual([]);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(methods).toEqual(["exit"]);
    expect(ends).toEqual([1]);
  });
});

/**
 * Found by the review of the end of input: a 32 MB order's pending lint ran for seconds at the
 * end of input after `shutdown`; the bound, armed before it, fired as soon as it yielded, and
 * the process ended before the shutdown answer the lint delayed was written. The server's own
 * work is no silence of the client's. (The clock is moved without firing timers, as a lint that
 * does not yield moves it.)
 */
describe("the server's own work is not the client's silence", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** The event loop held by synchronous work for `ms`: the clock moves, no timer fires meanwhile. */
  const busy = (ms: number) => vi.setSystemTime(Date.now() + ms);

  it("a bound that fires late (the loop was busy) waits again: the answer written after the work still ends the input, as answered", () => {
    const { methods, hand } = handedOn();
    const exits = new ExitAfterAnswers(() => true);
    const ends: number[] = [];
    exits.handOn(request(2, "shutdown"), hand);
    exits.inputEnded(() => true, () => ends.push(1));
    busy(3 * mostExitWaitMs);
    vi.advanceTimersByTime(mostExitWaitMs);
    expect(ends).toEqual([]);
    exits.written(response(2));
    expect(ends).toEqual([1]);
    expect(methods).toEqual(["shutdown"]);
  });

  it("a client that stopped reading still ends it: on time, the bound ends the wait", () => {
    const exits = new ExitAfterAnswers(() => true);
    const ends: number[] = [];
    exits.handOn(request(2, "shutdown"), () => undefined);
    exits.inputEnded(() => true, () => ends.push(1));
    busy(3 * mostExitWaitMs);
    vi.advanceTimersByTime(mostExitWaitMs);
    vi.advanceTimersByTime(mostExitWaitMs);
    expect(ends).toEqual([1]);
  });

  it("the work put off ending restarts the bound: its answers have the whole wait to be written", async () => {
    const { finish, work } = (() => {
      const w = { done: () => undefined as void };
      return { work: w, finish: () => new Promise<void>((resolve) => (w.done = resolve)) };
    })();
    const exits = new ExitAfterAnswers(() => true, finish);
    const ends: number[] = [];
    exits.handOn(request(2, "shutdown"), () => undefined);
    exits.inputEnded(() => true, () => ends.push(1));
    vi.advanceTimersByTime(mostExitWaitMs - 100);
    work.done();
    await vi.advanceTimersByTimeAsync(mostExitWaitMs - 1);
    expect(ends).toEqual([]);
    exits.written(response(2));
    expect(ends).toEqual([1]);
  });
});
