import fc from "fast-check";
import { TextDocument, type Position, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { editedText } from "../../src/lsp/editedText.js";
import { updateDocument } from "../../src/lsp/documentUpdate.js";

/**
 * A didChange's ranged changes are applied in one pass, whatever their order and whatever the
 * text's line ends: LSP says each change's range is in the text as the ones before it left it,
 * and counts "\n", "\r\n" and "\r" as line ends. The text must be what TextDocument.update (the
 * client library's own, one change at a time) makes of the same list. Found by the language
 * server audit: 50,000 ascending edits of a 3 MB order took 31 s, and a Windows-saved order's
 * keystrokes did not take the one pass at all.
 */

const uri = "file:///order.json";
const lineEnds = {
  "line feeds": fc.constantFrom("\n"),
  "carriage return line feeds": fc.constantFrom("\r\n"),
  "lone carriage returns": fc.constantFrom("\r"),
  "mixed line ends": fc.constantFrom("\n", "\r\n", "\r"),
};
const textOf = (lineEnd: fc.Arbitrary<string>) =>
  fc.string({ unit: fc.oneof({ weight: 6, arbitrary: fc.constantFrom("a", " ", "{", '"', "😀") }, { weight: 2, arbitrary: lineEnd }), maxLength: 60 });
const insertedOf = (lineEnd: fc.Arbitrary<string>) => fc.string({ unit: fc.oneof(fc.constantFrom("x", "😀"), lineEnd, fc.constantFrom("\r", "\n")), maxLength: 4 });

type Order = "ascending" | "descending" | "random";

/**
 * Spans of `original` (start, end, text), each given as a range in the text as the changes
 * before it leave it: ascending (each after the text the one before put), descending (each
 * before the one before), or anywhere, now and then past its line's end or given end first.
 */
function changesFor(original: string, order: Order, put: fc.Arbitrary<string>): fc.Arbitrary<TextDocumentContentChangeEvent[]> {
  const offset = fc.integer({ min: 0, max: original.length });
  return fc.array(fc.tuple(offset, offset, put, fc.nat(3)), { minLength: 2, maxLength: 10 }).map((picks) => {
    const spans = picks.map(([a, b, text, twist]) => ({ start: Math.min(a, b), end: Math.max(a, b), text, twist }));
    if (order !== "random") {
      spans.sort((x, y) => x.start - y.start);
      // No two overlap: each ends where the next starts, at the latest.
      for (let i = 1; i < spans.length; i++) spans[i - 1] = { ...spans[i - 1]!, end: Math.min(spans[i - 1]!.end, spans[i]!.start) };
      if (order === "descending") spans.reverse();
    }
    const document = TextDocument.create(uri, "json", 1, original);
    let shift = 0;
    return spans.map(({ start, end, text, twist }) => {
      // A span of the original, where the changes before it (before it in the text, when ascending) have moved it.
      const from = document.positionAt(start + shift);
      const to = document.positionAt(end + shift);
      const until: Position = twist === 2 ? { line: to.line, character: to.character + 5 } : to;
      const change = { range: twist === 1 ? { start: until, end: from } : { start: from, end: until }, text };
      const length = document.getText().length;
      TextDocument.update(document, [change], 2);
      if (order === "ascending") shift += document.getText().length - length;
      return change;
    });
  });
}

describe("editedText", () => {
  for (const [ends, lineEnd] of Object.entries(lineEnds)) {
    for (const order of ["ascending", "descending", "random"] as const) {
      it(`makes of ${order} changes, on a text of ${ends}, the text TextDocument.update makes, in one pass`, () => {
        fc.assert(
          fc.property(
            textOf(lineEnd).chain((original) => fc.tuple(fc.constant(original), changesFor(original, order, insertedOf(lineEnd)))),
            ([original, changes]) => {
              const expected = TextDocument.update(TextDocument.create(uri, "json", 1, original), changes, 2);
              expect(editedText(TextDocument.create(uri, "json", 1, original), original, changes)).toBe(expected.getText());
              const actual = updateDocument(TextDocument.create(uri, "json", 1, original), changes, 2);
              expect(actual.getText()).toBe(expected.getText());
              expect(actual.lineCount).toBe(expected.lineCount);
              for (let at = 0; at <= expected.getText().length; at++) expect(actual.positionAt(at)).toEqual(expected.positionAt(at));
            },
          ),
          { numRuns: 500 },
        );
      });
    }
  }

  // Where TextDocument.update forms or parts a "\r\n" across a change's edge, the lines after it are where the text puts them.
  it.each([
    ["a line feed put just after a carriage return", "a\rb\nc", [{ line: 1, character: 0 }, { line: 1, character: 0 }, "\n"], { line: 1, character: 0 }, "a\r\nXb\nc"],
    ["a carriage return put just before a line feed", "ab\nc", [{ line: 0, character: 2 }, { line: 0, character: 2 }, "\r"], { line: 1, character: 0 }, "ab\r\nXc"],
    ["a removal that brings a carriage return and a line feed together", "a\rb\nc", [{ line: 1, character: 0 }, { line: 1, character: 1 }, ""], { line: 1, character: 0 }, "a\r\nXc"],
    ["a carriage return put at the text's end", "ab", [{ line: 0, character: 2 }, { line: 0, character: 2 }, "\r"], { line: 1, character: 0 }, "ab\rX"],
  ] as const)("%s: the next change's line is the one TextDocument counts", (_, original, [start, end, text], next, result) => {
    const changes = [
      { range: { start, end }, text },
      { range: { start: next, end: next }, text: "X" },
    ];
    const expected = TextDocument.update(TextDocument.create(uri, "json", 1, original), changes, 2).getText();
    expect(expected).toBe(result);
    expect(editedText(TextDocument.create(uri, "json", 1, original), original, changes)).toBe(result);
  });

  it("leaves a change on a line past the last to TextDocument (LSP gives it no meaning; TextDocument's lines then no longer match its text)", () => {
    const pastLast = { line: 3, character: 0 };
    expect(editedText(TextDocument.create(uri, "json", 1, "a\nb"), "a\nb", [{ range: { start: pastLast, end: pastLast }, text: "c" }, { range: { start: pastLast, end: pastLast }, text: "d" }])).toBeUndefined();
  });
});

/**
 * The cost of the one pass is counted, never timed (the suite must not depend on the machine's
 * speed): the pieces and line starts it passes over, splits, puts or drops. Each change used to
 * look for its place from the text's first piece and shift every line start after it: for 50,000
 * ascending changes, work in their product (31 s on a 3 MB order of 52,000 lines; ~1 s now). The
 * bound does not depend on the size, which is kept small here for the suite's time.
 */
describe("editedText's work", () => {
  const lines = 10_400;
  const changeCount = 10_000;
  for (const lineEnd of ["\n", "\r\n"]) {
    const original = `    "itemSpecifics": { "actualPrice": 1, "quantity": 5 },${lineEnd}`.repeat(lines);
    for (const order of ["ascending", "descending"] as const) {
      it(`grows with the changes and the lines, not their product: ${changeCount.toLocaleString("en")} ${order} keystrokes on a ${lines.toLocaleString("en")}-line order with ${JSON.stringify(lineEnd)} line ends`, () => {
        const document = TextDocument.create(uri, "json", 1, original);
        const at = (i: number) => ({ line: order === "ascending" ? i : changeCount - 1 - i, character: 54 });
        const changes = Array.from({ length: changeCount }, (_, i) => ({ range: { start: at(i), end: at(i) }, text: "0" }));
        const work = { steps: 0 };
        const edited = editedText(document, original, changes, work);
        expect(edited?.split(lineEnd).filter((line) => line.includes('"quantity": 50 }')).length).toBe(changeCount);
        expect(work.steps).toBeLessThanOrEqual(4 * (changeCount + lines));
      });
    }
  }
});
