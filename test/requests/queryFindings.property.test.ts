import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { endpoints } from "../../src/requests/endpoints.js";

/**
 * One cause, one finding: a request that lacks a query parameter its endpoint's document gives
 * (?orderID=) draws exactly one finding, missing-query-parameter's error where the document
 * says the OMS needs it for the method (the search: "an Order ID is necessary"; the item data
 * PUT: "must specify the order and item IDs"), missing-query-parameter-inferred's warning
 * otherwise. Found by the audit of the rule docs pages: an item data GET without ?orderID= was
 * a stated error the document never states. A method the endpoint does not take draws none:
 * request/method-not-allowed's error is that request's one finding.
 */
const queryRules = new Set(["request/missing-query-parameter", "request/missing-query-parameter-inferred"]);
const methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "{{method}}"];
const withQuery = endpoints.filter((e) => Object.keys(e.requiredQuery).length > 0);
const hosts = ["https://integration.shopatron.com", "https://12345-translation.mozu.com", "{{base}}"];

describe("a missing ?orderID=: one finding, stated only where the document says so", () => {
  it("has endpoints to try", () => expect(withQuery.map((e) => e.id).sort()).toEqual(["orderItemCustomData", "orderItemCustomDataRecord", "orderItemSearch"]));
  it("holds for every such endpoint and method, absent or empty, in any letter case", () => {
    fc.assert(
      fc.property(fc.constantFrom(...withQuery), fc.constantFrom(...methods), fc.constantFrom(...hosts), fc.constantFrom("", "?orderID=", "?perPage=5"), fc.boolean(), (endpoint, method, host, query, lower) => {
        const written = lower ? method.toLowerCase() : method;
        const text = `${written} ${host}${endpoint.path.replace(/\{\w+\}/g, "7")}${query}\nx-vol-tenant: 12345\n`;
        const messages = lintHttpFile(text, "calls.http").messages;
        const found = messages.filter((m) => queryRules.has(m.ruleId));
        const search = endpoint.id === "orderItemSearch";
        // A search's empty ?orderID= is its query schema's finding, at the parameter (a GET's: the one method it takes;
        // a HEAD is read as the GET, request/head-method's warning).
        const schemasOwn = search && query === "?orderID=" && (method === "GET" || method === "HEAD");
        // A method the endpoint does not take is request/method-not-allowed's one finding (found by the
        // rules audit: a POST to the search's path was also told the search needs an Order ID).
        const refused = messages.some((m) => m.ruleId === "request/method-not-allowed");
        expect(found.length, text).toBe(schemasOwn || refused ? 0 : 1);
        if (schemasOwn || refused) return;
        const stated = search || method === "PUT";
        expect(found[0]?.ruleId, text).toBe(stated ? "request/missing-query-parameter" : "request/missing-query-parameter-inferred");
        expect(found[0]?.severity, text).toBe(stated ? 2 : 1);
        expect(found[0]?.message, text).toMatch(stated ? /says( of PUT)? "/ : /is our reading, not the document's word/);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Found by the review of the request files: `?orderID=&orderID=` was read joined (","), so an item
 * data PUT that names no order passed. The boundary: every value empty is missing; one value
 * given is not (a repeat is request/repeated-query-parameter's warning either way).
 */
describe("an item data call's ?orderID= given only as empty values is missing, as one empty value is", () => {
  it("property: missing exactly when every value given is empty", () => {
    const body = 'Content-Type: application/json\n\n{"name": "n", "value": "v"}\n';
    fc.assert(
      fc.property(fc.array(fc.constantFrom("", "5"), { minLength: 1, maxLength: 4 }), fc.constantFrom("PUT", "GET", "DELETE"), (values, method) => {
        const query = values.map((value) => `orderID=${value}`).join("&");
        const text = `${method} https://integration.shopatron.com/api/v2/orderItem/7/customData/9?${query}\n${method === "PUT" ? body : ""}`;
        const missing = lintHttpFile(text, "p.http").messages.filter((m) => queryRules.has(m.ruleId ?? ""));
        const expected = values.every((value) => value === "") ? [method === "PUT" ? "request/missing-query-parameter" : "request/missing-query-parameter-inferred"] : [];
        expect(missing.map((m) => m.ruleId)).toEqual(expected);
      }),
    );
  });
});
