import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/source/parseSource.js";
import { stringOffsets } from "../../src/source/stringOffsets.js";

/** A string literal of the text: its span, quotes included. */
const literalOf = (text: string, value: string) => ({ offset: text.indexOf('"', text.indexOf(":")), length: JSON.stringify(value).length });

describe("placing characters of a string literal", () => {
  it("property: the source between the placed offsets of [from, to) is what JSON.parse gives for those characters (escapes, astral and lone surrogates)", () => {
    const value = fc.string({ unit: fc.constantFrom("a", "é", "\n", '"', "\\", "\u0001", "\u2028", "😀", "\ud800") , maxLength: 40 });
    fc.assert(
      fc.property(value, fc.nat(), fc.nat(), fc.boolean(), (s, a, b, asUnicode) => {
        // JSON.stringify escapes only some characters; the same text with every non-ASCII one as \uXXXX is JSON too.
        const literal = asUnicode ? JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : JSON.stringify(s);
        const text = `{"k": ${literal}}`;
        const [from, to] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [number, number];
        const parsed = parseSource(text);
        if (!parsed.ok) throw new Error("not JSON");
        const range = parsed.locate.inString("/k", from, to);
        const source = text.slice(range.column - 1, range.endColumn - 1);
        expect(JSON.parse(`"${source}"`)).toBe(s.slice(from, to));
      }),
    );
  });

  it("an index past the string's end is its closing quote", () => {
    const text = '{"k": "a\\nb"}';
    expect(stringOffsets(text, literalOf(text, "a\nb"), [0, 1, 2, 3, 9])).toEqual(new Map([[0, 7], [1, 8], [2, 10], [3, 11], [9, 11]]));
  });

  // Found by the limits audit: a search URL of 45M characters cost one number a character (2.1 GB) to place one parameter.
  it("keeps the offsets it is asked for alone, not one a character of the string", () => {
    const url = `https://integration.shopatron.com/api/v2/orderItem/?orderID=1${"&itemState=LOST".repeat(100_000)}\\n`;
    const text = `{"k": "${url}"}`;
    const offsets = stringOffsets(text, { offset: 6, length: url.length + 2 }, [64, 1_500_000]);
    expect([...offsets]).toEqual([[64, 71], [1_500_000, 1_500_007]]);
  });
});
