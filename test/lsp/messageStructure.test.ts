import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { Message, type ResponseMessage } from "vscode-jsonrpc/node";
import { taxedOrder } from "../support/payloads.js";
import { framed, hover, RawWire } from "./rawWire.js";

const invalidRequest = -32600;

/** JSON text of `n` entries in one array: `[{},{},…]` (by repeat: joining an array of 5 million took ~0.2 CPU-s). */
const entries = (n: number) => (n === 0 ? "[]" : `[${"{},".repeat(n - 1)}{}]`);
/** A request's framed bytes, its params written as JSON text (a test writes what no client library would). */
const rawRequest = (id: number, method: string, params: string) => {
  const body = `{"jsonrpc":"2.0","id":${id},"method":"${method}","params":${params}}`;
  return { body, bytes: `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` };
};
/** A hover over no open document (answered null), carrying `pad` beside its params. */
const paddedHover = (id: number, pad: string) => rawRequest(id, "textDocument/hover", `{"textDocument":{"uri":"file:///nowhere.json"},"position":{"line":0,"character":0},"pad":${pad}}`);

/** JSON text of an object of `n` members: `{"0":0,"1":0,…}`. */
const members = (n: number) => `{${Array.from({ length: n }, (_, i) => `"${i}":0`).join(",")}}`;

/**
 * Found by the language server limits audit: a shutdown whose params were 20M `{}` (60 MB,
 * under the 256 MiB size limit) was parsed whole (2.19 GB) and answered "Maximum call stack
 * size exceeded". A body is now counted before it is parsed, and one past the limits gets the
 * Invalid Request the size limit gives, to its id. The entries of one array are bounded only
 * where vscode-jsonrpc spreads them as call arguments (positional params): the lists inside
 * params are bounded by the values in all, since Neovim sends a formatter's edits as one
 * didChange of 81,170 changes (formatterEdits.test.ts).
 */
describe("a message past the structure limits, through the server as `oms-lint lsp` wires it", () => {
  it.each([
    ["positional params of 50,001 entries (a shutdown, as the audit sent it)", rawRequest(2, "shutdown", entries(50_001)), "50000 entries in one array"],
    ["an object of 50,001 members in its params", paddedHover(2, members(50_001)), "50000 entries in one object"],
    ["a list of 50,001 inside a request's params (only a didChange's may be longer)", paddedHover(2, entries(50_001)), "50000 entries in one array"],
    ["a fix-all's arguments beside 1,000,000 more values (only a didChange may hold 5,000,000: a request waiting holds its params)", rawRequest(2, "workspace/executeCommand", `{"command":"oms-lint.fixAll","arguments":["file:///a.json"],"x":[${Array(20).fill(entries(49_999)).join(",")}]}`), "1000000 values"],
    ["params nested 101 levels deep (the body, params, then 99 arrays)", paddedHover(2, `${"[".repeat(99)}${"]".repeat(99)}`), "100 levels of nesting"],
  ])("%s: is answered Invalid Request to its id, never parsed, and the next message is served", async (_, { body, bytes }, limit) => {
    const wire = new RawWire();
    await wire.initialize();
    const parse = vi.spyOn(JSON, "parse");
    try {
      wire.send(bytes + hover(3));
      expect((await wire.response(3)).result).toBeNull();
      expect((await wire.response(2)).error).toEqual({
        code: invalidRequest,
        message: expect.stringMatching(new RegExp(`^oms-lint: a message's body is past the language server's limit of ${limit} \\(at character \\d+\\), more than any Language Server Protocol message holds; it is not read$`)),
      });
      expect(parse.mock.calls.filter(([text]) => text === body)).toEqual([]);
    } finally {
      parse.mockRestore();
      wire.close();
    }
  });

  it("a batch of 60,000 is refused naming the batch (it named positional params)", async () => {
    const wire = new RawWire();
    await wire.initialize();
    wire.send(framed(Array.from({ length: 60_000 }, () => ({ jsonrpc: "2.0", method: "$/x" }))) + hover(3));
    expect((await wire.response(3)).result).toBeNull();
    const refused = wire.received.find((m): m is ResponseMessage => Message.isResponse(m) && m.id === null);
    expect(refused?.error?.message).toMatch(/past the language server's limit of 50000 entries in the message's own batch \(at character 0\)/);
    wire.close();
  });

  it("property: positional params are refused only past 50,000 entries", async () => {
    // Five counts in all, each run once, as examples: six draws of the fixed seed ran three of them (49,998, 50,000, 50,001).
    const every = [49_998, 49_999, 50_000, 50_001, 50_002].map((n): [number] => [n]);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 49_998, max: 50_002 }), async (n) => {
        // Each shutdown on a server of its own: one that is answered ends the server's service.
        const wire = new RawWire();
        await wire.initialize();
        wire.send(rawRequest(3, "shutdown", entries(n)).bytes);
        const shutdown = await wire.response(3);
        if (n > 50_000) expect(shutdown.error).toMatchObject({ code: invalidRequest, message: expect.stringContaining("50000 entries in one array") });
        else expect(shutdown).toMatchObject({ result: null });
        expect(wire.received.filter((m) => Message.isResponse(m) && m.error?.message.includes("call stack"))).toEqual([]);
        wire.close();
      }),
      { examples: every, numRuns: every.length },
    );
  });

  it("a didChange past them is dropped as one over the size limit is: the document's findings are cleared, and the server says why", async () => {
    const wire = new RawWire();
    await wire.initialize();
    const uri = "file:///oms-lint-structure/order.json";
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: '{"externalOrderID": 5}' } });
    await wire.until(() => wire.published().find((p) => p.uri === uri && p.diagnostics.length > 0));
    const from = wire.received.length;
    const body = `{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${uri}","version":2},"contentChanges":${entries(5_000_001)}}}`;
    wire.send(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const cleared = await wire.until(() => wire.published(from).find((p) => p.uri === uri));
    expect(cleared.diagnostics).toEqual([]);
    const told = await wire.until(() => wire.shown(from).find((m) => m.includes("order.json")));
    expect(told).toMatch(/its didChange \(\d+ bytes\) was past the language server's limit of 5000000 values, so the server no longer has its text/);
    wire.close();
  });
});

