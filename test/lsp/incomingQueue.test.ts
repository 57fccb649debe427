import { describe, expect, it } from "vitest";
import { Message, type ResponseMessage } from "vscode-jsonrpc/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createOrder } from "../support/payloads.js";
import { framed, hover, RawWire, type WireLimits } from "./rawWire.js";

const requestCancelled = -32800;
const uri = "file:///oms-lint-queue/order.json";
const text = JSON.stringify(createOrder(), null, 2);

/** A server whose client has opened the order. */
async function opened(limits: WireLimits, body = text): Promise<RawWire> {
  const wire = new RawWire(limits);
  await wire.initialize();
  wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: body } });
  await lintedAt(wire, 1);
  return wire;
}

/** Waits for the findings of the order's `version` (before the test closes the wire, which the lint would then write to). */
const lintedAt = (wire: RawWire, version: number) => wire.until(() => wire.published().find((p) => p.uri === uri && p.version === version));

/** The responses among the messages received, by id. */
const responses = (wire: RawWire) => new Map(wire.received.filter((m): m is ResponseMessage => Message.isResponse(m)).map((m) => [m.id, m]));

/** The bytes of a didChange, as an editor sends it. */
const didChange = (version: number, contentChanges: unknown[]) => framed({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version }, contentChanges } });

/**
 * vscode-jsonrpc queues every message it reads, without bound, and the server reads as fast as
 * the client writes: a client that writes faster than the server handles grew it for ever. Each
 * flood below comes in one write (one chunk), as it does from a client far ahead of a busy server.
 */
