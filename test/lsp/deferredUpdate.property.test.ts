import fc from "fast-check";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { deferredUpdate, maxDeferredChanges } from "../../src/lsp/deferredUpdate.js";

/**
 * The server holds a document's changes until its text is read (a lint, a request), and then
 * applies them all at once: whatever didChanges come, and whenever the text is read, the latest
 * version must read as TextDocument.update makes it, one didChange after another, and so must an
 * earlier version read after later ones came (a lint under way holds it). An earlier version is
 * built again from its text, its lines counted afresh: after a change at a line past the last
 * (which LSP gives no meaning; TextDocument's count of lines then no longer matches its text) it
 * may read otherwise, and is not compared.
 */

const uri = "file:///a.json";
const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r\n", "\r", "😀", "{"), maxLength: 40 });
const lineFeedText = fc.string({ unit: fc.constantFrom("a", " ", "\n", "😀", "{"), maxLength: 40 });
const position = fc.record({ line: fc.nat(6), character: fc.nat(8) });
const change = (put: fc.Arbitrary<string>): fc.Arbitrary<TextDocumentContentChangeEvent> =>
  fc.oneof({ weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: put }) }, { weight: 1, arbitrary: fc.record({ text: put }) });
/**
 * Keystrokes, most didChanges one change within the first two lines. An earlier version that
 * shared its base with a later one (TextDocument.update changes its document in place for one
 * change; several make a new one) read otherwise in 15 and 5 runs of 1,000 of any didChanges:
 * a change past the last line (most lines of six, on a text of forty characters) stops the
 * comparison of the earlier versions. With these half the time, in 34 and 30 runs of 150.
 */
const near = fc.record({ line: fc.nat(1), character: fc.nat(8) });
const keystroke = (put: fc.Arbitrary<string>): fc.Arbitrary<TextDocumentContentChangeEvent> => fc.record({ range: fc.record({ start: near, end: near }), text: put });
/** The didChanges a client sends, each a list of changes, and whether the server reads the text after it. */
const didChanges = (put: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.array(fc.tuple(fc.array(change(put), { minLength: 1, maxLength: 4 }), fc.boolean()), { minLength: 1, maxLength: 10 }),
    fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.tuple(keystroke(put)) }, fc.array(change(put), { minLength: 1, maxLength: 4 })), fc.boolean()), { minLength: 2, maxLength: 10 }),
  );

/** The position of every offset from 0 to `last`. */
const positionsOf = (document: TextDocument, last: number) => Array.from({ length: last + 1 }, (_, at) => document.positionAt(at));

describe("deferredUpdate", () => {
  for (const [texts, put, what] of [
    [text, fc.string({ unit: fc.constantFrom("x", "\n", "\r\n", "\r", "😀"), maxLength: 4 }), "any text"],
    [lineFeedText, fc.string({ unit: fc.constantFrom("x", "\n", "😀"), maxLength: 4 }), "a text of line feeds alone"],
  ] as const) {
    it(`reads every version of ${what} as TextDocument.update makes it, whenever it is read`, () => {
      fc.assert(
        fc.property(texts, didChanges(put), (original, sent) => {
          const expected = TextDocument.create(uri, "json", 1, original);
          let actual = TextDocument.create(uri, "json", 1, original);
          const versions: { document: TextDocument; text: string }[] = [];
          let pastLast = false;
          for (const [index, [changes, read]] of sent.entries()) {
            const version = index + 2;
            for (const one of changes) {
              pastLast ||= "range" in one && one.range !== undefined && Math.max(one.range.start.line, one.range.end.line) >= expected.lineCount;
              TextDocument.update(expected, [one], version);
            }
            actual = deferredUpdate(actual, changes, version);
            expect(actual.version).toBe(version);
            if (read) expect(actual.getText()).toBe(expected.getText());
            if (!pastLast) versions.push({ document: actual, text: expected.getText() });
          }
          expect(actual.lineCount).toBe(expected.lineCount);
          // Every offset's position, compared in one assertion: one expect a position cost more than the update.
          expect(positionsOf(actual, expected.getText().length)).toEqual(positionsOf(expected, expected.getText().length));
          for (const { document, text: itsText } of versions) expect(document.getText()).toBe(itsText);
        }),
        { numRuns: 150 },
      );
    });
  }

  it(`applies the changes held once there are more than ${maxDeferredChanges}, and reads right after`, () => {
    let document = TextDocument.create(uri, "json", 1, "[]\n");
    const count = 2 * maxDeferredChanges + 500;
    for (let i = 0; i < count; i++) document = deferredUpdate(document, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: i === 0 ? "0" : "0," }], i + 2);
    expect(document.getText()).toBe(`[${"0,".repeat(count - 1)}0]\n`);
    expect(document.version).toBe(count + 1);
  });
});

/**
 * Found by the review of the language server: each held change kept its text, so 300 changes
 * sending a 2 MB document's whole text, none read, held 300 copies (past a 400 MB heap). A
 * change that sends the whole text makes those before it moot: only the changes after the last
 * such one are held.
 */
describe("a change that sends the whole text", () => {
  it("drops the changes held before it: however many came, those held are only the ones after it", () => {
    let document: TextDocument = TextDocument.create("file:///notes.txt", "plaintext", 1, "x".repeat(1000));
    for (let version = 2; version <= 301; version++) document = deferredUpdate(document, [{ text: `${"y".repeat(1000)}${version}` }], version);
    expect((document as TextDocument & { heldChanges: number }).heldChanges).toBe(0);
    const at = { line: 0, character: 0 };
    document = deferredUpdate(document, [{ range: { start: at, end: at }, text: "a" }, { text: "whole" }, { range: { start: at, end: at }, text: "b" }], 302);
    expect((document as TextDocument & { heldChanges: number }).heldChanges).toBe(1);
    expect(document.getText()).toBe("bwhole");
    expect(document.version).toBe(302);
  });
});
