import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createOrder, orderItem } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

/** What a terminal or a message box acts on: C0 and C1 controls, bidirectional marks and overrides, line separators. */
const actedOn = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * The split advice names the file in the command it gives. A file name's control characters
 * went into it raw: a right-to-left override (U+202E) turned the rest of the command round as
 * shown, a NUL (%00 in the URI) cut it short in many a client. The CLI names such characters
 * by their code (`\u202e`); so does the server now (found by the editor audit).
 */
describe("the split advice names a file's control characters by their code", () => {
  const server = scratchServer("split-advice-names", { noTypingPause: true });
  const mixed = JSON.stringify(createOrder({ orderItems: [orderItem({ availability: "P", partNumber: "PRE-1" }), orderItem({ partNumber: "STOCK-1" })] }), null, 2);

  it.each([
    // In bash's $'…', by its UTF-8 bytes: named by its code inside single quotes, the shell read a backslash and a u (test/lsp/splitCommandLine.test.ts).
    ["a right-to-left override", "order%E2%80%AEnosj.json", "Run `npx oms-lint split $'order\\xe2\\x80\\xaenosj.json'` in bash or zsh to write them"],
    // No shell word holds a NUL: no command, but why.
    ["a NUL", "order%00.json", "`oms-lint split` writes them, but no shell word can name this file (its name holds a NUL): rename it first"],
  ])("%s in the file's name", async (_, name, command) => {
    const { client } = server;
    // Saved, as the command splits the file on disk (no file's name holds a NUL: that one is named by no shell word either way).
    if (!name.includes("%00")) writeFileSync(join(server.dir, decodeURIComponent(name)), mixed);
    const document = await client.open(`${server.uri("")}/${name}`, "json", mixed);
    await client.diagnosticsOf(document.uri, 1);
    const from = client.messages.seen.length;
    const advice: string = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.explainSplit", arguments: [document.uri] });
    const shown = await client.messages.next(() => true, "the split advice", from);
    expect(advice).toContain(command);
    expect(advice).not.toMatch(actedOn);
    expect(shown.message).toBe(advice);
    await client.close(document.uri);
  });
});

/**
 * A document with no file (untitled:, a virtual file system's) has no name `oms-lint split`
 * could be given: the advice named `Untitled-1`, and the command it gave exited 2 (no file was
 * found). It says to save the document first, and gives no command (found by the language server audit).
 */
describe("the split advice of a document that is no file on disk", () => {
  const server = scratchServer("split-advice-untitled", { noTypingPause: true });
  const text = readFileSync(new URL("../../examples/broken/createOrder-business-rules.json", import.meta.url), "utf8");

  it.each(["untitled:Untitled-1", "vscode-vfs://github/shop/orders/order.json"])("%s: the plan, and to save it as a file first", async (uri) => {
    const { client } = server;
    await client.open(uri, "json", text);
    await client.diagnosticsOf(uri, 1);
    const advice: string = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.explainSplit", arguments: [uri] });
    expect(advice).toMatch(/^Split this order into 2 orders, each sent to Create Order with its own externalOrderID: /);
    expect(advice).toContain("`oms-lint split` writes them from a file on disk, which this document is not: save it as one first");
    expect(advice).not.toMatch(/npx|Run `/);
    await client.close(uri);
  });
});

/**
 * A request file's body can hold the order to split, and preorder-mix says to save it as a .json
 * file of its own; the advice gave split's reading of the .http file as JSON ("placeholder POST is
 * not a JSON value") where `oms-lint split cart.http` gives its refusal of a request file (audit of
 * split's request-file refusal).
 */
describe("the split advice of a request file", () => {
  const server = scratchServer("split-advice-requests", { noTypingPause: true });
  const body = createOrder({ orderItems: [orderItem({ product: { partNumber: "A", availability: "P" } }), orderItem({ product: { partNumber: "B", availability: "Y" } })] });
  const collection = JSON.stringify({
    info: { name: "cart", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    item: [{ name: "order", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", body: { mode: "raw", raw: JSON.stringify(body) } } }],
  });

  it.each([
    ["cart.http", "http", `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`, "a .http or .rest file"],
    ["cart.postman_collection.json", "json", collection, "a Postman collection"],
  ])("%s: split's refusal of a request file, as `oms-lint split` words it", async (name, language, text, what) => {
    const { client } = server;
    const document = await client.open(`${server.uri("")}/${name}`, language, text);
    await client.diagnosticsOf(document.uri, 1);
    const advice: string = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.explainSplit", arguments: [document.uri] });
    expect(advice).toBe(
      `oms-lint does not split this file, as \`oms-lint split\` does not: split takes one order's JSON (createOrder or importOrder), not a request file, and this is ${what}: save the request's body as a .json file of its own and split that`,
    );
    await client.close(document.uri);
  });
});
