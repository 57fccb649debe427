import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";

const info = { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" };
const oms = "https://integration.shopatron.com/api/v2";
const lint = (request: unknown) => {
  const text = JSON.stringify({ info, item: [{ name: "x", request }] }, null, 2);
  return lintPostmanCollection(text, "c.postman_collection.json").messages.map((m) => [m.ruleId, m.path, m.message]);
};

// Found by the request files audit: a part of a type Postman's collection schema (v2.1) does not
// take was ignored (method, header, raw body), or drew a wrongly worded finding and a second one at
// a member that does not exist (url).
describe("Postman request parts of a type the collection schema does not take: one parse finding each, at its pointer", () => {
  it("a url that is a number", () => {
    expect(lint({ method: "GET", url: 7 })).toEqual([
      ["parse", "/item/0/request/url", "request.url is 7, a number: Postman takes a string or a url object (collection schema v2.1); this request is not checked further"],
    ]);
  });

  it("no url: one finding, at the request (a member that exists)", () => {
    expect(lint({ method: "GET" })).toEqual([["parse", "/item/0/request", "request.url is missing: Postman sends a request to its url, so this request is not checked"]]);
  });

  // A raw body that is no string is sent by Newman (postmanRawObject.test.ts): no parse finding.
  it("a method and a header list of the wrong types: one finding each and nothing else", () => {
    const found = lint({ method: 5, url: `${oms}/order/5/customData`, header: { a: 1 }, body: { mode: "raw", raw: 9 } });
    expect(found.map(([ruleId, path]) => [ruleId, path])).toEqual([
      ["parse", "/item/0/request/method"],
      ["parse", "/item/0/request/header"],
    ]);
    expect(found.map(([, , message]) => (message as string).split(":")[0])).toEqual(["request.method is 5, a number", "request.header is an object"]);
  });

  it("a header entry that is no {key, value} object", () => {
    expect(lint({ method: "GET", url: `${oms}/order/5/customData`, header: ["Content-Type: application/json"] }).map(([ruleId, path]) => [ruleId, path])).toEqual([
      ["parse", "/item/0/request/header/0"],
    ]);
  });

  it("a header string (which v2.1 allows) is read as postman-collection's Header.parse reads it", () => {
    const body = { mode: "raw", raw: JSON.stringify({ name: "a", value: "b" }) };
    expect(lint({ method: "POST", url: `${oms}/order/5/customData`, header: "Content-Type: application/json\n", body })).toEqual([]);
    const wrongType = lint({ method: "POST", url: `${oms}/order/5/customData`, header: "Accept: text/plain\r\nContent-Type:  text/plain \n", body });
    expect(wrongType.map(([ruleId, path]) => [ruleId, path])).toEqual([["request/content-type", "/item/0/request/header"]]);
  });

  // Found by the audit of hostile input: read as text, a path of [1, null, {}] was checked as the endpoint /1/null/.
  it.each([
    ["a path entry that is null", { host: ["integration", "shopatron", "com"], path: ["api", null, "orderItem"] }, "/item/0/request/url/path/1", 'request.url.path[1] is null: Postman takes a string or a {"type", "value"} object'],
    ["a path entry that is a number", { host: ["integration", "shopatron", "com"], path: ["api", "v2", 1] }, "/item/0/request/url/path/2", 'request.url.path[2] is 1, a number: Postman takes a string or a {"type", "value"} object'],
    ["a host entry that is a number", { host: ["integration", 7, "com"], path: ["api", "v2", "orderItem", ""] }, "/item/0/request/url/host/1", "request.url.host[1] is 7, a number: Postman takes a string"],
    ["a host that is an object", { host: { a: 1 }, path: "api/v2/orderItem/" }, "/item/0/request/url/host", "request.url.host is an object: Postman takes a string or a list of strings"],
    ["a path that is a number", { host: "integration.shopatron.com", path: 5 }, "/item/0/request/url/path", 'request.url.path is 5, a number: Postman takes a string or a list of strings and {"type", "value"} objects'],
    // Found by the audit of this session's Postman changes: a {type, value} entry whose value is no string was read as `[object Object]`, and a bad body went unchecked (exit 0).
    ["a path entry's value that is an object", { host: ["integration", "shopatron", "com"], path: ["api", { type: "string", value: { a: 1 } }, "orderItem", ""] }, "/item/0/request/url/path/1/value", "request.url.path[1].value is an object: Postman takes a string"],
    ["a path entry's value that is an array", { host: ["integration", "shopatron", "com"], path: ["api", "v2", { type: "string", value: ["orderItem"] }, ""] }, "/item/0/request/url/path/2/value", "request.url.path[2].value is an array: Postman takes a string"],
    ["a path entry's value that is a number", { host: ["integration", "shopatron", "com"], path: ["api", "v2", { type: "string", value: 7 }, ""] }, "/item/0/request/url/path/2/value", "request.url.path[2].value is 7, a number: Postman takes a string"],
    ["a path entry's value that is a boolean", { host: ["integration", "shopatron", "com"], path: [{ type: "string", value: true }, "v2", "orderItem", ""] }, "/item/0/request/url/path/0/value", "request.url.path[0].value is true, a boolean: Postman takes a string"],
  ])("%s in a url object: one parse finding at it, the request not checked further", (_label, url, path, words) => {
    expect(lint({ method: "GET", url: { ...url, query: [{ key: "orderID", value: "1" }] } })).toEqual([["parse", path, `${words} (collection schema v2.1); this request is not checked further`]]);
  });

  it("a path entry's value of another type than a string: the request's bad body is not passed as checked, the run fails (an error)", () => {
    const url = { raw: `${oms}/createOrder/`, protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", { type: "string", value: { a: 1 } }, "createOrder", ""] };
    const text = JSON.stringify({ info, item: [{ name: "r", request: { method: "POST", url, body: { mode: "raw", raw: "{}" } } }] });
    const result = lintPostmanCollection(text, "c.postman_collection.json");
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.path])).toEqual([["parse", 2, "/item/0/request/url/path/1/value"]]);
    expect(result.errorCount).toBe(1);
  });

  it("any path entry value that is neither a string nor null nor missing is one parse finding at it, whatever its place", () => {
    const notAString = fc.jsonValue().filter((value) => value !== null && typeof value !== "string");
    fc.assert(
      fc.property(notAString, fc.nat({ max: 3 }), (value, i) => {
        const path: unknown[] = ["api", "v2", "orderItem", ""];
        path[i] = { type: "string", value };
        const found = lint({ method: "GET", url: { host: ["integration", "shopatron", "com"], path, query: [{ key: "orderID", value: "1" }] } });
        expect(found.map(([ruleId, pointer]) => [ruleId, pointer])).toEqual([["parse", `/item/0/request/url/path/${i}/value`]]);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["missing", { type: "string" }],
    ["null", { type: "string", value: null }],
  ])("a path entry whose value is %s is read as an empty segment, as before: no finding", (_label, entry) => {
    expect(lint({ method: "GET", url: { protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", entry], query: [{ key: "orderID", value: "1" }] } })).toEqual([]);
  });

  it("a url object Postman's own library reads (a port as a number, path segments as {type, value} objects, a query value null) draws nothing of its form", () => {
    const url = { protocol: "https", host: ["integration", "shopatron", "com"], port: 443, path: ["api", "v2", { type: "string", value: "orderItem" }, ""], query: [{ key: "orderID", value: "1" }, { key: "perPage", value: null, disabled: true }] };
    expect(lint({ method: "GET", url }).filter(([ruleId]) => ruleId === "parse")).toEqual([]);
  });
});
