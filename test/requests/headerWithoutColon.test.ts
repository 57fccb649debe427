import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { parseHttpFile } from "../../src/requests/httpFile.js";
import { runCli } from "../support/cli.js";

/**
 * A line of a request's head without a colon (`X-Debug`): REST Client's parseRequestHeaders
 * (Huachao/vscode-restclient, src/utils/requestParserUtil.ts) takes it as a header with an empty
 * value (`if (separatorIndex === -1) { fieldName = headerLine.trim(); fieldValue = ''; }`) and
 * sends the request; Node refuses only a name that is no HTTP token. oms-lint's error said it
 * was no header at all (found by the audit of request files). A token is now that header and
 * one `parse` warning (our reading: a colon, or the blank line before a body, is likely
 * missing); a line that is no token stays the error, the request Node will not send.
 */
const customData = "https://integration.shopatron.com/api/v2/order/555555/customData";
const request = (line: string) => `GET ${customData}\nAccept: */*\n${line}\n`;
const parseFindings = (text: string) => lintHttpFile(text, "t.http").messages.filter((m) => m.ruleId === "parse");
/** What Node takes as a header name (RFC 9110's token): the characters REST Client may send as one. */
const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}$/).filter((t) => !t.startsWith("#") && !t.startsWith("//"));
/** A character no header name holds, nor a line's start that means something else to REST Client. */
const notTokenCharacter = fc.constantFrom(" ", "(", ")", "/", ";", "=", "?", "@", "[", "]", "\\", "}", ",", '"', "<", ">", "{");

describe("a head line without a colon", () => {
  it("is a header with an empty value, and one parse warning at the line (exit 0)", async () => {
    const text = request("X-Debug");
    expect(parseHttpFile(text).requests[0]?.headers).toEqual([
      { name: "Accept", value: "*/*" },
      { name: "X-Debug", value: "" },
    ]);
    const found = parseFindings(text);
    expect(found.map((m) => [m.severity, m.evidence, m.line, m.column, m.endColumn])).toEqual([[1, "inferred", 3, 1, 8]]);
    expect(found[0]?.message).toMatch(/^no colon: REST Client sends this line as a header with an empty value/);
    expect(found[0]?.message).toContain("our reading");
    const run = await runCli(["--no-config", "-f", "compact", "--stdin", "--stdin-filename", "t.http"], { input: text });
    expect(run.code).toBe(0);
  });

  it("a line a file variable fills to a token is read as filled, as REST Client reads it: the warning stands at the line as written", () => {
    const found = parseFindings(`@debug = X-Debug\n${request("{{debug}}")}`);
    expect(found.map((m) => [m.severity, m.line, m.column, m.endColumn])).toEqual([[1, 4, 1, 10]]);
  });

  it("a name Node would refuse (no token) stays the error: the request is not sent", () => {
    expect(parseFindings(request("X Debug")).map((m) => [m.severity, m.line, m.message])).toEqual([[2, 3, 'not a header ("Name: value"); a body must follow a blank line']]);
  });

  it("holds for any token: a header named as written, with an empty value, and a warning", () => {
    fc.assert(
      fc.property(token, (name) => {
        // The two a request rule judges are that rule's finding (below).
        fc.pre(!["content-type", "x-vol-tenant"].includes(name.toLowerCase()));
        const text = request(name);
        expect(parseHttpFile(text).requests[0]?.headers.at(-1)).toEqual({ name, value: "" });
        expect(parseFindings(text).map((m) => [m.severity, m.line])).toEqual([[1, 3]]);
      }),
    );
  });

  it("and for any line a character past the token's first breaks: the error, no header", () => {
    fc.assert(
      fc.property(token, notTokenCharacter, token, (before, character, after) => {
        const line = `${before}${character}${after}`;
        fc.pre(!line.includes("{{"));
        expect(parseHttpFile(request(line)).requests[0]?.headers).toEqual([{ name: "Accept", value: "*/*" }]);
        expect(parseFindings(request(line)).map((m) => [m.severity, m.line])).toEqual([[2, 3]]);
      }),
    );
  });

  /**
   * Found by the audit of this session's .http changes: a bare `Content-Type` drew content-type's
   * `Content-Type is ""` and the no-colon warning, a bare `x-vol-tenant` the tenant rule's error
   * and the warning: two findings for one mistake. The header the rule judges is sent empty, as
   * `Name:` is, and the rule's finding is the one, at its severity: the parse warning alone had
   * let a request sent with an empty tenant pass the run (docs/requests.md).
   */
  const translatedItemData = "https://123-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2";
  const bareContentType = (name: string) => `POST ${customData}\n${name}\n\n{"name": "n", "value": "v"}\n`;
  const bareTenant = (name: string) => `GET ${translatedItemData}\n${name}\n`;
  const findings = (text: string) => lintHttpFile(text, "t.http").messages.map((m) => [m.ruleId, m.severity, m.line]);

  it("a Content-Type without its colon: content-type's finding of the empty value it sends, and no parse warning too", () => {
    expect(findings(bareContentType("Content-Type"))).toEqual([["request/content-type", 1, 2]]);
  });

  it("an x-vol-tenant without its colon on a translation host: the tenant rule's error, as for an empty value (exit 1), no parse warning too", async () => {
    const text = bareTenant("x-vol-tenant");
    // At the header's line, said empty (emptyTenantHeader.test.ts).
    expect(findings(text)).toEqual([["request/missing-tenant-header", 2, 2]]);
    const run = await runCli(["--no-config", "-f", "compact", "--stdin", "--stdin-filename", "t.http"], { input: text });
    expect(run.code).toBe(1);
  });

  it("in any letter case, for both headers, the same findings as the header written with its colon and no value", () => {
    fc.assert(
      fc.property(fc.constantFrom("content-type", "x-vol-tenant"), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (name, upper) => {
        const written = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
        const text = name === "content-type" ? bareContentType : bareTenant;
        expect(findings(text(written))).toEqual(findings(text(`${written}:`)));
      }),
    );
  });

  it("written with a colon and no value, the header rules' findings stand: no parse warning names that cause", () => {
    expect(findings(bareTenant("x-vol-tenant:"))).toEqual([["request/missing-tenant-header", 2, 2]]);
    expect(findings(bareContentType("Content-Type:"))).toEqual([["request/content-type", 1, 2]]);
  });
});
