import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointCount } from "../../src/source/codePoints.js";

/** Any UTF-16 unit, lone surrogates among them, biased toward the surrogates' range so that pairs, lone halves and reversed pairs all occur. */
const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd7fe, max: 0xe001 })).map((code) => String.fromCharCode(code));

describe("codePointCount", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["\u{1F600}", 1],
    ["a\u{1F600}b", 3],
    ["\uD83D", 1],
    ["\uDE00", 1],
    ["\uDE00\uD83D", 2],
    ["\uD83D\uD83D\uDE00", 2],
    ["\uD83D\uDE00\uDE00", 2],
    // The ranges' edges: U+10000 and U+10FFFF are pairs; a unit just outside either range pairs with nothing.
    ["\uD800\uDC00", 1],
    ["\uDBFF\uDFFF", 1],
    ["\uD7FF\uDC00", 2],
    ["\uDC00\uDC00", 2],
    ["\uD800\uDBFF", 2],
    ["\uDBFF\uE000", 2],
  ])("%j has %i code points", (text, count) => {
    expect(codePointCount(text)).toBe(count);
  });

  it("counts as the string iterator counts, for any UTF-16 text, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((units) => units.join("")), (text) => {
        expect(codePointCount(text)).toBe([...text].length);
      }),
    );
  });
});
