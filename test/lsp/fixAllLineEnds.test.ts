import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CodeAction, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fix } from "../../src/index.js";
import { repoRoot } from "../support/cli.js";
import { writeCreateOrderConfig } from "./createOrderConfig.js";
import { scratchServer } from "./scratchServer.js";

// Found by the audit of the language server: fix-all's one span edit (when the findings' own
// fixes do not make --fix's text) was cut at a raw offset, and its end fell between the \r and
// \n of a CRLF; TextDocument.applyEdits moves such a position back before the \r, so the editor
// wrote `{\r\n` where --fix writes `{\n`. And a document whose only change is its byte order mark
// got no fix-all, though --fix removes the mark.

const example = readFileSync(`${repoRoot}examples/createOrder.json`, "utf8");
/** examples/createOrder.json with a read-only shippingMethod.name, a CRLF right after it (the line before ends in LF), and a byte order mark. */
const mixedEnds = `\ufeff${example.replace('"shippingMethod": {\n', '"shippingMethod": {\n    "name": "Ground",\r\n')}`;
const fixAllOf = (actions: CodeAction[]) => actions.find((a) => a.kind === "source.fixAll.oms-lint");
/** The text edits of a workspace edit (the server writes plain TextEdits, in documentChanges or changes). */
const editsOf = (edit: WorkspaceEdit): TextEdit[] => [...(edit.documentChanges ?? []).flatMap((change) => ("edits" in change ? (change.edits as TextEdit[]) : [])), ...Object.values(edit.changes ?? {}).flat()];

describe("fix-all's edit gives the text --fix gives, whatever the line ends", () => {
  const server = scratchServer("fix-all-line-ends", { files: (dir) => writeCreateOrderConfig(dir) });
  let opened = 0;

  /** Fix-all's edits for the text, asked as an editor does on save (only source.fixAll), or undefined when it offers none. */
  async function fixAllEditsFor(text: string): Promise<TextEdit[] | undefined> {
    const { client } = server;
    const document = await client.open(server.uri(`order-${++opened}.json`), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const whole = { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } };
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });
    await client.close(document.uri);
    const action = fixAllOf(actions);
    return action?.edit === undefined ? undefined : editsOf(action.edit);
  }
  const applied = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create("file:///x.json", "json", 1, text), edits);

  it("a CRLF after the removed field, the line before it ending in LF, and a byte order mark: the editor's text is --fix's", async () => {
    const expected = fix(mixedEnds, "createOrder").output;
    expect(expected).toContain('"shippingMethod": {\n    "shippingType"');
    const edits = await fixAllEditsFor(mixedEnds);
    expect(edits).toBeDefined();
    expect(applied(mixedEnds, edits!)).toBe(expected);
  });

  it("a document whose only change is its byte order mark: fix-all removes it, an edit of 0:0–0:1", async () => {
    const text = `\ufeff${JSON.stringify(JSON.parse(fix(example, "createOrder").output), null, 2)}\n`;
    expect(fix(text, "createOrder").output).toBe(text.slice(1));
    const edits = await fixAllEditsFor(text);
    expect(edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: "" }]);
    expect(applied(text, edits!)).toBe(text.slice(1));
  });

  it("property: with any mix of LF and CRLF line ends, fix-all's edit applied by the editor gives --fix's text", async () => {
    const lines = mixedEnds.split("\n");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: lines.length, maxLength: lines.length }), fc.boolean(), async (crlf, bom) => {
        const body = lines.map((line, i) => line.replace(/\r$/, "") + (i < lines.length - 1 ? (crlf[i] ? "\r\n" : "\n") : "")).join("");
        const text = bom ? body : body.replace(/^\ufeff/, "");
        const expected = fix(text, "createOrder").output;
        const edits = await fixAllEditsFor(text);
        expect(edits === undefined ? text : applied(text, edits)).toBe(expected);
      }),
      { numRuns: 15 },
    );
  });
});
