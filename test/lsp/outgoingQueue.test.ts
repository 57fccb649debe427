import { describe, expect, it } from "vitest";
import { Message, type ResponseMessage } from "vscode-jsonrpc/node";
import { createOrder } from "../support/payloads.js";
import { framed, hover, RawWire } from "./rawWire.js";

const requestCancelled = -32800;
const uri = "file:///oms-lint-output/order.json";
const text = JSON.stringify(createOrder(), null, 2);
const didOpen = (body: string) => framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text: body } } });
const didClose = framed({ jsonrpc: "2.0", method: "textDocument/didClose", params: { textDocument: { uri } } });

/** What a stream holds past its high-water marks before a write waits (16 KiB a side on Node 20, 64 KiB on 22), with room for the message under way. */
const streamBound = 256 * 1024;

/** Waits, a turn of the event loop at a time, until the server is in the state `done` says (the client reads nothing meanwhile: no message can say so). */
async function whenServer(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A server whose client has opened the order, and then stopped reading what the server writes, as a hung editor does. */
async function hung(limits: ConstructorParameters<typeof RawWire>[0] = {}): Promise<RawWire> {
  const wire = new RawWire(limits);
  await wire.initialize();
  wire.send(didOpen(text));
  await wire.until(() => wire.published().find((p) => p.uri === uri && p.version === 1));
  wire.pauseReading();
  return wire;
}

/**
 * vscode-jsonrpc's writer hands each message to the stream, which holds all that the client does
 * not read (a pipe's writes are asynchronous on Linux): a client that stopped reading and kept
 * sending grew the server without bound. Each flood below comes in one write, and the server's
 * held output is counted (its own queue, and what the stream buffers), never timed.
 */
describe("what the server writes and the client has not read is bounded", () => {
  it("keeps only the latest diagnostics of a document, and the client gets them once it reads again", async () => {
    const wire = await hung();
    // Each close clears the document's findings and each open lints it: a publish apiece.
    const texts = Array.from({ length: 300 }, (_, i) => text.replace('"customerIP"', `"cartID": "${i}",\n  "customerIP"`));
    const last = text.replace('"orderID"', '"orderID": "abc", "was"');
    wire.send([...texts, last].map((body) => didClose + didOpen(body)).join(""));
    await whenServer(() => wire.held()?.messages === 0 && wire.server.document(uri)?.text === last);
    expect(wire.unsent().peakMessages).toBeLessThanOrEqual(2);
    expect(wire.unsent().bytes + wire.unread).toBeLessThan(streamBound);
    const from = wire.received.length;
    wire.resumeReading();
    // The last text's own finding ("was" is no field), once: every earlier publish still waiting gave way to it.
    const latest = await wire.until(() => wire.published(from).find((p) => p.uri === uri && p.diagnostics.some((d) => d.code === "unknown-property")));
    expect(latest.version).toBe(1);
    wire.close();
  });

  it("keeps the latest diagnostics of each document: another document's never take their place", async () => {
    const wire = await hung();
    const other = "file:///oms-lint-output/other.json";
    const openOther = framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: other, languageId: "json", version: 1, text } } });
    const texts = Array.from({ length: 300 }, (_, i) => text.replace('"customerIP"', `"cartID": "${i}",\n  "customerIP"`));
    const last = text.replace('"orderID"', '"orderID": "abc", "was"');
    // The other document's publish waits among the order's, and the order's last one comes after it.
    wire.send(texts.map((body) => didClose + didOpen(body)).join("") + openOther + didClose + didOpen(last));
    await whenServer(() => wire.held()?.messages === 0 && wire.server.document(uri)?.text === last);
    const from = wire.received.length;
    wire.resumeReading();
    await wire.until(() => wire.published(from).find((p) => p.uri === uri && p.diagnostics.some((d) => d.code === "unknown-property")));
    expect(wire.published(from).filter((p) => p.uri === other)).toHaveLength(1);
    wire.close();
  });

  it("drops log lines beyond its bound, and says how many once the client reads again", async () => {
    const wire = await hung({ output: { maxNotes: 20 } });
    const replays = 500;
    // A change at the version the server has is ignored, with a line in the log.
    const replay = framed({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version: 1 }, contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: " " }] } });
    // An edit, never merged with the changes waiting before it (a whole text would take their place), to say when all are handled.
    const marker = framed({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: "" }] } });
    wire.send(replay.repeat(replays) + marker);
    await whenServer(() => wire.server.document(uri)?.version === 2);
    expect(wire.unsent().peakMessages).toBeLessThanOrEqual(21);
    expect(wire.unsent().bytes + wire.unread).toBeLessThan(streamBound);
    const from = wire.received.length;
    wire.resumeReading();
    await wire.until(() => wire.logged(from).find((line) => line.includes("were dropped")));
    const notes = wire.logged(0).map((line) => /^oms-lint: (\d+) log and show messages were dropped while the client was not reading what the server wrote$/.exec(line));
    const dropped = notes.reduce((sum, match) => sum + Number(match?.[1] ?? 0), 0);
    const ignored = wire.logged(0).filter((line) => line.startsWith("oms-lint: ignored textDocument/didChange")).length;
    expect(dropped).toBeGreaterThan(0);
    expect(ignored + dropped).toBe(replays);
    // The marker's findings (before the wire closes, which the lint would then write to).
    await wire.until(() => wire.published(from).find((p) => p.uri === uri && p.version === 2));
    wire.close();
  });

  it("reads no more requests while its answers wait unread, and answers every one once the client reads", async () => {
    const wire = await hung({ output: { maxReplies: 10 }, queue: { maxRequests: 10 } });
    const ids = Array.from({ length: 300 }, (_, i) => 1000 + i);
    wire.send(ids.map(hover).join(""));
    // Handled all that it read: the rest of the flood waits unread.
    await whenServer(() => wire.held()?.messages === 0 && wire.unsent().messages > 0);
    // Ten waiting answers stop the reading; the requests already read (ten waiting, one handed on) are answered too.
    expect(wire.unsent().messages).toBeLessThanOrEqual(10 + 10 + 1);
    wire.resumeReading();
    const answers = await wire.until(() => {
      const all = wire.received.filter((m): m is ResponseMessage => Message.isResponse(m) && typeof m.id === "number" && m.id >= 1000);
      return all.length === ids.length ? all : undefined;
    });
    expect(answers.map((m) => m.id).sort()).toEqual(ids);
    expect(answers.filter((m) => !(m.result === null || m.error?.code === requestCancelled))).toEqual([]);
    expect(wire.unsent().peakMessages).toBeLessThanOrEqual(10 + 10 + 1);
    wire.close();
  });
});
