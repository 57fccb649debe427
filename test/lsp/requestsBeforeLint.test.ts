import { describe, expect, it } from "vitest";
import type { CodeAction, Hover } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { writeCreateOrderConfig } from "./createOrderConfig.js";
import { scratchServer } from "./scratchServer.js";

/** A Create Order that sends its orderID: the safe fix sets it to null (read-only-ids). */
const text = JSON.stringify(createOrder({ orderID: 555555 }), null, 2);
const lines = text.split("\n");
const orderIdLine = lines.findIndex((line) => line.includes('"orderID": 555555'));
const orderIdAt = { line: orderIdLine, character: lines[orderIdLine]!.indexOf("555555") + 1 };
const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
/** A space typed after the opening brace: a new version with the same findings, one column further on line 0 only. */
const typeSpace = [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: " " }];
const fixAllOnly = (uri: string) => ({ textDocument: { uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });

/**
 * VS Code runs editor.codeActionsOnSave straight after the last keystroke: the code action
 * request follows the didChange at once, inside the 150 ms pause before the debounced lint.
 * The server answered such requests only from a lint of the document's current version, so
 * "type, then Ctrl+S" saved unfixed, and a hover, a quick fix or oms-lint.fixAll came back
 * empty (found by the editor audit). A request about a version not yet linted lints it then.
 */
describe("a request right after a change is answered against the changed text", () => {
  const server = scratchServer("requests-before-lint", { files: (dir) => writeCreateOrderConfig(dir) });

  it("fix-all on save: the code action asked right after a keystroke carries the fix of the new version", async () => {
    const { client } = server;
    const document = await client.open(server.uri("save.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const version = await client.edit(document.uri, typeSpace);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", fixAllOnly(document.uri));
    const fixAll = actions.find((a) => a.kind === "source.fixAll.oms-lint");
    expect(fixAll?.edit?.documentChanges).toMatchObject([{ textDocument: { uri: document.uri, version } }]);
    await client.apply(fixAll!.edit!);
    expect(JSON.parse(document.getText()).orderID).toBeNull();
    await client.close(document.uri);
  });

  it("hover, quick fixes and the oms-lint.fixAll command right after a keystroke", async () => {
    const { client } = server;
    const document = await client.open(server.uri("typed.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    await client.edit(document.uri, typeSpace);
    const hover: Hover | null = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: document.uri }, position: orderIdAt });
    expect(JSON.stringify(hover?.contents)).toContain("read-only-ids");
    const quickFixes: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: { start: orderIdAt, end: orderIdAt },
      context: { diagnostics: [], only: ["quickfix"] },
    });
    expect(quickFixes.map((a) => a.title)).toContain("Set orderID to null (read-only-ids)");
    await client.edit(document.uri, typeSpace);
    expect(await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [document.uri] })).toBe(true);
    await client.diagnostics.next((p) => p.uri === document.uri && p.version === 4, "diagnostics of the fixed version");
    expect(JSON.parse(document.getText()).orderID).toBeNull();
    await client.close(document.uri);
  });

  it("publishes the version it linted for the request, before the answer", async () => {
    const { client } = server;
    const document = await client.open(server.uri("published.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const version = await client.edit(document.uri, typeSpace);
    await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: document.uri }, position: orderIdAt });
    expect(client.diagnostics.seen.filter((p) => p.uri === document.uri).map((p) => p.version)).toEqual([1, version]);
    await client.close(document.uri);
  });
});
