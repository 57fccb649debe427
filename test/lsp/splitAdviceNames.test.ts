import { readFileSync } from "node:fs";
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
  const server = scratchServer("split-advice-names");
  const mixed = JSON.stringify(createOrder({ orderItems: [orderItem({ availability: "P", partNumber: "PRE-1" }), orderItem({ partNumber: "STOCK-1" })] }), null, 2);

  it.each([
    ["a right-to-left override", "order%E2%80%AEnosj.json", "Run `npx oms-lint split 'order\\u202enosj.json'` to write them"],
    ["a NUL", "order%00.json", "Run `npx oms-lint split 'order\\u0000.json'` to write them"],
  ])("%s in the file's name", async (_, name, command) => {
    const { client } = server;
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
  const server = scratchServer("split-advice-untitled");
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
