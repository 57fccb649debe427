import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";

/**
 * Postman sends a request's structured url parts (protocol, host, port, path, query): the
 * postman-collection SDK's Url.update builds the URL from them and ignores `raw`. Found by the
 * request files audit: a collection whose raw and parts disagree was checked by its raw, a URL
 * Postman never sends.
 */
const collectionOf = (url: unknown) =>
  JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "get", request: { method: "GET", url } }] }, null, 2);
const host = ["integration", "shopatron", "com"];
const findings = (url: unknown) => lintPostmanCollection(collectionOf(url), "c.postman_collection.json").messages.map((m) => [m.ruleId, m.severity, m.path, m.message]);

describe("a Postman url with both raw and parts", () => {
  it("raw and parts that name one URL: checked, nothing to say", () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/order/5/customData/", protocol: "https", host, path: ["api", "v2", "order", "5", "customData", ""] };
    expect(findings(url)).toEqual([]);
  });

  it("raw and parts that disagree: the parts are checked (what Postman sends), and a warning at raw says they disagree", () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/order/5/customData", protocol: "https", host, path: ["api", "v2", "order", "abc", "customData"] };
    const found = findings(url);
    // In file order: the url object, then its raw member.
    expect(found.map(([ruleId, severity, path]) => [ruleId, severity, path])).toEqual([
      ["request/postman-raw-url-differs", 1, "/item/0/request/url/raw"],
      ["request/path-parameter", 2, "/item/0/request/url/path/3"],
    ]);
    expect(found[1]?.[3]).toContain('not "abc"');
    expect(found[0]?.[3]).toContain("url.raw and the url's parts name different URLs (their path differs)");
  });

  it("a query the parts hold and raw does not: the parts' query is checked, and the warning names the query", () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/orderItem/?orderID=5", protocol: "https", host, path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "x" }] };
    const found = findings(url);
    expect(found.map(([ruleId, severity, path]) => [ruleId, severity, path])).toEqual([
      ["request/postman-raw-url-differs", 1, "/item/0/request/url/raw"],
      ["schema", 2, "/item/0/request/url/query/0/value"],
    ]);
    expect(found[0]?.[3]).toContain("(their query differs)");
  });

  it("raw alone (no parts): raw is checked, as before", () => {
    expect(findings({ raw: "https://integration.shopatron.com/api/v2/order/abc/customData" }).map(([ruleId]) => ruleId)).toEqual(["request/path-parameter"]);
  });
});

/**
 * Found by the review of the request files: a finding about a url object checked by its parts
 * stood at the whole object (`…/request/url`, many lines), where it stood at `raw`. It stands at
 * the part that holds the fault, or at `raw` when it is about the URL as a whole.
 */
describe("where a finding stands in a url object checked by its parts", () => {
  const recordPath = ["api", "v2", "orderItem", "7", "customData", "9"];
  it("a path parameter: at its path entry", () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/order/abc/customData", protocol: "https", host, path: ["api", "v2", "order", "abc", "customData"] };
    expect(findings(url).map(([ruleId, , path]) => [ruleId, path])).toEqual([["request/path-parameter", "/item/0/request/url/path/3"]]);
  });

  // Found by the second review of the request files: entries were counted, not the segments
  // inside them, so `"abc/customData"` put the finding on the "order" entry before it.
  it("a path entry holding a /: at the entry that holds the segment", () => {
    const at = (path: string[]) => findings({ protocol: "https", host, path }).map(([ruleId, , pointer, message]) => [ruleId, pointer, message]);
    const says = 'path parameter orderID must be a positive integer, not "abc"';
    expect(at(["api", "v2", "order", "abc/customData"])).toEqual([["request/path-parameter", "/item/0/request/url/path/3", says]]);
    expect(at(["api", "v2", "order/abc/customData"])).toEqual([["request/path-parameter", "/item/0/request/url/path/2", says]]);
    expect(at(["api/v2/order", "abc", "customData/"])).toEqual([["request/path-parameter", "/item/0/request/url/path/1", says]]);
  });

  it("a path parameter counted from the path's end, a base URL's variable holding /api/v2", () => {
    const text = JSON.stringify(
      {
        info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        variable: [{ key: "base", value: "https://integration.shopatron.com/api/v2" }],
        item: [{ name: "get", request: { method: "GET", url: { host: ["{{base}}"], path: ["order", "abc", "customData", ""] } } }],
      },
      null,
      2,
    );
    expect(lintPostmanCollection(text, "c.postman_collection.json").messages.map((m) => [m.ruleId, m.path])).toEqual([["request/path-parameter", "/item/0/request/url/path/1"]]);
  });

  it("an item call's ?orderID= value: at its query entry's value (the occurrence refused)", () => {
    // Every value given refused (one empty): with an accepted one, the repeat is repeated-query-parameter's alone (audit at 0ad97054).
    const url = { protocol: "https", host, path: recordPath, query: [{ key: "orderID", value: "" }, { key: "orderID", value: "x" }] };
    expect(findings(url).map(([ruleId, , path]) => [ruleId, path])).toEqual([
      ["request/path-parameter", "/item/0/request/url/query/1/value"],
      ["request/repeated-query-parameter", "/item/0/request/url/query/1/value"],
    ]);
  });

  it("a finding about the URL as a whole: at raw, where the url has one", () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/orderItem/7/customData/9", protocol: "https", host, path: recordPath };
    expect(findings(url).map(([ruleId, , path]) => [ruleId, path])).toEqual([["request/missing-query-parameter-inferred", "/item/0/request/url/raw"]]);
  });

  it("a finding about the URL as a whole, no raw: at the url object", () => {
    expect(findings({ protocol: "https", host, path: ["api", "v2", "orders"] }).map(([ruleId, , path]) => [ruleId, path])).toEqual([["request/unknown-endpoint", "/item/0/request/url"]]);
  });
});

