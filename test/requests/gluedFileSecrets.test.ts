import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { gluedSecretLength } from "../../src/requests/secretFills.js";

/**
 * A request file's secret filled in a URL or a header with text written against it: the finding
 * quoted the longer word whole (`orderID must be a positive integer, not "sk_live_…x"`; audit at
 * 73351ccf). The secret is redacted inside it, the written text kept.
 */
const api = "https://integration.shopatron.com/api/v2";
const key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

const http = (line: string, secret = key) => lintHttpFile(`@apiKey = ${secret}\n\n### r\n${line}\n`, "c.http").messages.map((m) => m.message);

const urls: readonly { url: string; says: string }[] = [
  { url: `GET ${api}/order/{{apiKey}}x/customData`, says: 'not "[redacted]x"' },
  { url: `GET ${api}/order/A{{apiKey}}/customData`, says: 'not "A[redacted]"' },
  { url: `GET ${api}/orderItem/1/customData/?orderID={{apiKey}}9`, says: 'not "[redacted]9"' },
];

describe("a file's secret glued to written text", () => {
  it.each(urls)(".http $url: $says", ({ url, says }) => {
    const found = http(url);
    expect(found).toContainEqual(expect.stringContaining(says));
    expect(found.join("\n")).not.toContain("4eC39HqLyjWDarjtT1zdp7dc");
  });

  it(".http: a Content-Type header's charset {{apiKey}}x is [redacted]x, both times the warning quotes it", () => {
    const found = http(`POST ${api}/createOrder/\nContent-Type: application/json; charset={{apiKey}}x\n\n{}`);
    expect(found).toContainEqual(expect.stringMatching(/^Content-Type is "application\/json; charset=\[redacted\]x": its charset "\[redacted\]x" is not UTF-8/));
    expect(found.join("\n")).not.toContain("4eC39HqLyjWDarjtT1zdp7dc");
  });

  it("Postman: a bearer token filled as {{tok}}x in the URL", () => {
    const collection = {
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      auth: { type: "bearer", bearer: [{ key: "token", value: "{{tok}}" }] },
      variable: [{ key: "tok", value: "eyJhbGciOiJIUzI1NiJ9" }],
      item: [{ name: "x", request: { method: "GET", url: `${api}/order/{{tok}}x/customData` } }],
    };
    const found = lintPostmanCollection(JSON.stringify(collection), "c.postman_collection.json").messages.map((m) => m.message);
    expect(found).toContainEqual(expect.stringContaining('not "[redacted]x"'));
    expect(found.join("\n")).not.toContain("eyJhbGciOiJIUzI1NiJ9");
  });

  it("a long token glued to text, its value shown cut around \"…\": neither its head nor its tail is shown", () => {
    const token = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${"Q".repeat(40)}${"Z".repeat(150)}_ENDPART_7777`;
    for (const [url, says] of [
      [`GET ${api}/order/A{{apiKey}}/customData`, 'not "A[redacted]"'],
      [`GET ${api}/orderItem/1/customData/?orderID=AB{{apiKey}}9`, 'not "AB[redacted]9"'],
    ] as const) {
      const found = http(url, token);
      expect(found).toContainEqual(expect.stringContaining(says));
      expect(found.join("\n")).not.toMatch(/eyJhbGci|ZZZZZZZZ|ENDPART/);
    }
  });

  it(`property: a secret of ${gluedSecretLength} characters or more glued on either side is not shown, and the text written beside it is`, () => {
    const secret = fc.stringMatching(new RegExp(`^[A-Za-z][A-Za-z0-9_]{${gluedSecretLength - 1},40}$`));
    const written = fc.stringMatching(/^[A-Za-z0-9]{0,3}$/);
    fc.assert(
      fc.property(secret, written, written, (s, before, after) => {
        const found = http(`GET ${api}/order/${before}{{apiKey}}${after}/customData`, s);
        const quoted = found.find((m) => m.startsWith("path parameter orderID"));
        expect(quoted).toContain(`not "${before}[redacted]${after}"`);
        expect(found.join("\n")).not.toContain(s);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps a short secret's letters inside the messages' own words: `ord` is not found in `orderID`", () => {
    const found = http(`GET ${api}/order/{{apiKey}}x/customData`, "ord");
    expect(found).toContainEqual(expect.stringMatching(/^path parameter orderID must be a positive integer/));
  });
});
