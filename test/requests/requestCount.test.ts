import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { TextLines } from "../../src/requests/textLines.js";

/**
 * A REST Client file holds at most maxEntries requests, as a payload's arrays hold at most
 * maxEntries entries (found by the request files audit: 16 million `###` separators, a 64 MB
 * file, peaked at 1.05 GB, and 5 million one-line requests ran past 5 minutes and 3 GB).
 */

const search = "https://integration.shopatron.com/api/v2/orderItem/?orderID=";
/** What may stand between requests and counts as none: blank lines, comments, a variable, a block of comments alone. */
const between = fc.constantFrom("", "\n", "# a note\n", "// a note\n", "@id = 5\n", "###\n# nothing to send\n", "\n\n");
const request = fc.record({ indent: fc.constantFrom("", "  ", "\t"), method: fc.constantFrom("GET", "get", ""), before: between, lineBreak: fc.constantFrom("\n", "\r\n", "\r") });

/** A file of the requests, with where each request line stands (1-based line; the column its method starts). */
function httpFile(requests: readonly { indent: string; method: string; before: string; lineBreak: string }[]): { text: string; places: { line: number; column: number; endColumn: number }[] } {
  let text = "";
  const places: { line: number; column: number; endColumn: number }[] = [];
  requests.forEach(({ indent, method, before, lineBreak }, i) => {
    text += (i > 0 ? `###${lineBreak}` : "") + before;
    const line = text.split(/\r\n|\r|\n/).length;
    const requestLine = `${indent}${method}${method ? " " : ""}${search}${i + 1}`;
    places.push({ line, column: indent.length + 1, endColumn: requestLine.length + 1 });
    text += requestLine + lineBreak;
  });
  return { text, places };
}

describe("a request file holds at most maxEntries requests", () => {
  it("at the limit every request is linted; one past it, the file is one fatal finding at the request past it", () => {
    fc.assert(
      // From 4 requests: the limit holds each URL too (its path's 3 segments).
      fc.property(fc.array(request, { minLength: 4, maxLength: 25 }), (requests) => {
        const { text, places } = httpFile(requests);
        const atLimit = lintHttpFile(text, "a.http", { maxEntries: requests.length });
        expect(atLimit.messages.filter((m) => m.ruleId === "parse")).toEqual([]);
        // Each request is read and checked: the search's orderID is a number, so none is refused.
        expect(atLimit.errorCount).toBe(0);
        const past = lintHttpFile(text, "a.http", { maxEntries: requests.length - 1 });
        const place = places[requests.length - 1]!;
        expect(past.messages).toEqual([
          expect.objectContaining({
            ruleId: "parse",
            fatal: true,
            severity: 2,
            line: place.line,
            column: place.column,
            endLine: place.line,
            endColumn: place.endColumn,
            message: `this file holds more than ${requests.length - 1} requests: no request file holds this many, so oms-lint stops (the limit is the maxEntries option)`,
          }),
        ]);
      }),
    );
  });

  it("counts requests, not separators: a file of separators alone is linted", () => {
    const result = lintHttpFile(`${"###\n".repeat(50)}GET ${search}1\n`, "seps.http", { maxEntries: 3 });
    expect(result.messages).toEqual([]);
  });
});

describe("TextLines reads a text's lines as splitting it at LF, CRLF and CR does", () => {
  it("each line, and where each starts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "{{", "}", " ", "\n", "\r", "\r\n", "#"), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const read: string[] = [];
        const lines = new TextLines(text);
        for (let at: number | undefined = 0; at !== undefined; at = lines.next(at)) {
          read.push(lines.line(at));
          expect(lines.holdsVariableBetween(at, lines.end(at))).toBe(lines.line(at).includes("{{"));
        }
        expect(read).toEqual(text.split(/\r\n|\r|\n/));
      }),
    );
  });
});
