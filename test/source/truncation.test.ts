import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSource, type FailedParse } from "../../src/source/parseSource.js";

/**
 * A text cut short is told at its end, where it must go on, by what its last token still needs
 * (found by the audit of the report formats: `{"a": ` was told "the { here is never closed
 * (add })" at line 1, column 1, and the advice gave `{"a": }`; a file cut at line 5,000 was
 * told at line 1). The bracket left open is named with its place.
 */

function fault(text: string): FailedParse {
  const parsed = parseSource(text);
  if (parsed.ok) throw new Error("expected a parse fault");
  return parsed;
}

/** The line and column of the end of the text, as a user counts them. */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split("\n");
  return { line: lines.length, column: (lines.at(-1) as string).length + 1 };
}

const head = "the text ends before the JSON is complete: ";
const truncation = /^the text ends before the JSON is complete: (?:.*, and )?the ([{[]) opened at line (\d+), column (\d+) is never closed \(add (.*)\)$/;

describe("a text cut short: told at its end, by what its last token needs", () => {
  const cases: [string, string, string][] = [
    ["the audit's v1: a value missing after the colon", '{"a": ', `${head}a value is missing after ":", and the { opened at line 1, column 1 is never closed (add a value, then })`],
    ["the audit's v6: a member missing after the comma", '{"a": 1,', `${head}the next member is missing after "," (or remove the comma), and the { opened at line 1, column 1 is never closed (add a member or remove the ",", then })`],
    ["the audit's v4: a colon and a value missing after the name", '{"a"', `${head}":" and a value are missing after the property name, and the { opened at line 1, column 1 is never closed (add ": " and a value, then })`],
    ["the audit's v3: an element missing after the comma, in a list in an object", '{"a": [1, 2,', `${head}the next element is missing after "," (or remove the comma), and the [ opened at line 1, column 7 is never closed (add an element or remove the ",", then ]})`],
    ["the audit's gift message", '{\n  "name": "Gift message",\n  "value": "Happy birthday"\n', `${head}the { opened at line 1, column 1 is never closed (add })`],
    ["an opening brace alone", "{", `${head}the { opened at line 1, column 1 is never closed (add })`],
    ["an opening bracket alone", "[", `${head}the [ opened at line 1, column 1 is never closed (add ])`],
    ["a brace between blanks", "  {  ", `${head}the { opened at line 1, column 3 is never closed (add })`],
    ["one member, no brace after it", '{"orderID":"1"', `${head}the { opened at line 1, column 1 is never closed (add })`],
    ["a list of numbers", "[1, 2", `${head}the [ opened at line 1, column 1 is never closed (add ])`],
    ["an object inside an open list", '{"orderItems": [{"a": 1}', `${head}the [ opened at line 1, column 16 is never closed (add ]})`],
    ["a value string that looks like a name", '{"a": "b"', `${head}the { opened at line 1, column 1 is never closed (add })`],
    ["a name after a comma, on a later line", '{"a": 1,\n  "b"', `${head}":" and a value are missing after the property name, and the { opened at line 1, column 1 is never closed (add ": " and a value, then })`],
  ];
  it.each(cases)("%s", (_name, text, message) => {
    const { fault: f, range } = fault(text);
    expect(f.message).toBe(message);
    expect(range).toMatchObject({ ...endOf(text), endLine: endOf(text).line, endColumn: endOf(text).column });
  });

  it("a file cut at line 5,000 is told at line 5,000, naming the bracket opened at line 1", () => {
    const text = `{\n${'  "a": 1,\n'.repeat(4998)}  "b": `;
    const { fault: f, range } = fault(text);
    expect(range).toMatchObject({ line: 5000, column: 8 });
    expect(f.message).toBe(`${head}a value is missing after ":", and the { opened at line 1, column 1 is never closed (add a value, then })`);
  });

  it("a secret field's value cut short is told as any other, and quotes nothing of it", () => {
    const { fault: f } = fault('{"customer": {"password": "hunter2", "phone": 5556667777');
    expect(f.message).toBe(`${head}the { opened at line 1, column 14 is never closed (add }})`);
  });

  it("an extra bracket after a whole value is still one", () => {
    const text = '{"orderID": "1"}}';
    const { fault: f, range } = fault(text);
    expect(f.message).toMatch(/^unexpected "\}" after the end of the JSON value/);
    expect(range).toMatchObject({ line: 1, column: 17 });
  });

  it("any payload cut inside its outermost bracket: told at the cut, or at an earlier fault; closers it says to add mend it", () => {
    const container = fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), fc.array(fc.jsonValue({ maxDepth: 3 })));
    const payload = fc.tuple(container, fc.constantFrom(undefined, 2, "\t")).map(([value, indent]) => JSON.stringify(value, null, indent));
    fc.assert(
      fc.property(
        payload.chain((whole) => fc.tuple(fc.constant(whole), fc.integer({ min: 1, max: whole.length - 1 }))),
        ([whole, cut]) => {
          const text = whole.slice(0, cut);
          const { fault: f, range } = fault(text);
          expect(f.message).not.toMatch(/after the end of the JSON value/);
          if (f.message.startsWith("the text ends before")) {
            // At the end of the text, and the bracket named is one the text opens there.
            expect(range).toMatchObject({ ...endOf(text), endLine: endOf(text).line, endColumn: endOf(text).column });
            const told = truncation.exec(f.message);
            if (!told) throw new Error(`a bracket is left open, and not named: ${f.message}`);
            const opener = text.split("\n").slice(0, Number(told[2]) - 1).reduce((sum, line) => sum + line.length + 1, 0) + Number(told[3]) - 1;
            expect(text[opener]).toBe(told[1]);
            // Where the hint is closers only, appending them makes JSON.
            if (/^[\]}]+$/.test(told[4]!)) expect(() => JSON.parse(text + told[4])).not.toThrow();
          } else {
            // Any other fault stands before the end of the text: a cut string, word or number.
            const lines = text.split("\n");
            const offset = lines.slice(0, range.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + range.column - 1;
            expect(offset).toBeLessThan(text.length);
          }
        },
      ),
      { numRuns: 1000, examples: [[['{"name":"a","value":"b"}', 23]], [["[[]]", 3]], [['{"a":"}"}', 8]], [['{"a": [1, 2, 3]}', 12]]] },
    );
  });
});