/**
 * Found by the audit of the per-method limits: they were chosen by the method in a body's first
 * bytes, and JSON.parse keeps a field's LAST value. A fix-all that names didChange first and
 * executeCommand after its params was held to a didChange's limits (and, 14 beside 4.9M `{}` to
 * a client that never answers applyEdit, crashed the server); a didChange whose method comes
 * after its params was held to every other message's, and its document lost.
 */
describe("a message whose method is written twice, or after its params", () => {
  const uri = "file:///oms-lint-structure/order.json";

  it.each([
    ["a list of 60,000 beside its arguments", entries(60_000), "50000 entries in one array"],
    ["1,000,000 more values beside its arguments", `[${Array(20).fill(entries(49_999)).join(",")}]`, "1000000 values"],
  ])("a fix-all that names didChange first and executeCommand last, with %s, is refused to its id and never run", async (_, x, limit) => {
    const wire = new RawWire();
    await wire.initialize({ workspace: { applyEdit: true } });
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: taxedOrder() } });
    await wire.until(() => wire.published().find((p) => p.uri === uri && p.diagnostics.length > 0));
    const body = `{"jsonrpc":"2.0","id":2,"method":"textDocument/didChange","params":{"command":"oms-lint.fixAll","arguments":["${uri}"],"x":${x}},"method":"workspace/executeCommand"}`;
    wire.send(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` + hover(3));
    expect((await wire.response(3)).result).toBeNull();
    const answer = await wire.until(() => wire.received.find((m) => (Message.isRequest(m) && m.method === "workspace/applyEdit") || (Message.isResponse(m) && m.id === 2)));
    expect(answer).toMatchObject({ id: 2, error: { code: invalidRequest, message: expect.stringContaining(`past the language server's limit of ${limit}`) } });
    expect(wire.received.filter((m) => Message.isRequest(m) && m.method === "workspace/applyEdit")).toEqual([]);
    wire.close();
  });

  it("a didChange of 60,000 changes whose method comes after its params is applied", async () => {
    const wire = new RawWire();
    await wire.initialize();
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: "{}" } });
    const changes = Array.from({ length: 60_000 }, (_, i) => ({ text: `{"n": ${i}}` }));
    const body = JSON.stringify({ jsonrpc: "2.0", params: { textDocument: { uri, version: 2 }, contentChanges: changes }, method: "textDocument/didChange" });
    wire.send(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` + hover(3));
    await wire.response(3);
    expect(wire.server.document(uri)).toEqual({ version: 2, text: '{"n": 59999}' });
    wire.close();
  });
});
