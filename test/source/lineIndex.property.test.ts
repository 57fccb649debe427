import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineStarts, positionAt, positionIn } from "../../src/source/lineIndex.js";

/** Texts of few characters, line breaks of every kind among them (and UTF-16 pairs, which count two columns). */
const texts = fc.array(fc.constantFrom("a", " ", "\n", "\r", "\r\n", "é", "😀", "\u2028"), { maxLength: 40 }).map((parts) => parts.join(""));

/**
 * The oracle, by a regular expression over the whole text: each break (CRLF, a lone CR, LF)
 * ends at its last character; a line starts after it. An editor's reading of JSON's line breaks.
 */
function breaks(text: string): number[] {
  return [...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length - 1);
}

function expected(text: string, offset: number) {
  const before = breaks(text).filter((at) => at < Math.min(offset, text.length));
  return { line: before.length + 1, column: offset - (before.length === 0 ? 0 : before[before.length - 1]! + 1) + 1 };
}

describe("line and column of an offset", () => {
  it("positionIn counts LF, CRLF (once) and a lone CR, and columns in UTF-16 units, for any offset", () => {
    fc.assert(
      fc.property(texts, fc.nat(45), (text, offset) => {
        expect(positionIn(text, offset)).toEqual(expected(text, offset));
      }),
      { numRuns: 2000 },
    );
  });

  it("lineStarts lists each line's start, and positionAt over them agrees with positionIn within the text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const starts = lineStarts(text);
        expect([...starts]).toEqual([0, ...breaks(text).map((at) => at + 1)]);
        for (let offset = 0; offset <= text.length; offset++) expect(positionAt(starts, offset)).toEqual(positionIn(text, offset));
      }),
      { numRuns: 1000 },
    );
  });
});