describe("what the server has read and not yet handled is bounded", () => {
  it("holds at most its limit of messages: it reads on as it handles them, and answers every one", async () => {
    const wire = await opened({ queue: { maxMessages: 20, maxRequests: 1000 } });
    const ids = Array.from({ length: 200 }, (_, i) => 1000 + i);
    wire.send(ids.map(hover).join(""));
    await wire.response(ids.at(-1)!);
    const answered = responses(wire);
    expect(ids.map((id) => answered.get(id)?.result)).toEqual(ids.map(() => null));
    expect(wire.held()?.peakMessages).toBe(20);
    wire.close();
  });

  it("holds at most its limit of bytes", async () => {
    const wire = new RawWire({ queue: { maxBytes: 4096, maxRequests: 1000 } });
    await wire.initialize();
    const ids = Array.from({ length: 200 }, (_, i) => 2000 + i);
    wire.send(ids.map(hover).join(""));
    await wire.response(ids.at(-1)!);
    // One message may take it past the limit: at the limit, it reads no more.
    expect(wire.held()!.peakBytes).toBeLessThan(4096 + hover(2000).length);
    expect(wire.held()!.peakBytes).toBeGreaterThanOrEqual(4096);
    wire.close();
  });

  it("holds at most its limit of values (what it holds is parsed: ~80 bytes a value of `{}`), the message handed on counted", async () => {
    const wire = new RawWire({ queue: { maxValues: 100, maxRequests: 1000 } });
    await wire.initialize();
    const ids = Array.from({ length: 50 }, (_, i) => 4000 + i);
    const dense = ids.map((id) => `{"jsonrpc":"2.0","id":${id},"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere.json"},"position":{"line":0,"character":0},"pad":[${Array(40).fill("{}").join(",")}]}}`);
    wire.send(dense.map((body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`).join(""));
    await wire.response(ids.at(-1)!);
    expect(responses(wire).size).toBeGreaterThanOrEqual(ids.length);
    // Each is 48 values: the one handed on and one waiting reach 96, a third passes the limit and stops the reading.
    expect(wire.held()!.peakValues).toBeLessThanOrEqual(100 + 48);
    expect(wire.held()!.peakMessages).toBeLessThanOrEqual(2);
    wire.close();
  });

  it("never drops or merges an incremental change: each is applied, in order", async () => {
    const wire = await opened({ queue: { maxMessages: 5 } });
    const client = TextDocument.create(uri, "json", 1, text);
    const changes = Array.from({ length: 100 }, (_, i) => {
      const change = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: `${i % 10}` };
      TextDocument.update(client, [change], i + 2);
      return didChange(i + 2, [change]);
    });
    wire.send(changes.join("") + hover(3000));
    await wire.response(3000);
    expect(wire.server.document(uri)).toEqual({ version: 101, text: client.getText() });
    expect(wire.held()?.peakMessages).toBe(5);
    await lintedAt(wire, 101);
    wire.close();
  });

  it("a whole-text change takes the place of the changes to its document still waiting", async () => {
    const wire = await opened({ queue: { maxRequests: 1000 } });
    const texts = Array.from({ length: 100 }, (_, i) => text.replace('"customerIP"', `"cartID": "${i}",\n  "customerIP"`));
    // Requests about the document in between: each is answered.
    wire.send(texts.map((whole, i) => didChange(i + 2, [{ text: whole }]) + hover(4000 + i)).join(""));
    await wire.response(4099);
    expect(wire.server.document(uri)).toEqual({ version: 101, text: texts.at(-1) });
    expect([...responses(wire).keys()].filter((id) => typeof id === "number" && id >= 4000)).toHaveLength(100);
    // Each change took the place of the one before: the requests waited, never the changes.
    expect(wire.held()!.peakMessages).toBeLessThanOrEqual(101);
    expect(wire.received.filter((m) => Message.isNotification(m) && m.method === "window/logMessage")).toEqual([]);
    await lintedAt(wire, 101);
    wire.close();
  });

  it("answers a request about the document against the text sent before it, never a whole text that waited behind it", async () => {
    const withFinding = text.replace('"orderID"', '"orderID": "abc", "was"');
    const wire = await opened({}, withFinding);
    const lines = withFinding.split("\n");
    const line = lines.findIndex((l) => l.includes('"orderID": "abc"'));
    const position = { line, character: lines[line]!.indexOf('"abc"') + 1 };
    // A change the server ignores (a replay of version 1: LSP versions increase) leaves the
    // linted text the current one, so the hover's answer shows which text it was answered
    // against; after a change applied, a request waits for the lint (null) whichever text it sees.
    const replay = didChange(1, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: " " }]);
    const hoverAtFinding = framed({ jsonrpc: "2.0", id: 7001, method: "textDocument/hover", params: { textDocument: { uri }, position } });
    // All in one write, behind a request that takes the connection's one place: the rest waits in the queue.
    wire.send(hover(7000) + replay + hoverAtFinding + didChange(3, [{ text }]));
    const answer = await wire.response(7001);
    // The whole text took the replay's place, before the hover: it was answered on version 3's clean text (null).
    expect((answer.result as { contents: { value: string } } | null)?.contents.value).toContain("orderID must be an integer or null");
    await lintedAt(wire, 3);
    expect(wire.server.document(uri)).toEqual({ version: 3, text });
    wire.close();
  });

  it("answers requests beyond its limit of waiting requests with RequestCancelled, unrun", async () => {
    const wire = await opened({ queue: { maxRequests: 10 } });
    const ids = Array.from({ length: 100 }, (_, i) => 5000 + i);
    wire.send(ids.map(hover).join(""));
    await wire.until(() => (ids.every((id) => responses(wire).has(id)) ? true : undefined));
    const answered = responses(wire);
    const cancelled = ids.filter((id) => answered.get(id)?.error?.code === requestCancelled);
    // One handed to the connection, ten waiting; the rest answered at once.
    expect(cancelled).toEqual(ids.slice(11));
    expect(answered.get(5089)?.error?.message).toBe("oms-lint: textDocument/hover was not run: 10 requests were already waiting (the server is busy)");
    expect(ids.slice(0, 11).map((id) => answered.get(id)?.result)).toEqual(Array(11).fill(null));
    wire.close();
  });

  it("answers a waiting request its client cancels with RequestCancelled, unrun, and lets the cancellation go", async () => {
    const wire = await opened({});
    const cancel = (id: number) => framed({ jsonrpc: "2.0", method: "$/cancelRequest", params: { id } });
    // The first is handed on at once; the second waits; cancellations of requests never sent, or answered, go.
    wire.send(hover(6000) + hover(6001) + cancel(6001) + cancel(6000) + cancel(99_999) + hover(6002));
    await wire.response(6002);
    const answered = responses(wire);
    expect(answered.get(6001)?.error).toEqual({ code: requestCancelled, message: "oms-lint: textDocument/hover was cancelled before it started" });
    expect(wire.held()).toEqual(expect.objectContaining({ messages: 0, bytes: 0 }));
    wire.close();
  });
});
