import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsLines } from "../../src/source/bytesLineCount.js";

/** Texts of few characters, line breaks of every kind among them, and characters of several UTF-8 bytes. */
const texts = fc.array(fc.constantFrom("a", " ", "\n", "\r", "\r\n", "é", "😀", "\u2028"), { maxLength: 40 }).map((parts) => parts.join(""));

/** The oracle, by a regular expression: a line more than the breaks (CRLF, a lone CR, LF) an editor reads. */
const lineCount = (text: string) => [...text.matchAll(/\r\n|\r|\n/g)].length + 1;

describe("holdsLines: whether a file's bytes reach a line, as a cache entry's finding names it", () => {
  it("holds exactly the lines an editor counts, in UTF-8: the last line is held, the one after it is not", () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 50 }), (text, line) => {
        expect(holdsLines(Buffer.from(text, "utf8"), line)).toBe(line <= lineCount(text));
      }),
    );
  });

  it("never fewer lines than the text in UTF-16 (an entry for such a file is never refused for its bytes)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(holdsLines(Buffer.from(text, "utf16le"), lineCount(text))).toBe(true);
      }),
    );
  });
});
