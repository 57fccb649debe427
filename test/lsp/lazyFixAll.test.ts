import { describe, expect, it } from "vitest";
import type { CodeAction } from "vscode-languageserver";
import { taxedOrder } from "../support/payloads.js";
import { writeCreateOrderConfig } from "./createOrderConfig.js";
import { scratchServer } from "./scratchServer.js";

/**
 * VS Code asks for code actions at every move of the cursor (without `only`), and fix-all's
 * edit is a whole `--fix` run of the document: 1.5 s of CPU a request on a 10 MB order. A
 * client that resolves code actions gets fix-all without its edit, and the edit only when the
 * action is chosen (codeAction/resolve), for the version it was offered for.
 */
describe("fix-all's edit is made when the action is chosen, for a client that resolves code actions", () => {
  const server = scratchServer("lazy-fix-all", { resolvesEdits: true, files: (dir) => writeCreateOrderConfig(dir) });
  const text = taxedOrder();
  const whole = { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } };
  const fixAllOf = (actions: CodeAction[]) => actions.find((a) => a.kind === "source.fixAll.oms-lint");

  it("offers fix-all without an edit, and resolves it to the edit of the version it was offered for", async () => {
    const { client } = server;
    const document = await client.open(server.uri("order.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [] } });
    const offered = fixAllOf(actions);
    expect(offered).toMatchObject({ title: "Fix all oms-lint problems that have a safe fix", data: { uri: document.uri, version: 1 } });
    expect(offered?.edit).toBeUndefined();
    // The quick fixes are one small edit each: they keep theirs.
    expect(actions.filter((a) => a.kind === "quickfix" && a.edit !== undefined).length).toBeGreaterThan(0);

    const resolved: CodeAction = await client.connection.sendRequest("codeAction/resolve", offered);
    await client.apply(resolved.edit!);
    expect(JSON.parse(document.getText()).orderPayments[0].maxAmount).toBeNull();
    await client.close(document.uri);
  });

  it("resolves an action offered for an older version to no edit", async () => {
    const { client } = server;
    const document = await client.open(server.uri("typing.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });
    const version = await client.edit(document.uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "  " }]);
    await client.diagnosticsOf(document.uri, version);
    const resolved: CodeAction = await client.connection.sendRequest("codeAction/resolve", fixAllOf(actions));
    expect(resolved.edit).toBeUndefined();
    await client.close(document.uri);
  });
});
