import { describe, expect, it } from "vitest";
import { Message } from "vscode-jsonrpc/node";
import { maxHeadSize, maxMessageSize } from "../../src/lsp/messageFraming.js";
import { framed, hover, RawWire } from "./rawWire.js";

const invalidRequest = -32600;

/** A request's framed bytes, its body padded past `size` bytes in a field written after the id and method. */
const largeRequest = (id: number | string, size: number) =>
  framed({ jsonrpc: "2.0", id, method: "textDocument/codeAction", params: { textDocument: { uri: "file:///big.json" }, range: {}, context: { diagnostics: [], pad: "x".repeat(size) } } });

/**
 * vscode-jsonrpc holds a message's body until all of it has come, whatever its Content-Length:
 * 600 MiB of a 10 GiB announced took the server from 60 to 663 MiB, with no answer and no end.
 * Over the limit, the server reads the body's first bytes only, answers, and lets the rest go by unread.
 */
describe("a message over the size limit", () => {
  it("is answered after its first bytes, long before its body has come", async () => {
    const wire = new RawWire();
    wire.send(`Content-Length: ${10 * 1024 ** 3}\r\n\r\n`);
    wire.send(`{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"pad":"${"x".repeat(maxHeadSize)}`);
    const answer = await wire.response(7);
    expect(answer.error).toEqual(expect.objectContaining({ code: invalidRequest, message: expect.stringContaining(`over the server's limit of ${maxMessageSize} bytes`) }));
    wire.close();
  });

  it("is skipped as it comes, and the message after it is served", async () => {
    const wire = new RawWire(1024);
    await wire.initialize();
    wire.send("Content-Length: 5000\r\n\r\n");
    // A body of messages' bytes: skipped unread, none of it is taken for a message.
    const body = Buffer.alloc(5000, hover(7));
    for (let at = 0; at < body.length; at += 500) wire.send(body.subarray(at, at + 500));
    wire.send(hover(8));
    expect((await wire.response(8)).result).toBeNull();
    expect(wire.received.filter((m) => "id" in m && m.id === 7)).toEqual([]);
    expect(wire.unaddressedErrors(0)).toEqual([expect.objectContaining({ code: invalidRequest })]);
    wire.close();
  });

  it("is refused only above the limit: a message of exactly the limit is read", async () => {
    const message = hover(9);
    const wire = new RawWire(Buffer.byteLength(message.slice(message.indexOf("\r\n\r\n") + 4)));
    await wire.initialize();
    wire.send(message);
    expect((await wire.response(9)).result).toBeNull();
    wire.close();
  });
});

/**
 * A request over the limit was answered with id null: JSON-RPC's answer when the id cannot be
 * read, which no client can match to its request, so the editor waited for ever (VS Code shows
 * a spinner; a client that awaits the answer hangs). Its id is read from its first bytes, where
 * vscode-jsonrpc and every client library write it.
 */
describe("a request over the size limit is answered to its id", () => {
  it.each([42, "forty-two"])("id %j", async (id) => {
    const wire = new RawWire(1024);
    await wire.initialize();
    const from = wire.received.length;
    wire.send(largeRequest(id, 5000) + hover(43));
    expect((await wire.response(43)).result).toBeNull();
    const answers = wire.received.slice(from).filter((m) => Message.isResponse(m) && m.id === id);
    expect(answers).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: invalidRequest, message: expect.stringContaining("a message of 5") }) })]);
    expect(wire.unaddressedErrors(from)).toEqual([]);
    wire.close();
  });

  it("is answered with id null when its id comes only after the bytes read (what the server cannot know)", async () => {
    const wire = new RawWire(1024);
    await wire.initialize();
    const from = wire.received.length;
    wire.send(framed({ jsonrpc: "2.0", method: "textDocument/hover", params: { pad: "x".repeat(5000) }, id: 44 }) + hover(45));
    expect((await wire.response(45)).result).toBeNull();
    expect(wire.received.slice(from).filter((m) => Message.isResponse(m) && m.id === 44)).toEqual([]);
    expect(wire.unaddressedErrors(from)).toEqual([expect.objectContaining({ code: invalidRequest })]);
    wire.close();
  });

  it("an answer to the server's own request over the limit fails that request: the server asks again later", async () => {
    const wire = new RawWire(1024);
    await wire.initialize({ workspace: { configuration: true } });
    const pulls = () => wire.received.filter((m) => Message.isRequest(m) && m.method === "workspace/configuration") as unknown as { id: number }[];
    const [first] = await wire.until(() => (pulls().length > 0 ? pulls() : undefined));
    wire.send(framed({ jsonrpc: "2.0", id: first!.id, result: [{ structure: "x".repeat(5000) }] }));
    // Settings changed: the server pulls them again, unless it still waits for the answer it lost.
    wire.notify("workspace/didChangeConfiguration", { settings: {} });
    wire.send(hover(46));
    expect((await wire.response(46)).result).toBeNull();
    expect(pulls()).toHaveLength(2);
    // Nothing is said to the client about its own answer.
    expect(wire.unaddressedErrors(0)).toEqual([]);
    wire.close();
  });
});
