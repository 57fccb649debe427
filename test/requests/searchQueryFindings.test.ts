import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection, lintText, validate } from "../../src/builtIn/linter.js";
import { checkRequest } from "../../src/service/checkRequest.js";
import { columnOf } from "./support.js";

const search = "https://integration.shopatron.com/api/v2/orderItem/";
const collectionOf = (url: unknown) =>
  JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "search", request: { method: "GET", url } }] });

/** The findings of a file, as a reader checks them: rule, line and column. */
const placed = (text: string) => lintHttpFile(text, "case.http").messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }));

describe("a search's orderID: one cause, one finding, at the parameter", () => {
  for (const parameter of ["orderID=abc", "orderID=0", "orderID=[Order ID]", "orderID=", "orderID=5,x"]) {
    it(`${parameter} in a .http file`, () => {
      const line = `GET ${search}?${parameter}`;
      expect(placed(`${line}\n`)).toEqual([{ ruleId: "schema", line: 1, column: columnOf(line, parameter) }]);
    });

    it(`${parameter} in a collection's url object`, () => {
      // As Postman exports it, with its host and path: raw and query alone are sent as the query alone (postmanUrlParts.test.ts).
      const parts = { protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""] };
      const url = { raw: `${search}?${parameter}`, ...parts, query: [{ key: "orderID", value: parameter.slice("orderID=".length) }] };
      expect(lintPostmanCollection(collectionOf(url), "c.json").messages.map((m) => m.ruleId)).toEqual(["schema"]);
    });

    it(`${parameter} in checkRequest`, () => {
      const verdict = checkRequest({ method: "GET", url: `${search}?${parameter}` });
      expect(verdict.diagnostics.map((d) => d.ruleId)).toEqual(["schema"]);
      expect(verdict.errorCount).toBe(1);
    });
  }

  // Found by the second review of the request files: a value that decodes to `{{id}}` was taken
  // for a variable standing for an ID; the client sends `%7B%7Bid%7D%7D` unsubstituted.
  it("percent-encoded braces in a search's orderID: no variable, the schema's error at the parameter", () => {
    const line = `GET ${search}?orderID=%7B%7Bid%7D%7D`;
    const result = lintHttpFile(`${line}\n`, "case.http");
    expect(result.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, column: m.column }))).toEqual([{ ruleId: "schema", severity: 2, column: columnOf(line, "orderID=%7B") }]);
    expect(result.messages[0]?.message).toContain("search query: orderID must be a positive integer");
    expect(result.errorCount).toBe(1);
  });

  it("a search without orderID is request/missing-query-parameter's alone", () => {
    expect(placed(`GET ${search}\n`).map((m) => m.ruleId)).toEqual(["request/missing-query-parameter"]);
  });

  it("an item custom data call's orderID, which no query schema checks, is request/path-parameter's", () => {
    const line = "GET https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=abc";
    expect(placed(`${line}\n`).map((m) => m.ruleId)).toEqual(["request/path-parameter"]);
  });
});

describe("a query held in a variable", () => {
  const findings = (line: string) => lintHttpFile(`${line}\n`, "case.http").messages.map((m) => `${m.ruleId}: ${m.message}`);

  it("a search whose whole query is a variable: it may hold orderID, so nothing is missing, and its name is no unknown property", () => {
    expect(findings(`GET ${search}?{{query}}`)).toEqual([]);
  });

  it("an item custom data call whose whole query is a variable", () => {
    expect(findings("GET https://integration.shopatron.com/api/v2/orderItem/1/customData/?{{q}}")).toEqual([]);
  });

  it("a variable beside other parameters may hold orderID too; the parameters written are still checked", () => {
    expect(findings(`GET ${search}?perPage=500&{{more}}`).map((f) => f.split(":")[0])).toEqual(["schema"]);
  });

  it("but not in checkRequest, which reads a request as it will be sent: there `{{query}}` is text, and orderID is missing (test/service/asSent.test.ts)", () => {
    expect(checkRequest({ method: "GET", url: `${search}?{{query}}` }).diagnostics.map((d) => d.ruleId)).toEqual(["request/missing-query-parameter", "unknown-property"]);
  });

  it("a query with no variable still needs orderID", () => {
    expect(findings(`GET ${search}?perPage=5`).map((f) => f.split(":")[0])).toEqual(["request/missing-query-parameter"]);
  });
});

