import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";

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
      ["request/path-parameter", 2, "/item/0/request/url"],
      ["parse", 1, "/item/0/request/url/raw"],
    ]);
    expect(found[0]?.[3]).toContain('not "abc"');
    expect(found[1]?.[3]).toBe(
      "url.raw and the url's parts name different URLs (their path differs): Postman sends the parts (protocol, host, port, path, query), not raw, so the parts are checked; make raw the same URL",
    );
  });

  it("a query the parts hold and raw does not: the parts' query is checked, and the warning names the query", () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/orderItem/?orderID=5", protocol: "https", host, path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "x" }] };
    const found = findings(url);
    expect(found.map(([ruleId, severity]) => [ruleId, severity])).toEqual([
      ["parse", 1],
      ["schema", 2],
    ]);
    expect(found[0]?.[3]).toContain("(their query differs)");
  });

  it("raw alone (no parts): raw is checked, as before", () => {
    expect(findings({ raw: "https://integration.shopatron.com/api/v2/order/abc/customData" }).map(([ruleId]) => ruleId)).toEqual(["request/path-parameter"]);
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

  it("a variable host and a path: one slash between them, as before", () => {
    const text = collectionWith("https://integration.shopatron.com/api/v2/order/5/customData", "GET", { raw: "{{v}}/abc", host: ["{{v}}"], path: ["abc"] });
    expect(lintPostmanCollection(text, "c.postman_collection.json").messages.map((m) => m.ruleId)).toEqual(["request/path-parameter"]);
  });
});

