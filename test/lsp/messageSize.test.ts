import { describe, expect, it } from "vitest";
import { maxMessageSize } from "../../src/lsp/messageFraming.js";
import { hover, RawWire } from "./rawWire.js";

const invalidRequest = -32600;

/**
 * vscode-jsonrpc holds a message's body until all of it has come, whatever its Content-Length:
 * 600 MiB of a 10 GiB announced took the server from 60 to 663 MiB, with no answer and no end.
 * Over the limit, the server answers as soon as it has the header and lets the body go by unread.
 */
describe("a message over the size limit", () => {
  it("is answered at its header, before any of its body has come", async () => {
    const wire = new RawWire();
    wire.send(`Content-Length: ${10 * 1024 ** 3}\r\n\r\n`);
    const errors = await wire.until(() => (wire.received.length > 0 ? wire.unaddressedErrors(0) : undefined));
    expect(errors).toEqual([expect.objectContaining({ code: invalidRequest, message: expect.stringContaining(`over the server's limit of ${maxMessageSize} bytes`) })]);
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