describe("a parameter given twice: the finding stands at the occurrence that is wrong", () => {
  const at = (line: string) => lintHttpFile(`${line}\n`, "case.http").messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, column: m.column, endColumn: m.endColumn }));
  const spanOf = (line: string, pair: string) => ({ column: columnOf(line, pair), endColumn: columnOf(line, pair) + pair.length });
  /** The repetition's own warning, at the second occurrence. */
  const repeated = (line: string, pair: string) => ({ ruleId: "search-repeated-parameter", severity: 1, ...spanOf(line, pair) });

  // Every value refused: the schema's error holds whichever the OMS reads, at the first value that draws it.
  for (const [query, wrong, second] of [
    ["orderID=5&itemState=GONE&itemState=LOST", "itemState=GONE", "itemState=LOST"],
    ["orderID=5&perPage=500&perPage=0", "perPage=500", "perPage=0"],
    ["orderID=y&orderID=x", "orderID=y", "orderID=x"],
  ] as const) {
    it(`${query}: the value's error at ${wrong}, the repetition's warning at ${second}`, () => {
      const line = `GET ${search}?${query}`;
      expect(at(line)).toEqual([{ ruleId: "schema", severity: 2, ...spanOf(line, wrong) }, repeated(line, second)]);
    });
  }

  // A refused value beside one the documents take: the OMS may read that one, so the refusal is only the repetition's warning (it names the refused value).
  for (const [query, second] of [
    ["orderID=5&itemState=NORMAL&itemState=LOST", "itemState=LOST"],
    ["orderID=5&itemState=LOST&itemState=NORMAL", "itemState=NORMAL"],
    ["orderID=5&perPage=500&perPage=10", "perPage=10"],
    ["orderID=5&orderID=x", "orderID=x"],
    ["orderID=5&perPage=10&perPage=500", "perPage=500"],
  ] as const) {
    it(`${query}: no error, the repetition's warning at ${second}`, () => {
      const line = `GET ${search}?${query}`;
      expect(at(line)).toEqual([repeated(line, second)]);
    });
  }

  // Found by the audit of diagnostic wording: "10,20" was checked, and called no integer from 1 to 100.
  it("each value right alone (perPage=10&perPage=20): no error, only the repetition's warning", () => {
    const line = `GET ${search}?orderID=5&perPage=10&perPage=20`;
    expect(at(line)).toEqual([repeated(line, "perPage=20")]);
  });

  it("a repeat where a variable stands for one value is still a repeat; the variable stands for a value the documents take, so the one written is only the warning's", () => {
    const line = `GET ${search}?orderID=5&perPage={{n}}&perPage=500`;
    expect(at(line).map((m) => [m.ruleId, m.severity])).toEqual([["search-repeated-parameter", 1]]);
  });

  it("in a .json file's search string too: each finding at its occurrence", () => {
    const text = '"?orderID=5&perPage=0&perPage=500"';
    const found = lintText(text, { kind: "orderItemSearch" }).messages.map((m) => ({ ruleId: m.ruleId, column: m.column }));
    expect(found).toEqual([
      { ruleId: "schema", column: columnOf(text, "perPage=0") },
      { ruleId: "search-repeated-parameter", column: columnOf(text, "perPage=500") },
    ]);
  });

  it("in a collection's URL string too", () => {
    const raw = `${search}?orderID=5&itemState=GONE&itemState=LOST`;
    const text = collectionOf(raw);
    const [message] = lintPostmanCollection(text, "c.json").messages;
    expect(message?.column).toBe(columnOf(text, "itemState=GONE"));
  });
});

describe("a parameter given many times, beside many others", () => {
  // No timing asserted (the suite asserts none): a quadratic placer would show in npm run bench, and here as a test that hangs.
  it("is placed at the occurrence the documents refuse: each occurrence is checked alone, not with the whole query", () => {
    const others = Array.from({ length: 5_000 }, (_, i) => `x${i}=1`).join("&");
    const repeated = Array.from({ length: 5_000 }, () => "perPage=0").join("&");
    const line = `GET ${search}?orderID=5&${others}&${repeated}&perPage=500`;
    const findings = lintHttpFile(`${line}\n`, "case.http", { rules: { "unknown-property": "off", "search-repeated-parameter": "off" } }).messages;
    expect(findings.map((m) => [m.ruleId, m.column])).toEqual([["schema", columnOf(line, "perPage=0")]]);
  });
});

