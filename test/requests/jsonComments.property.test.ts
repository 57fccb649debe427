import fc from "fast-check";
import stripJsonComments from "strip-json-comments";
import { describe, expect, it } from "vitest";
import { blankJsonComments } from "../../src/requests/jsonComments.js";

/** A JSONC reader's verdict: the text without its comments parses to this value. */
describe("blankJsonComments: what Postman sends of a raw JSON body", () => {
  it("leaves a text without comments as it is, slashes inside strings among it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(blankJsonComments(text)).toBe(text);
      }),
      { examples: [[{ url: "https://a/b//c", note: "/* not a comment */ // nor this" }, 2]] },
    );
  });

  it("blanks every comment put between a value's tokens: the same value, every other character at its offset", () => {
    // A block comment ends at its first `*/`, so its body holds none: removing each `*/` once is
    // not enough (`**//` leaves `*/`, and `/**/*/` is a comment and a stray `*/`).
    const comment = fc.oneof(
      fc
        .string({ unit: fc.constantFrom("a", " ", "/", "*", '"') })
        .filter((body) => !body.includes("*/"))
        .map((body) => `/*${body}*/`),
      fc.string({ unit: fc.constantFrom("a", " ", "/", "*", '"') }).map((body) => `//${body}\n`),
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(comment, { minLength: 1, maxLength: 5 }), (value, comments) => {
        // Comments after the tokens JSON.stringify writes with a line break (structure, never inside a string).
        let i = 0;
        const text = JSON.stringify(value, null, 1).replace(/\n/g, () => `${comments[i++ % comments.length]}\n`);
        const blanked = blankJsonComments(text);
        expect(blanked.length).toBe(text.length);
        // Only comment characters change, each to a space; the line breaks stay where they were.
        expect([...blanked].filter((c, at) => c !== text[at] && c !== " ")).toEqual([]);
        expect(blanked.split("\n").length).toBe(text.split("\n").length);
        expect(JSON.parse(blanked)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it("ends a block comment at its first */: a */ after it is no comment, and stays for the JSON reader", () => {
    // strip-json-comments 3.1.1 (Postman's) reads `/**/*/` so too: `/**/`, then `*/` sent as it is.
    expect(blankJsonComments("[/**/*/\n false/**/\n]")).toBe("[    */\n false    \n]");
  });

  /**
   * postman-runtime strips a raw JSON body's comments with strip-json-comments 3.1.1 (its
   * package.json pins it; lib/runner/request-helpers-presend.js): what is a comment is that
   * library's verdict, on any text, JSON or not. Its `whitespace` mode keeps every offset as
   * blanking does, turning a comment's non-blank characters to spaces and keeping its blanks;
   * blanking turns every character but \r and \n to a space, so blanks are compared as one.
   */
  it("blanks exactly what strip-json-comments 3.1.1, Postman's, takes for comments, in any text", () => {
    const blanksAsOne = (text: string) => text.replace(/[^\S\r\n]/g, " ");
    const pieces = ["/", "*", '"', "\\", "\n", "\r", "\r\n", "a", " ", "\t", "{", "1", "\u2028"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(blanksAsOne(blankJsonComments(text))).toBe(blanksAsOne(stripJsonComments(text, { whitespace: true })));
      }),
      { numRuns: 3000, examples: [[["{", "\r", "/", "/", "a", "\r", '"', "a", '"', "}"]], [["\\", '"', "/", "/", "a"]]] },
    );
  });

  it("reads a long run of comment lines in one pass (200,000 lines)", () => {
    const text = `{${"// x\n".repeat(200_000)}"a": 1}`;
    expect(JSON.parse(blankJsonComments(text))).toEqual({ a: 1 });
  });
});
