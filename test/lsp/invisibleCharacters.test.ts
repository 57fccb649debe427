import { describe, expect, it } from "vitest";
import type { Hover, MarkupContent } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { lintText } from "../../src/builtIn/linter.js";
import { lintResult } from "../../src/lint/lintResult.js";
import type { DocumentLint } from "../../src/lsp/documentLint.js";
import { quickFixActions } from "../../src/lsp/quickFixActions.js";
import { createOrder } from "../support/payloads.js";
import { messageOf } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

/** What must never reach an editor raw: bidi overrides and marks, zero-width characters, line separators. */
const raw = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2028\u2029]/;

/**
 * A request's URL ending in U+202E U+200B: `oms-lint -f compact` writes them as `\u202e\u200b`;
 * the server published them raw in the diagnostic and the hover (found by the audit of the
 * language server), where they reorder or hide what the reader sees.
 */
describe("bidi and zero-width characters in a finding reach the editor as the CLI writes them", () => {
  const server = scratchServer("invisible-characters");
  const text = "POST https://x.example.com/api/v2/createOrder/\u202e\u200b\n";

  it("in the diagnostic's message and the hover", async () => {
    const { client } = server;
    const document = await client.open(server.uri("orders.http"), "http", text);
    const [unknown] = (await client.diagnosticsOf(document.uri, 1)).filter((d) => d.code === "request/unknown-endpoint");
    const hover = await client.connection.sendRequest<Hover | null>("textDocument/hover", { textDocument: { uri: document.uri }, position: unknown!.range.start });
    await client.close(document.uri);
    expect(messageOf(unknown!)).toContain("/api/v2/createOrder/\\u202e\\u200b is none of");
    expect(messageOf(unknown!)).not.toMatch(raw);
    const markdown = (hover!.contents as MarkupContent).value;
    // Markdown's own backslash escaped: it renders as \u202e\u200b.
    expect(markdown).toContain("createOrder\\/\\\\u202e\\\\u200b");
    expect(markdown).not.toMatch(raw);
  });
});

describe("a quick fix's title names its field as the CLI writes it", () => {
  it("a field whose name holds U+202E", () => {
    const text = JSON.stringify(createOrder({ orderID: 5 }), null, 2);
    const found = lintText(text, { kind: "createOrder" }).messages.find((m) => m.fix !== undefined && m.path === "/orderID")!;
    // The same finding under a key holding a bidi override (a rule's fix names the key it edits).
    const lint: DocumentLint = { format: "payload", kind: "createOrder", result: lintResult("order.json", "createOrder", [{ ...found, path: "/order\u202eID" }]) };
    const document = TextDocument.create("file:///order.json", "json", 1, text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };
    const [action] = quickFixActions(document, lint, whole, { bom: false, docsUrl: () => undefined, versionedEdits: false });
    expect(action!.title).toBe(`Set order\\u202eID to null (${found.ruleId})`);
    expect(action!.title).not.toMatch(raw);
  });
});
