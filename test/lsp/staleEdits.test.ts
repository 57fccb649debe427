import { describe, expect, it } from "vitest";
import type { CodeAction } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { documentEdit } from "../../src/lsp/documentEdit.js";
import { createOrder, type JsonObject } from "../support/payloads.js";
import { editsByDocument } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

/**
 * A fix is one range of the text it was made for. An editor that has moved on (the user typed
 * since) must be able to tell, or it pastes that range of the older text over the typing:
 * every edit the server hands out names the document version it was made for.
 */
describe("the server's edits name the version they were made for", () => {
  const server = scratchServer("stale-edits");

  const order = createOrder({ orderID: 5 }) as JsonObject & { orderPayments: JsonObject[] };
  order.orderPayments[0]!.maxAmount = -1;
  const text = JSON.stringify(order, null, 2);
  /** A line between the two fixes (maxAmount in the payment, orderID near the end): the user types there. */
  const typedLine = text.split("\n").findIndex((line) => line.includes('"customerIP"'));

  it("fix-all by command while the user types: the client refuses the stale edit, and the typing stays", async () => {
    const { client } = server;
    const document = await client.open(server.uri("typing.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const applied = client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [document.uri] });
    // Typed before the server's applyEdit arrives (the server made its edit on version 1).
    await client.edit(document.uri, [{ range: { start: { line: typedLine, character: 0 }, end: { line: typedLine, character: 0 } }, newText: '  "orderComment": "typed",\n' }]);
    // Before, the client pasted the server's lines 122–130 of version 1 over version 2: the typed
    // line was gone, and the text no longer JSON ("orderID": null: "88.152.11.125").
    expect(await applied).toBe(false);
    expect(document.getText()).toContain('  "orderComment": "typed",\n  "customerIP": "88.152.11.125",\n  "orderID": 5,');
    await client.close(document.uri);
  });

  it("code actions carry their version: fix-all and each quick fix", async () => {
    const { client } = server;
    const document = await client.open(server.uri("actions.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } },
      context: { diagnostics: [] },
    });
    const edits = actions.flatMap((action) => (action.edit === undefined ? [] : [action.edit]));
    expect(edits.length).toBeGreaterThan(1);
    for (const edit of edits) {
      expect(edit.changes).toBeUndefined();
      expect(edit.documentChanges).toEqual([{ textDocument: { uri: document.uri, version: 1 }, edits: editsByDocument(edit)[document.uri] }]);
    }
    await client.close(document.uri);
  });
});

describe("documentEdit", () => {
  it("names the version for a client that takes versioned edits, and gives plain changes to one that does not", () => {
    const document = TextDocument.create("file:///order.json", "json", 7, "{}");
    const edits = [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: " " }];
    expect(documentEdit(document, edits, true)).toEqual({ documentChanges: [{ textDocument: { uri: document.uri, version: 7 }, edits }] });
    expect(documentEdit(document, edits, false)).toEqual({ changes: { [document.uri]: edits } });
  });
});
