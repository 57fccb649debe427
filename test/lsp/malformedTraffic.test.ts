import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { framed, hover, RawWire } from "./rawWire.js";

const parseError = -32700;
const invalidRequest = -32600;

/** What a client might send that is not a message, and the answer JSON-RPC 2.0 gives it (id: the request's, when it has one). */
const cases: readonly { readonly name: string; readonly bytes: string; readonly id: number | null; readonly code: number }[] = [
  { name: "a body that is not JSON", bytes: "Content-Length: 8\r\n\r\nnot json", id: null, code: parseError },
  { name: "an empty body", bytes: "Content-Length: 0\r\n\r\n", id: null, code: parseError },
  { name: "a batch, even empty", bytes: framed([]), id: null, code: invalidRequest },
  { name: "null", bytes: framed(null), id: null, code: invalidRequest },
  { name: "a number", bytes: framed(5), id: null, code: invalidRequest },
  { name: "an object with no method, result or error", bytes: framed({ jsonrpc: "2.0" }), id: null, code: invalidRequest },
  { name: "a response-like object without result or error (its id is not echoed)", bytes: framed({ jsonrpc: "2.0", id: 500 }), id: null, code: invalidRequest },
  { name: "a request with a non-string method", bytes: framed({ jsonrpc: "2.0", id: 501, method: 5 }), id: 501, code: invalidRequest },
  { name: "a request with an object for id", bytes: framed({ jsonrpc: "2.0", id: {}, method: "textDocument/hover" }), id: null, code: invalidRequest },
  { name: "a request whose params are a string", bytes: framed({ jsonrpc: "2.0", id: 502, method: "textDocument/hover", params: "x" }), id: 502, code: invalidRequest },
  { name: "a cancellation of id null (vscode-jsonrpc throws on it)", bytes: framed({ jsonrpc: "2.0", method: "$/cancelRequest", params: { id: null } }), id: null, code: invalidRequest },
  // Found by the review of the stop: these were answered with vscode-jsonrpc's own TypeError ("Cannot read properties of undefined").
  { name: "a cancellation whose params are null", bytes: framed({ jsonrpc: "2.0", method: "$/cancelRequest", params: null }), id: null, code: invalidRequest },
  { name: "a cancellation without params", bytes: framed({ jsonrpc: "2.0", method: "$/cancelRequest" }), id: null, code: invalidRequest },
  { name: "a cancellation whose params hold no id", bytes: framed({ jsonrpc: "2.0", method: "$/cancelRequest", params: {} }), id: null, code: invalidRequest },
  { name: "a header without Content-Length", bytes: 'Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":503,"method":"shutdown"}', id: null, code: parseError },
  { name: "a Content-Length that is not a number", bytes: "Content-Length: abc\r\n\r\n{}", id: null, code: parseError },
  { name: "a negative Content-Length", bytes: "Content-Length: -5\r\n\r\n{}", id: null, code: parseError },
  { name: "a header line without a colon", bytes: "Garbage\r\n\r\n", id: null, code: parseError },
  { name: "a header block that never ends", bytes: "x".repeat(20_000), id: null, code: parseError },
];

/**
 * Malformed traffic gets an error response, as JSON-RPC 2.0 says, and the server reads the next
 * message as if nothing happened: vscode-jsonrpc's reader answered nothing, and after a header
 * without a usable Content-Length it read every later message from the wrong byte, so that the
 * server never answered again.
 */
describe("the language server answers malformed traffic and serves on", () => {
  let wire: RawWire;

  beforeAll(async () => {
    wire = new RawWire();
    await wire.initialize();
  });

  afterAll(() => wire.close());

  it.each(cases.map((c, i) => ({ ...c, next: 100 + i })))("$name", async ({ bytes, id, code, next }) => {
    const from = wire.received.length;
    wire.send(bytes + hover(next));
    expect((await wire.response(next)).result).toBeNull();
    const errors = id === null ? wire.unaddressedErrors(from) : [(await wire.response(id)).error];
    expect(errors).toEqual([expect.objectContaining({ code, message: expect.stringMatching(/^oms-lint: /) })]);
    expect(errors[0]!.message).not.toMatch(/Cannot read properties/);
  });

  it("reads messages split at every byte, and several in one chunk", async () => {
    const bytes = Buffer.from(hover(200) + "Content-Length: 1\r\n\r\n{" + hover(201));
    const from = wire.received.length;
    for (let i = 0; i < bytes.length; i++) wire.send(bytes.subarray(i, i + 1));
    expect((await wire.response(201)).result).toBeNull();
    expect((await wire.response(200)).result).toBeNull();
    expect(wire.unaddressedErrors(from)).toEqual([expect.objectContaining({ code: parseError })]);
  });
});

// Found by the newcomer audit: Zed sends "params": null for the methods that take none; initialized and shutdown were refused (-32600).
describe('"params": null, as Zed sends it for a method that takes none', () => {
  it("initialized and shutdown are taken as if their params were left out: no error, shutdown answered null", async () => {
    const wire = new RawWire();
    wire.send(framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }));
    await wire.response(1);
    const from = wire.received.length;
    wire.send(framed({ jsonrpc: "2.0", method: "initialized", params: null }) + hover(2));
    expect((await wire.response(2)).result).toBeNull();
    wire.send(framed({ jsonrpc: "2.0", id: 3, method: "shutdown", params: null }));
    expect(await wire.response(3)).toMatchObject({ result: null });
    expect((await wire.response(3)).error).toBeUndefined();
    expect(wire.unaddressedErrors(from)).toEqual([]);
    wire.close();
  });
});
