import fc from "fast-check";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { updateDocument } from "../../src/lsp/documentUpdate.js";

/**
 * The server applies a didChange's changes in one pass, listed last to first (a multi-cursor
 * edit, as VS Code sends it) or in any other order: the text, and every position in it, must be
 * what TextDocument.update makes of the same changes one at a time, for any text and any list.
 */

const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\r\n", "\r", "😀", "{", "\""), maxLength: 60 });
/** Texts with line feeds alone (as most editors write JSON on Linux and macOS); `text` holds every line end. */
const lineFeedText = fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "😀", "{", "\""), maxLength: 60 });
const inserted = fc.string({ unit: fc.constantFrom("x", "\n", "\r\n", "😀", ""), maxLength: 4 });
const lineFeedInserted = fc.string({ unit: fc.constantFrom("x", "\n", "😀", ""), maxLength: 4 });

/** The position of every offset from 0 to `last`, as "line:character" (comparing objects cost more than the text: editedText.property.test.ts). */
const positionsOf = (document: TextDocument, last: number) =>
  Array.from({ length: last + 1 }, (_, at) => {
    const { line, character } = document.positionAt(at);
    return `${line}:${character}`;
  }).join(" ");

/** Changes at random places of `original`, listed last to first (descending), or in any order. */
function changesFor(original: string, descending: boolean, put = inserted): fc.Arbitrary<TextDocumentContentChangeEvent[]> {
  const document = TextDocument.create("file:///a.json", "json", 1, original);
  const offset = fc.integer({ min: 0, max: original.length });
  return fc.array(fc.tuple(offset, offset, put), { minLength: 1, maxLength: 8 }).map((picks) => {
    const spans = picks.map(([a, b, newText]) => ({ start: Math.min(a, b), end: Math.max(a, b), newText }));
    if (descending) {
      // Each wholly before the one listed before it.
      spans.sort((x, y) => y.start - x.start);
      for (let i = 1; i < spans.length; i++) {
        const limit = spans[i - 1]!.start;
        spans[i] = { ...spans[i]!, start: Math.min(spans[i]!.start, limit), end: Math.min(spans[i]!.end, limit) };
      }
    }
    // Now and then a position past its line's end, or at the text's end on a line past the last.
    const pastLast = { line: document.lineCount + 2, character: 0 };
    return spans.map(({ start, end, newText }, i) => {
      const to = document.positionAt(end);
      const from = start === original.length && i % 2 === 1 ? pastLast : document.positionAt(start);
      const until = end === original.length && i % 2 === 1 ? pastLast : i % 3 === 2 ? { line: to.line, character: to.character + 5 } : to;
      // Now and then a range given end first, as a client may send one (found by the review of the stop).
      return { range: i % 4 === 1 ? { start: until, end: from } : { start: from, end: until }, text: newText };
    });
  });
}

describe("updateDocument", () => {
  for (const [descending, texts, put, what] of [
    [true, text, inserted, "listed last to first"],
    [false, text, inserted, "in any order"],
    [false, lineFeedText, lineFeedInserted, "in any order, on a text of line feeds alone"],
  ] as const) {
    it(`gives TextDocument.update's text and positions for changes ${what}`, () => {
      fc.assert(
        fc.property(
          texts.chain((original) => fc.tuple(fc.constant(original), changesFor(original, descending, put))),
          ([original, changes]) => {
            const expected = TextDocument.update(TextDocument.create("file:///a.json", "json", 1, original), changes, 2);
            const actual = updateDocument(TextDocument.create("file:///a.json", "json", 1, original), changes, 2);
            // The text, the version, the count of lines and every offset's position, in one expect: each expect's
            // bookkeeping (~10 µs) made four of them the largest part of a run's time.
            const last = expected.getText().length;
            expect({ text: actual.getText(), version: actual.version, lineCount: actual.lineCount, positions: positionsOf(actual, last) }).toEqual({
              text: expected.getText(),
              version: 2,
              lineCount: expected.lineCount,
              positions: positionsOf(expected, last),
            });
          },
        ),
        { numRuns: 2000 },
      );
    });
  }

  // Found by the property: a change just after a carriage return may join it with a line feed, which moves the start of its line.
  it.each([
    ["a line feed put there", 'b"\r \r\n', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, "\n", " \r\n"],
    ["a removal that brings one there", '"\ra\n \r\na', { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, "", " \r\na"],
  ] as const)("%s just after a carriage return: the next change, on that line, is applied one at a time", (_, original, range, text, result) => {
    const changes = [
      { range, text },
      { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: "" },
    ];
    const expected = TextDocument.update(TextDocument.create("file:///a.json", "json", 1, original), changes, 2).getText();
    expect(expected).toBe(result);
    expect(updateDocument(TextDocument.create("file:///a.json", "json", 1, original), changes, 2).getText()).toBe(expected);
  });

  // Found by the review of the stop: a line past the last stands at the text's end as it is then, which the change before moved.
  it("two changes on a line past the last: applied one at a time, as TextDocument does", () => {
    const pastLast = { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } };
    const changes = [{ range: pastLast, text: '"' }, { range: pastLast, text: "}" }];
    const original = '{"name":"a","value":"b';
    expect(updateDocument(TextDocument.create("file:///a.json", "json", 1, original), changes, 2).getText()).toBe('{"name":"a","value":"b"}');
  });

  it("one keystroke at 2,000 cursors of a 230 KB order is one pass: the text read once, never changed one change at a time (20,000 had taken two minutes)", () => {
    const line = '    "itemSpecifics": { "actualPrice": 1, "quantity": 5 },\n';
    const original = line.repeat(4_000);
    const document = TextDocument.create("file:///order.json", "json", 1, original);
    const changes = Array.from({ length: 2_000 }, (_, i) => ({ range: { start: { line: 2 * (1_999 - i), character: 54 }, end: { line: 2 * (1_999 - i), character: 54 } }, text: "0" }));
    // Read once, and never changed one change at a time: TextDocument.update calls the document's own
    // update, whose cost grows with the changes times the text (two minutes at 20,000 cursors of 2 MB), so a fallback to it
    // is told by that call, not by a timeout.
    const asked = { getText: 0, update: 0 };
    const counted = new Proxy(document, { get: (target, key) => ((key === "getText" || key === "update") && asked[key]++, Reflect.get(target, key, target) as unknown) });
    const updated = updateDocument(counted, changes, 2);
    expect(asked).toEqual({ getText: 1, update: 0 });
    expect(updated.getText().split("\n").filter((l) => l.includes('"quantity": 50 }')).length).toBe(2_000);
  });
});