/**
 * Found by the review of the request files: Postman exports a URL that is one variable as
 * `{"raw":"{{v}}","host":["{{v}}"]}`, with no path; its Url#toString (postman-collection
 * lib/collection/url.js) adds the path only `if (this.path)`. A "/" was written after the host
 * all the same, and the variable's URL read with one slash too many.
 */
describe("a Postman url that is one variable (host, no path)", () => {
  const collectionWith = (variable: string, method: string, url: unknown) =>
    JSON.stringify(
      { info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, variable: [{ key: "v", value: variable }], item: [{ name: "one", request: { method, url } }] },
      null,
      2,
    );
  const lint = (variable: string, method: string) => lintPostmanCollection(collectionWith(variable, method, { raw: "{{v}}", host: ["{{v}}"] }), "c.postman_collection.json").messages;

  it("a query at the variable's end is read as written: no slash after its value", () => {
    expect(lint("https://integration.shopatron.com/api/v2/orderItem/3/customData/7?orderID=5", "DELETE").map((m) => [m.ruleId, m.message])).toEqual([]);
  });

  it("a path that ends in a slash gets no second one: no empty segment", () => {
    const found = lint("https://integration.shopatron.com/api/v2/order/5/customData/", "GET");
    expect(found.map((m) => [m.ruleId, m.message])).toEqual([]);
  });

  const tail = fc.constantFrom("", "/", "/api/v2/order/5/customData", "/api/v2/createOrder/", "?orderID=5", "/api/v2/orderItem/3/customData/7?orderID=5&orderID=");
  const base = fc.constantFrom("https://integration.shopatron.com", "https://1-translation.mozu.com");
  const urlSent = (value: string, url: Record<string, unknown>) => {
    const collection = { info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, variable: [{ key: "v", value }], item: [{ request: { method: "GET", url: { raw: "{{v}}", host: ["{{v}}"], ...url } } }] };
    return readPostmanCollection(collection).requests.map((r) => r.url);
  };

  it("property: the URL sent is the variable's value as it stands, whatever its end (/, ?query, a path with no /), with no path or an empty one", () => {
    // postman-collection's Url.update turns a string path "" into undefined: no path, no "/".
    const noPath = fc.constantFrom<Record<string, unknown>>({}, { path: "" }, { path: [] }, { path: null });
    fc.assert(
      fc.property(tail, base, noPath, (end, start, path) => {
        const value = `${start}${end}`;
        expect(urlSent(value, path)).toEqual([value]);
      }),
    );
  });

  it("property: a path of entries follows the variable's value after one slash", () => {
    // A first entry that is empty is left out here: a leading "/" of the joined path is dropped (the string path "/api" reads as "api").
    const entries = fc.tuple(fc.constantFrom("api", "order", "5"), fc.array(fc.constantFrom("api", "v2", "order", "5", "customData", ""), { maxLength: 5 })).map(([first, rest]) => [first, ...rest]);
    fc.assert(
      fc.property(fc.constantFrom("", "/api/v2"), base, entries, (end, start, path) => {
        const value = `${start}${end}`;
        expect(urlSent(value, { path })).toEqual([`${value}/${path.join("/")}`]);
      }),
    );
  });

  it('an empty path (`"path": ""`) after a one-variable URL: no slash after the query, no finding', () => {
    const text = collectionWith("https://integration.shopatron.com/api/v2/orderItem/3/customData/7?orderID=5", "DELETE", { raw: "{{v}}", host: ["{{v}}"], path: "" });
    const result = lintPostmanCollection(text, "c.postman_collection.json");
    expect(result.messages.map((m) => [m.ruleId, m.message])).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  // Found by the request-files audit: a host that starts with a variable and is more than it was
  // left without a scheme, as if the variable held one; it is the host, as the same host written in full is.
  it.each([
    [{ host: ["{{tenantId}}-translation", "mozu", "com"] }, "https://{{tenantId}}-translation.mozu.com/api/v2/order/5/customData"],
    [{ host: ["{{host}}"], port: "{{port}}" }, "https://{{host}}:{{port}}/api/v2/order/5/customData"],
    [{ host: ["{{host}}"], port: 8443 }, "https://{{host}}:8443/api/v2/order/5/customData"],
    [{ host: ["{{v}}"] }, "{{v}}/api/v2/order/5/customData"],
    [{ host: ["{{v}}api"] }, "{{v}}api/api/v2/order/5/customData"],
  ])("no protocol, host %j: read as %j", (parts, sent) => {
    const url = { ...parts, path: ["api", "v2", "order", "5", "customData"] };
    expect(readPostmanCollection(JSON.parse(collectionWith("", "GET", url))).requests.map((r) => r.url)).toEqual([sent]);
  });

  it("a variable host and a path: one slash between them, as before", () => {
    const text = collectionWith("https://integration.shopatron.com/api/v2/order/5/customData", "GET", { raw: "{{v}}/abc", host: ["{{v}}"], path: ["abc"] });
    expect(lintPostmanCollection(text, "c.postman_collection.json").messages.map((m) => m.ruleId)).toEqual(["request/path-parameter"]);
  });
});


/**
 * A url object with `raw` and `query` but no `host` or `path`. postman-collection's Url.update
 * reads the object's parts and never its raw, so Url#toString sends the query alone; with
 * postman-collection 5.3.1, `new Url(url).toString()` gave each row's URL here. oms-lint read
 * such an object by its raw (a query was no part to it), and checked a URL Postman never sends.
 */
describe("a Postman url with raw and query alone (no host, no path)", () => {
  const raw = "https://integration.shopatron.com/api/v2/orderItem/?orderID=5";
  const urlRead = (url: unknown) => readPostmanCollection(JSON.parse(collectionOf(url))).requests.map((r) => r.url);

  it.each([
    [[{ key: "orderID", value: "x" }], "?orderID=x"],
    [[{ key: "orderID", value: "x" }, { key: "page", value: "2" }], "?orderID=x&page=2"],
    [[{ key: "orderID", value: null }], "?orderID"],
    [[{ key: "orderID", value: "x" }, { key: "page", value: "2", disabled: true }], "?orderID=x"],
  ])("query %j: read as Postman sends it, %j", (query, sent) => {
    expect(urlRead({ raw, query })).toEqual([sent]);
  });

  it("the parts are checked, not raw: the URL has no endpoint's path, and a warning at raw says raw is not what Postman sends", () => {
    const found = findings({ raw, query: [{ key: "orderID", value: "x" }] });
    expect(found.map(([ruleId, severity, path]) => [ruleId, severity, path])).toEqual([
      ["request/unknown-endpoint", 1, "/item/0/request/url/raw"],
      ["request/postman-raw-url-differs", 1, "/item/0/request/url/raw"],
    ]);
    expect(found[1]?.[3]).toContain("url.raw and the url's parts name different URLs (their host and path and query differ): Postman sends the parts");
  });

  // Where the parts build nothing, postman-collection sends an empty URL (no request can go
  // there): raw, the URL the user wrote, is read, as for a url with no parts at all.
  it.each([[[]], [[{ key: "orderID", value: "x", disabled: true }]]])("query %j, which adds nothing to the URL: raw is read, as with no query", (query) => {
    expect(urlRead({ raw, query })).toEqual([raw]);
    expect(findings({ raw, query })).toEqual([]);
  });
});
