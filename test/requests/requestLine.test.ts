import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRequestLine, withoutHttpVersion } from "../../src/requests/requestLine.js";
import { binaryString } from "../support/binaryString.js";

/**
 * A request line's HTTP version is cut in one pass (found by the hostile-input audit: a
 * regular expression tested at every character of a 45 MB request line). Where it cuts must
 * be where REST Client does: the oracle is REST Client's own expression (Huachao/vscode-restclient,
 * src/utils/httpRequestParser.ts, parseRequestLine), safe to run on the short lines drawn here.
 */

function oracle(text: string): string {
  const match = /\s+HTTP\/.*$/i.exec(text);
  return match ? text.slice(0, match.index) : text;
}

const pieces = ["GET", "POST", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\u2029", "\n", "\r", "HTTP/", "HTTP", "http/", "Http/", "HTTP/1.1", "1.1", "2", ".", "/", "x", "é", "\ud83d", "https://integration.shopatron.com/api/v2/orderItem/?orderID=1", "&page=2", "{{host}}"];
const requestLines = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join("")), binaryString({ maxLength: 30 }));

describe("a request line's HTTP version", () => {
  it("is cut exactly where REST Client's expression cuts it", () => {
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
    ["https://h/x HTTP/", "https://h/x"],
    ["https://h/x http/1.1", "https://h/x"],
    ["https://h/x Http/2.0", "https://h/x"],
    ["https://h/x HTTP/1.1 ", "https://h/x"],
    ["https://h/x HTTP/1.1 keep-alive", "https://h/x"],
    ["https://h/x?q=a http/b HTTP/1.1", "https://h/x?q=a"],
    ["https://h/xHTTP/1.1", "https://h/xHTTP/1.1"],
    ["https://h/x HTTPS/1.1", "https://h/x HTTPS/1.1"],
    ["https://h/x HTTP/1.1\u2028y", "https://h/x HTTP/1.1\u2028y"],
  ])("%j → %j", (line, target) => {
    expect(withoutHttpVersion(line)).toBe(target);
  });

  it("a request line keeps its method and target", () => {
    expect(readRequestLine("GET https://h/x HTTP/1.1")).toEqual({ method: "GET", target: "https://h/x" });
    expect(readRequestLine("https://h/x HTTP/1.1")).toBeUndefined();
    expect(readRequestLine("GET HTTP/1.1")).toEqual({ method: "GET", target: "HTTP/1.1" });
    expect(readRequestLine("POST https://h/x http/1.1")).toEqual({ method: "POST", target: "https://h/x" });
    // A variable then the version alone, in any case, is the URL (REST Client cuts the version once the variable is filled in).
    expect(readRequestLine("{{url}} http/1.1")).toBeUndefined();
  });
});
