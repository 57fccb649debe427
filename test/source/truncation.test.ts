import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSource, type FailedParse } from "../../src/source/parseSource.js";
import { positionOf } from "../support/cli.js";

/**
 * Found by the CLI audit: a file cut before its outermost closing bracket was reported as
 * "unexpected the end of the text after the end of the JSON value: … (an extra } or ], or a
 * missing [ … ] around a list?)", at the end of the text; the README promises "a truncated
 * file (at the bracket never closed)".
 */

function fault(text: string): FailedParse {
  const parsed = parseSource(text);
  if (parsed.ok) throw new Error("expected a parse fault");
  return parsed;
}

const neverClosed = /^the text ends before the JSON is complete: the ([{[]) here is never closed \(add ([}\]])\)$/;
const extraBracket = /an extra \} or \]/;

describe("a text cut before its last bracket: the bracket never closed, at that bracket", () => {
  const cases: [string, string, string][] = [
    ["the audit's gift message", '{\n  "name": "Gift message",\n  "value": "Happy birthday"\n', "{"],
    ["an opening brace alone", "{", "{"],
    ["an opening bracket alone", "[", "["],
    ["a brace between blanks", "  {  ", "{"],
    ["one member, no brace after it", '{"orderID":"1"', "{"],
    ["a list of numbers", "[1, 2", "["],
    ["an object inside an open list", '{"orderItems": [{"a": 1}', "["],
  ];
  it.each(cases)("%s", (_name, text, bracket) => {
    const { fault: f, range } = fault(text);
    expect(f.message).toBe(`the text ends before the JSON is complete: the ${bracket} here is never closed (add ${bracket === "{" ? "}" : "]"})`);
    expect(range).toMatchObject({ ...positionOf(text, bracket), endColumn: positionOf(text, bracket).column + 1 });
  });

  it("an extra bracket after a whole value is still one", () => {
    const text = '{"orderID": "1"}}';
    const { fault: f, range } = fault(text);
    expect(f.message).toMatch(/^unexpected "\}" after the end of the JSON value/);
    expect(range).toMatchObject(positionOf(text, "}}", 1));
  });

  /** The offset the range's line and column name in the text. */
  const offsetOf = (text: string, line: number, column: number): number =>
    text.split("\n").slice(0, line - 1).reduce((sum, part) => sum + part.length + 1, 0) + column - 1;

  /** Where the value that opens at `opener` ends in the whole text: the shortest piece from it that is JSON. */
  const closerOf = (whole: string, opener: number): number => {
    for (let end = opener + 1; end < whole.length; end++) {
      if (whole[end] !== (whole[opener] === "{" ? "}" : "]")) continue;
      try {
        JSON.parse(whole.slice(opener, end + 1));
        return end;
      } catch {
        // A bracket inside a string, or one of an inner value.
      }
    }
    return whole.length;
  };

  it("any payload cut inside its outermost bracket: a bracket the cut left open, or another fault, never an extra bracket", () => {
    const container = fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), fc.array(fc.jsonValue({ maxDepth: 3 })));
    const payload = fc.tuple(container, fc.constantFrom(undefined, 2, "\t")).map(([value, indent]) => JSON.stringify(value, null, indent));
    fc.assert(
      fc.property(
        payload.chain((whole) => fc.tuple(fc.constant(whole), fc.integer({ min: 1, max: whole.length - 1 }))),
        ([whole, cut]) => {
          const text = whole.slice(0, cut);
          const { fault: f, range } = fault(text);
          expect(f.message).not.toMatch(extraBracket);
          const bracket = neverClosed.exec(f.message);
          if (bracket) {
            const opener = offsetOf(text, range.line, range.column);
            expect(text[opener]).toBe(bracket[1]);
            expect(closerOf(whole, opener)).toBeGreaterThanOrEqual(cut);
          }
        },
      ),
      { numRuns: 1000, examples: [[['{"name":"a","value":"b"}', 23]], [["[[]]", 3]], [['{"a":"}"}', 8]]] },
    );
  });
});