// Found by the request files audit: `?orderid=1` in a request file drew "needs the query parameter
// ?orderID=" at the URL's start, where an orderItemSearch payload names the misspelt parameter.
describe("a search's misspelt orderID: one finding, with the hint, at the parameter", () => {
  const hint = '"orderid" stands in its place: did you mean orderID?';

  it("in a .http file", () => {
    const line = `GET ${search}?orderid=1`;
    const found = lintHttpFile(`${line}\n`, "case.http").messages;
    expect(found.map((m) => [m.line, m.column, m.endColumn])).toEqual([[1, columnOf(line, "orderid=1"), columnOf(line, "orderid=1") + "orderid=1".length]]);
    expect(found[0]?.message).toContain(hint);
    expect(found[0]?.message).toContain("orderID is required");
  });

  it("in a collection, at the URL's line and the parameter's characters", () => {
    const text = collectionOf(`${search}?perPage=5&orderid=1`);
    const found = lintPostmanCollection(text, "c.json").messages;
    expect(found.map((m) => [m.path, m.column])).toEqual([["/item/0/request/url", columnOf(text, "orderid=1")]]);
    expect(found[0]?.message).toContain(hint);
  });

  it("a variable in place of a name may hold orderID: no finding", () => {
    expect(placed(`GET ${search}?{{query}}&orderid=1\n`)).toEqual([]);
  });

  it("a query with no name near orderID keeps request/missing-query-parameter's finding", () => {
    expect(placed(`GET ${search}?perPage=5\n`).map((m) => m.ruleId)).toEqual(["request/missing-query-parameter"]);
  });
});

// Found by the request files audit: a structured url's finding stood at …/request/url, not at
// the url.query entry the user fixes.
describe("a structured Postman url (no raw): a search finding at its url.query entry", () => {
  const url = { protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "1" }, { key: "perPage", value: "500" }] };

  it("perPage=500 stands at /url/query/1/value, on its line", () => {
    const text = JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "search", request: { method: "GET", url } }] }, null, 2);
    const found = lintPostmanCollection(text, "c.json").messages;
    expect(found.map((m) => [m.ruleId, m.path, m.line])).toEqual([["schema", "/item/0/request/url/query/1/value", text.split("\n").findIndex((l) => l.includes('"500"')) + 1]]);
  });
});

// Found by the request files audit: a `?` inside the fragment was read as the query's start, and
// a URL that sends no query passed. A client never sends the fragment (RFC 3986 §3.5).
describe("a search URL's fragment is no part of its query", () => {
  const fragmentOnly = `${search}#?orderID=1`;
  const required = "orderID is required (the documents: an Order ID is necessary; items cannot be searched for if the order is unknown)";

  it("a search string whose ?orderID= stands in its fragment: orderID is required, an error", () => {
    const result = lintText(JSON.stringify(fragmentOnly), { kind: "orderItemSearch" });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([["schema", 2, required]]);
    const verdict = validate("orderItemSearch", fragmentOnly);
    expect([verdict.valid, verdict.diagnostics.map((d) => d.message)]).toEqual([false, [required]]);
  });

  it("a parameter after the fragment's & is not sent either", () => {
    expect(validate("orderItemSearch", `${search}?page=1#&orderID=1`).diagnostics.map((d) => d.message)).toEqual([required]);
    expect(validate("orderItemSearch", `${search}?orderID=1#?orderID=x`).valid).toBe(true);
  });

  it("the same URL in a .http file is request/missing-query-parameter's", () => {
    expect(placed(`GET ${fragmentOnly}\n`).map((m) => m.ruleId)).toEqual(["request/missing-query-parameter"]);
  });
});

describe("the search schema's string pattern, which an editor validates with alone", () => {
  it("takes orderID in the query, not in the fragment", async () => {
    const { default: schema } = await import("../../schemas/editor/orderItemSearch.json", { with: { type: "json" } });
    const pattern = new RegExp((schema as { anyOf: { pattern?: string }[] }).anyOf.find((branch) => branch.pattern)?.pattern ?? "", "u");
    const takes = (text: string) => pattern.test(text);
    expect([`${search}?orderID=1`, `${search}?page=1&orderID=1`, "orderID=1", `${search}?orderID=1#top`].map(takes)).toEqual([true, true, true, true]);
    expect([`${search}#?orderID=1`, `${search}?page=1#&orderID=1`, "#orderID=1"].map(takes)).toEqual([false, false, false]);
  });
});
