import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * Found by the audit of request files: a URL written over several lines (REST Client's `?`/`&`
 * continuation lines, JetBrains' `/` path lines) had its findings placed on the request line's
 * text alone (`perPage` on `6:5–6:38`, the host), two parameters on two lines at the same range,
 * and a path parameter (request/path-parameter) over the whole URL even on one line, where a
 * Postman url object points at its path entry. Each now stands at its own text, and a URL's
 * whole range (every line of it) is left for what is not spelt out there (a variable).
 */
const host = "https://integration.shopatron.com";

/** Where the findings whose message holds `about` stand: [line, column, endLine, endColumn]. */
const placesOf = (text: string, about: string) =>
  lintHttpFile(text, "case.http")
    .messages.filter((m) => m.message.includes(about))
    .map((m) => [m.line, m.column, m.endLine, m.endColumn]);

/** The 1-based [line, column, endLine, endColumn] of `needle` in `text`, on one line. */
const rangeOf = (text: string, needle: string) => {
  const index = text.indexOf(needle);
  const line = text.slice(0, index).split("\n").length;
  const column = index - text.lastIndexOf("\n", index - 1);
  return [line, column, line, column + needle.length];
};

describe("a finding about one part of a URL written over several lines stands at that part's text", () => {
  it("a query continuation line under a path line: perPage at its own text", () => {
    const text = `GET ${host}\n    /api/v2/orderItem/\n    ?orderID=1&perPage=500\n`;
    expect(placesOf(text, "perPage")).toEqual([rangeOf(text, "perPage=500")]);
  });

  it("one parameter a line: each finding at its own line", () => {
    const text = `GET ${host}/api/v2/orderItem/\n    ?orderID=1\n    &perPage=500\n    &itemState=GONE\n`;
    expect(placesOf(text, "perPage")).toEqual([rangeOf(text, "perPage=500")]);
    expect(placesOf(text, "itemState")).toEqual([rangeOf(text, "itemState=GONE")]);
  });

  it("a parameter a variable holds (not spelt out): the range spans every line of the URL", () => {
    const text = `@more = &perPage=500\nGET ${host}/api/v2/orderItem/\n    ?orderID=1\n    {{more}}\n`;
    expect(placesOf(text, "perPage")).toEqual([[2, 5, 4, "    {{more}}".length + 1]]);
  });

  // Found by seed 38 of the suite: the held ?orderID=1 and the written one are sent as one orderID of value
  // "1?orderID=1"; the written orderID=1 is not what the finding is about, and the finding stood there.
  it("a variable that holds parameters of its own before a written one: the range spans every line of the URL", () => {
    const text = `@q = ?orderID=1\nGET ${host}/api/v2/orderItem/\n{{q}}\n?orderID=1\n`;
    expect(placesOf(text, "orderID must be")).toEqual([[2, 5, 4, 11]]);
    const written = `GET ${host}/api/v2/orderItem/\n?orderID=1\n?orderID=1\n`;
    // Written out, the one parameter is spelt over both lines: from its name on line 2 to its value's end on line 3.
    expect(placesOf(written, "orderID must be")).toEqual([[2, 2, 3, "?orderID=1".length + 1]]);
  });

  it("a path parameter on one line: at its segment, not the whole URL", () => {
    const text = `GET ${host}/api/v2/order/ORDER_ID/customData\n`;
    const found = lintHttpFile(text, "case.http").messages.filter((m) => m.ruleId === "request/path-parameter");
    expect(found.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([rangeOf(text, "ORDER_ID")]);
  });

  it("a path parameter on a path line: at its segment there, not on the host", () => {
    const text = `GET ${host}\n    /api/v2/order/abc/customData\n`;
    const found = lintHttpFile(text, "case.http").messages.filter((m) => m.ruleId === "request/path-parameter");
    expect(found.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([rangeOf(text, "abc")]);
  });

  it("a path parameter a variable holds: the range spans every line of the URL", () => {
    const text = `@id = abc\nGET ${host}\n    /api/v2/order/{{id}}/customData\n`;
    const found = lintHttpFile(text, "case.http").messages.filter((m) => m.ruleId === "request/path-parameter");
    expect(found.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([[2, 5, 3, "    /api/v2/order/{{id}}/customData".length + 1]]);
  });
});

describe("in a Postman url string, a finding about one part of the URL stands at that part's text", () => {
  const collectionOf = (url: string) => JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "r", request: { method: "GET", url } }] });

  it("a path parameter: at its segment in the string, as a url object's stands at its path entry", () => {
    const text = collectionOf(`${host}/api/v2/order/abc/customData`);
    const found = lintPostmanCollection(text, "c.postman_collection.json").messages.filter((m) => m.ruleId === "request/path-parameter");
    expect(found.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([rangeOf(text, "abc")]);
  });

  it("a path parameter a variable holds: the whole string", () => {
    const url = `${host}/api/v2/order/{{id}}/customData`;
    const text = collectionOf(url).replace('"item"', '"variable":[{"key":"id","value":"abc"}],"item"');
    const found = lintPostmanCollection(text, "c.postman_collection.json").messages.filter((m) => m.ruleId === "request/path-parameter");
    expect(found.map((m) => [m.path, m.line, m.column, m.endLine, m.endColumn])).toEqual([["/item/0/request/url", ...rangeOf(text, JSON.stringify(url))]]);
  });
});
