import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { parseHttpFile } from "../../src/requests/httpFile.js";

/**
 * REST Client drops every comment line (`^\s*(#|//)`) of a request before it parses it, the
 * body's too (Huachao/vscode-restclient, src/utils/selector.ts, getRequest filters
 * isCommentLine; its issues #28 and #946). Found by the request files audit: a comment above
 * the body, inside it or between query continuation lines was read as request text, and a
 * valid file drew parse errors.
 */
const post = "POST https://integration.shopatron.com/api/v2/order/5/customData\nContent-Type: application/json\n\n";

describe("comment lines inside a request are dropped, as REST Client drops them", () => {
  it("a comment above the body: no parse error, the body checked", () => {
    const text = `${post}// gift note\n{"name": "Gift message", "value": "Happy birthday"}\n`;
    const result = lintHttpFile(text, "c2.http");
    expect(result.messages).toEqual([]);
    expect(parseHttpFile(text).requests[0]?.body).toBe('{"name": "Gift message", "value": "Happy birthday"}');
  });

  it("a comment line inside the body: no parse error, and the body sent without it", () => {
    const text = `${post}{\n  "name": "Gift message",\n  # "catalogID": 4,\n  "value": "Happy birthday"\n}\n`;
    expect(lintHttpFile(text, "c3.http").messages).toEqual([]);
    expect(JSON.parse(parseHttpFile(text).requests[0]?.body ?? "")).toEqual({ name: "Gift message", value: "Happy birthday" });
  });

  it("a comment between query continuation lines: the continuation goes on past it", () => {
    const text = "GET https://integration.shopatron.com/api/v2/orderItem/\n    ?orderID=1\n# second page\n    &page=2\n";
    expect(lintHttpFile(text, "cq.http").messages).toEqual([]);
    expect(parseHttpFile(text).requests[0]?.url).toBe("https://integration.shopatron.com/api/v2/orderItem/?orderID=1&page=2");
  });

  it("a body finding below removed comment lines stands at its own line and column in the file", () => {
    const text = `${post}// note\n{\n  # "catalogID": 4,\n  // "orderID": 5,\n  "name": "Gift message",\n  "value": ""\n}\n`;
    const found = lintHttpFile(text, "c4.http").messages;
    expect(found.map((m) => [m.severity, m.line, m.column])).toEqual([[2, 9, 12]]);
    expect(found[0]?.message).toContain("value");
  });

  it("a variable's line below a dropped comment keeps its own columns, and the lines after it theirs", () => {
    const text = `@note = a much longer gift message\n${post}{\n  // the name\n  "name": "{{note}}",\n  "value": ""\n}\n`;
    const found = lintHttpFile(text, "c5.http").messages;
    expect(found.map((m) => [m.line, m.column, m.endColumn])).toEqual([[8, 12, 14]]);
  });
});

/** A body of name/value members, one a line, its `value` empty (a stated error at it). */
const members = ['"name": "Gift message"', '"value": ""'];
const commentLine = fc.constantFrom("# a note", "// a note", "  # \"catalogID\": 4,", "\t// x", "#", "//");

describe("comment lines anywhere in a request change no finding but its line", () => {
  it("each finding stands at the same text, whatever comment lines are put between the request's lines", () => {
    const lines = [
      "POST https://integration.shopatron.com/api/v2/order/5/customData",
      "Content-Type: application/json",
      "",
      "{",
      `  ${members[0]},`,
      `  ${members[1]}`,
      "}",
    ];
    const findingsAt = (text: string) => {
      const fileLines = text.split("\n");
      return lintHttpFile(text, "p.http").messages.map((m) => [m.ruleId, m.message, fileLines[m.line - 1]?.slice(m.column - 1, m.endColumn - 1)]);
    };
    const plain = findingsAt(lines.join("\n"));
    expect(plain.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: lines.length }), commentLine), { maxLength: 6 }), (inserts) => {
        const withComments = [...lines];
        // From the last place to the first, so each place counts the lines as first written.
        for (const [at, comment] of [...inserts].sort((a, b) => b[0] - a[0])) withComments.splice(at, 0, comment);
        expect(findingsAt(withComments.join("\n"))).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });
});
