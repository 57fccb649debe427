import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { restClientMethods } from "../../src/requests/requestLine.js";

/**
 * REST Client reads only its fixed list of methods at the start of a request line
 * (httpRequestParser.ts, parseRequestLine: `/^(GET|POST|…|SEARCH)\s+/i`); any other line it
 * sends whole as a GET request's URL. Found by the audit of the rule docs pages: `FOO https://…`
 * was read as the method FOO, and got method-not-allowed's "FOO is not allowed on …".
 */
const createOrder = "https://integration.shopatron.com/api/v2/createOrder/";
const body = "Content-Type: application/json\n\n{}\n";
const listed = "GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, CONNECT, TRACE, LOCK, UNLOCK, PROPFIND, PROPPATCH, COPY, MOVE, MKCOL, MKCALENDAR, ACL, SEARCH";
const findings = (text: string) => lintHttpFile(text, "calls.http").messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn, m.message]);

describe("a request line whose first word is no method REST Client reads", () => {
  it("is one finding, at the word, naming it and REST Client's list; the request is not checked further", () => {
    expect(findings(`FOO ${createOrder}\n${body}`)).toEqual([
      [
        "parse",
        1,
        1,
        4,
        `"FOO" is not a method REST Client reads (${listed}, in any letter case): it sends this whole line as a GET request's URL, so the request is not checked; write one of them`,
      ],
    ]);
  });

  // The request-files audit: REST Client sends a request starting with "curl" as a cURL command
  // (RequestParserFactory, `/^\s*curl/i`), not as a GET of the line; the error said it did.
  it.each(["curl", "CURL", "Curl"])("%s: a warning that the cURL command is not checked, never the error", (word) => {
    const severities = lintHttpFile(`${word} -X POST ${createOrder} -H "Content-Type: application/json" -d '{"name": ""}'\n`, "calls.http").messages.map((m) => [m.ruleId, m.severity, m.line, m.column]);
    expect(severities).toEqual([["parse", 1, 1, 1]]);
    const [finding] = findings(`${word} ${createOrder}\n`);
    expect(finding?.[4]).toMatch(/^REST Client sends a request that starts with curl as the cURL command it is; oms-lint does not read cURL, so this request is not checked/);
  });

  it("a file variable whose value is such a word is told the same, at the variable", () => {
    const [finding, ...more] = findings(`@verb = MERGE\n\n{{verb}} ${createOrder}\n${body}`);
    expect(more).toEqual([]);
    expect(finding?.slice(0, 4)).toEqual(["parse", 3, 1, 9]);
    expect(finding?.[4]).toContain('"MERGE" is not a method REST Client reads');
  });

  it("a long word is shown cut, not whole", () => {
    const [finding] = findings(`${"X".repeat(5000)} ${createOrder}\n`);
    expect(String(finding?.[4]).length).toBeLessThan(400);
    expect(finding?.[4]).toContain(`"${"X".repeat(40)}…"`);
  });

  it("the requests around it are still read and checked", () => {
    const text = `FOO ${createOrder}\n\n###\nGET ${createOrder}\n`;
    expect(findings(text).map((f) => [f[0], f[1]])).toEqual([
      ["parse", 1],
      ["request/method-not-allowed", 4],
    ]);
  });

  it("every method of the list, in any letter case, is read as a method, never this finding", () => {
    fc.assert(
      fc.property(fc.constantFrom(...restClientMethods), fc.boolean(), (method, lower) => {
        const written = lower ? method.toLowerCase() : method;
        const messages = lintHttpFile(`${written} ${createOrder}\n${body}`, "calls.http").messages;
        expect(messages.filter((m) => m.message.includes("is not a method REST Client reads")), written).toEqual([]);
      }),
    );
  });
});
