import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { messageStructureLimits } from "../../src/lsp/messageStructure.js";
import { runCli } from "../support/cli.js";
import { createOrder, type JsonObject } from "../support/payloads.js";
import { messageOf } from "./lspClient.js";
import { writeCreateOrderConfig } from "./createOrderConfig.js";
import { scratchServer } from "./scratchServer.js";

/** A minified Create Order of `items` lines, as a service writes it, with findings far into it: a tax over the cap halfway, a quantity of 0 in the last line, and maxAmount -1. */
function minifiedOrder(items: number): string {
  const order = createOrder() as JsonObject & { orderItems: JsonObject[]; orderPayments: JsonObject[] };
  const line = JSON.stringify(order.orderItems[0]);
  order.orderItems = Array.from({ length: items }, () => JSON.parse(line) as JsonObject);
  (order.orderItems[items >> 1]!.itemSpecifics as JsonObject).itemTaxOverride = 3;
  (order.orderItems[items - 1]!.itemSpecifics as JsonObject).quantity = 0;
  order.orderPayments[0]!.maxAmount = -1;
  return JSON.stringify(order);
}

/**
 * Neovim's "Format Document" (vim.lsp.buf.format() with jsonls) applies each of the formatter's
 * edits with its own nvim_buf_set_text, and its change tracking sends them all as incremental
 * changes in one didChange, last first: formatting a 756 KB minified order of 1,500 lines is
 * 81,170 changes. The server refused such a message (past its 50,000 entries in one array),
 * cleared the document's findings and showed none until it was opened again (found by the
 * audit of the language server). The changes are the formatter's (jsonc-parser's format, which
 * jsonls runs), sent as Neovim sends them.
 */
describe("a formatter's edits sent as one didChange (Neovim's Format Document)", () => {
  const server = scratchServer("formatter-edits", { noTypingPause: true, files: (dir) => writeCreateOrderConfig(dir) });
  // 1,000 lines: 54,170 changes, past the 50,000 entries that refused them (1,500, the 756 KB of the report,
  // are 81,170, and cost the server, the formatter and the CLI half as much again to show the same).
  const text = minifiedOrder(1_000);
  const document = TextDocument.create("file:///order.json", "json", 1, text);
  const edits = format(text, undefined, { tabSize: 2, insertSpaces: true });
  const contentChanges = edits
    .map((edit) => ({ range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) }, rangeLength: edit.length, text: edit.content }))
    .reverse();
  /** The formatted text, built in one pass (jsonc-parser's applyEdits copies the text at each edit). */
  const formatted = (() => {
    let out = "";
    let at = 0;
    for (const edit of edits) {
      out += text.slice(at, edit.offset) + edit.content;
      at = edit.offset + edit.length;
    }
    return out + text.slice(at);
  })();

  it("gives the findings the CLI gives of the formatted text, at the formatted text's places", async () => {
    expect(contentChanges.length).toBeGreaterThan(messageStructureLimits.maxEntries);
    writeFileSync(join(server.dir, "order.json"), formatted);
    const uri = server.uri("order.json");
    const { client } = server;
    await client.open(uri, "json", text);
    await client.diagnosticsOf(uri, 1);
    const from = client.diagnostics.seen.length;
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges });
    // The first publish after the change: before, the change was refused and the findings cleared (no version).
    const published = await client.diagnostics.next((p) => p.uri === uri, `diagnostics of ${uri}`, from);
    expect({ version: published.version, shown: client.messages.seen.map((m) => m.message) }).toEqual({ version: 2, shown: [] });
    const { diagnostics } = published;
    // The kind the folder's config gives order.json, to the server and the command line alike.
    const cli = await runCli(["--format", "json", "order.json"], { cwd: server.dir });
    const { messages } = (JSON.parse(cli.stdout) as { messages: { ruleId: string; severity: number; message: string; line: number; column: number }[] }[])[0]!;
    expect(messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["tax-rate-cap", "schema/quantity", "max-amount-null-preferred"]));
    expect(diagnostics.map((d) => ({ ruleId: d.code, severity: d.severity === 1 ? 2 : 1, message: messageOf(d), line: d.range.start.line + 1, column: d.range.start.character + 1 }))).toEqual(
      messages.map(({ ruleId, severity, message, line, column }) => ({ ruleId, severity, message, line, column })),
    );
    await client.close(uri);
  });
});
