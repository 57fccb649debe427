import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRequestLine, withoutHttpVersion } from "../../src/requests/requestLine.js";
import { binaryString } from "../support/binaryString.js";

/**
 * A request line's HTTP version is read from its end in one pass (found by the hostile-input
 * audit: a regular expression tested at every character of a 45 MB request line). What it
 * drops must not change: the oracle says it word by word, as a reader would.
 */

/** The line split at every blank (`\s`); a last word that is `HTTP/` and digits or dots, after a blank, is dropped with the blanks before it. */
function oracle(text: string): string {
  const words = text.split(/\s/);
  const last = words.at(-1) as string;
  if (words.length < 2 || !/^HTTP\/[\d.]+$/.test(last)) return text;
  return text.slice(0, text.length - last.length - 1).trimEnd();
}

const pieces = ["GET", "POST", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\n", "HTTP/", "HTTP", "http/", "1.1", "2", ".", "/", "x", "é", "\ud83d", "https://integration.shopatron.com/api/v2/orderItem/?orderID=1", "&page=2", "{{host}}"];
const requestLines = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join("")), binaryString({ maxLength: 30 }));

describe("a request line's HTTP version", () => {
  it("is dropped exactly where the word-by-word reading drops it", () => {
    fc.assert(
      fc.property(requestLines, (line) => {
        expect(withoutHttpVersion(line)).toBe(oracle(line));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["https://h/x HTTP/1.1", "https://h/x"],
    ["https://h/x \t HTTP/2", "https://h/x"],
    ["https://h/x\u00a0HTTP/1.1", "https://h/x"],
    ["HTTP/1.1", "HTTP/1.1"],
    ["https://h/x HTTP/", "https://h/x HTTP/"],
    ["https://h/x http/1.1", "https://h/x http/1.1"],
    ["https://h/x HTTP/1.1 ", "https://h/x HTTP/1.1 "],
    ["https://h/xHTTP/1.1", "https://h/xHTTP/1.1"],
  ])("%j → %j", (line, target) => {
    expect(withoutHttpVersion(line)).toBe(target);
  });

  it("a request line keeps its method and target", () => {
    expect(readRequestLine("GET https://h/x HTTP/1.1")).toEqual({ method: "GET", target: "https://h/x" });
    expect(readRequestLine("https://h/x HTTP/1.1")).toBeUndefined();
    expect(readRequestLine("GET HTTP/1.1")).toEqual({ method: "GET", target: "HTTP/1.1" });
  });
});
