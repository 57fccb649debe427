import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageHead } from "../../src/lsp/messageHead.js";
import { fuzzParameters } from "../fuzz/arbitraries.js";

const id = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.string({ maxLength: 12 }));
// A file URI as an editor sends one, or one whose text JSON must escape. Not fc.webUrl(): building
// that arbitrary alone took 1.3 s of a worker (its path's character set), for URIs that never
// hold a quote, a backslash or a character past ASCII.
const uri = fc.oneof(
  fc.tuple(fc.constantFrom("", "localhost", "server.example"), fc.stringMatching(/^(\/[\w~%()'!*$&+,;=:@.-]{0,8}){1,4}$/)).map(([host, path]) => `file://${host}${path}`),
  fc.string({ unit: fc.constantFrom("a", "/", '"', "\\", "é", "😀", "\u0001", "\u2028", "%22"), maxLength: 20 }).map((path) => `file:///${path}`),
);
const version = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const message = fc.record({ id, method: fc.constantFrom("textDocument/codeAction", "textDocument/didChange", "shutdown"), uri, version, pad: fc.string({ maxLength: 40 }) });

/**
 * The server answers a message over its size limit from the first bytes of its body: a number
 * or string cut short there ("id":12 of "id":1234) must never be taken for the id, or the client
 * is answered for a request it never sent, or another document is taken for the changed one, or
 * a lost document's text is taken at a version the client is not at (version 1 of 17).
 */
describe("messageHead", () => {
  it("reads from any first bytes of a message either nothing or what the whole message says", () => {
    fc.assert(
      fc.property(message, fc.nat(), (m, cut) => {
        const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", id: m.id, method: m.method, params: { textDocument: { uri: m.uri, version: m.version }, pad: m.pad } }));
        const head = messageHead(body.subarray(0, cut % (body.length + 1)));
        if ("id" in head) expect(head.id).toBe(m.id);
        if ("method" in head) expect(head.method).toBe(m.method);
        if ("uri" in head) expect(head.uri).toBe(m.uri);
        if ("version" in head) expect(head.version).toBe(m.version);
        expect(head.answers).toBe(false);
      }),
      fuzzParameters,
    );
  });

  it("reads all four once they stand whole before the cut", () => {
    const body = '{"jsonrpc":"2.0","id":17,"method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.json","version":2},"contentChanges":[{"text":"{\\"a';
    expect(messageHead(Buffer.from(body))).toEqual({ id: 17, method: "textDocument/didChange", uri: "file:///a.json", version: 2, answers: false });
  });

  it.each([
    ["a fraction", "2.5"],
    ["a string", '"2"'],
    ["a number cut short", "1"],
  ])("reads no version from %s", (_, written) => {
    const body = `{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.json","version":${written}`;
    expect(messageHead(Buffer.from(written === "1" ? body : `${body},`))).not.toHaveProperty("version");
  });

  it("property: reads a version only within LSP's integer (|v| ≤ 2^31): one of 2^40 recovered a lost document at 2^40, and every later change was ignored", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 2 ** 31 - 2, max: 2 ** 31 + 2 }), fc.integer({ min: -(2 ** 31) - 2, max: -(2 ** 31) + 2 }), fc.constantFrom(2 ** 40, Number.MAX_SAFE_INTEGER)), (written) => {
        const head = messageHead(Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.json","version":${written}},`));
        if (Math.abs(written) <= 2 ** 31) expect(head.version).toBe(written);
        else expect(head).not.toHaveProperty("version");
      }),
      fuzzParameters,
    );
  });

  it.each([
    ["a key named twice", '{"id":1,"id":2,"method":"m",'],
    ["a comment before it", '/* c */ {"id":1,"method":"m",'],
    ["a raw line break in a string before it", '{"x":"a\nb","id":1,"method":"m",'],
  ])("reads no id from %s", (_, body) => {
    expect(messageHead(Buffer.from(body))).not.toHaveProperty("id");
  });

  it.each([
    ["arrays", "[".repeat(70_000)],
    ["objects", '{"a":'.repeat(14_000)],
  ])("reads a head whose first bytes end in nesting of 64 KiB of %s (it overflowed the stack and ended the server)", (_, nesting) => {
    const body = `{"jsonrpc":"2.0","id":3,"method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.json"},"contentChanges":${nesting}`;
    expect(messageHead(Buffer.from(body).subarray(0, 64 * 1024))).toEqual({ id: 3, method: "textDocument/didChange", uri: "file:///a.json", answers: false });
  });

  it("reads no id that stands after nesting deeper than it reads (what lies there is not known)", () => {
    const body = `{"jsonrpc":"2.0","params":${"[".repeat(40)}${"]".repeat(40)},"id":3,"method":"shutdown",`;
    expect(messageHead(Buffer.from(body))).toEqual({ answers: false });
  });

  it("tells an answer to the server's own request (result or error) from a request", () => {
    expect(messageHead(Buffer.from('{"jsonrpc":"2.0","id":0,"result":[{"x":"'))).toEqual({ id: 0, answers: true });
  });
});
