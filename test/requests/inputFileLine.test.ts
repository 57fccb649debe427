import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isInputFileLine } from "../../src/requests/inputFileLine.js";

/**
 * REST Client's `inputFileSyntax` (Huachao/vscode-restclient, src/utils/httpRequestParser.ts),
 * the oracle: isInputFileLine answers as it does, without its quadratic backtracking.
 */
const inputFileSyntax = /^<(?:(?<processVariables>@)(?<encoding>\w+)?)?\s+(?<filepath>.+?)\s*$/;

describe("a body line REST Client sends from a file", () => {
  it.each(["< ./body.json", "<@ ./body.json", "<@latin1 ./body.json", "<\t./a b.json  ", "<  "])("%j is one", (line) => {
    expect(isInputFileLine(line)).toBe(true);
  });

  it.each(["<./body.json", "   < ./body.json", "<@latin1./body.json", "<", "< ", "{}", "<@-x ./b.json", "< a\u2028b"])("%j is none", (line) => {
    expect(isInputFileLine(line)).toBe(false);
  });

  it("answers as REST Client's inputFileSyntax for any line of its characters", () => {
    const character = fc.constantFrom("<", "@", "a", "1", "_", ".", "/", "-", " ", "\t", "\u00a0", "\u2028", "\r", "\n", "\ufeff");
    fc.assert(
      fc.property(fc.array(character, { maxLength: 12 }), fc.boolean(), (characters, marked) => {
        const line = `${marked ? "<" : ""}${characters.join("")}`;
        expect(isInputFileLine(line), JSON.stringify(line)).toBe(inputFileSyntax.test(line));
      }),
      { numRuns: 5000 },
    );
  });

  // No timing here (the suite asserts none): isInputFileLine runs no expression that backtracks
  // over the blanks (marker, trim and one character class), where REST Client's took seconds.
  it("answers a line of 400,000 blanks inside it as the expression would", () => {
    expect(isInputFileLine(`< a${" ".repeat(400_000)}b`)).toBe(true);
    expect(isInputFileLine(`< a${" ".repeat(400_000)}\u2028b`)).toBe(false);
  });
});
