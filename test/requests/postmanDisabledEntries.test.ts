import fc from "fast-check";
import { Collection, Property, Request } from "postman-collection";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";

/**
 * Which headers and query parameters Newman sends: postman-runtime's getRequestHeaders
 * (lib/requester/core.js) skips a header whose `disabled` is truthy, and postman-collection 5.3.0's
 * Url#getQueryString drops such a parameter (a QueryParam holds `Boolean(definition.disabled)`), so
 * `"true"`, `1` and even `"false"` disable an entry. Found by the audit of the Postman reader: only
 * `disabled === true` was read as disabled.
 */
const url = "https://integration.shopatron.com/api/v2/order/555555/customData";
const disabled = fc.oneof(fc.constantFrom<unknown>(true, false, "true", "false", "", 0, 1, null, {}, []), fc.jsonValue({ maxDepth: 1 }));

function collectionWith(request: Record<string, unknown>): Record<string, unknown> {
  return { info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "one", request }] };
}

describe("disabled Postman headers and query parameters", () => {
  it("a header or query parameter is sent exactly when postman-collection's Request sends it", () => {
    fc.assert(
      fc.property(disabled, disabled, (headerOff, queryOff) => {
        const request = {
          method: "GET",
          header: [{ key: "X-Probe", value: "1", disabled: headerOff }],
          url: { raw: `${url}?probe=1`, protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "order", "555555", "customData"], query: [{ key: "probe", value: "1", disabled: queryOff }] },
        };
        const library = new Request(structuredClone(request));
        const [read] = readPostmanCollection(collectionWith(request)).requests;
        expect(read?.headers.some((h) => h.name === "X-Probe")).toBe("X-Probe" in library.getHeaders({ enabled: true }));
        expect(read?.url.includes("probe=1")).toBe(library.url.getQueryString().includes("probe=1"));
      }),
      { numRuns: 300 },
    );
  });

  it.each([["true"], [1], ["false"]])("a Content-Type header with disabled %j draws no request/content-type finding", (off) => {
    const request = {
      method: "PUT",
      header: [{ key: "Content-Type", value: "text/plain", disabled: off }],
      url: `${url}/111111`,
      body: { mode: "raw", raw: '{"name": "a", "value": "b"}', options: { raw: { language: "json" } } },
    };
    const { messages } = lintPostmanCollection(JSON.stringify(collectionWith(request), null, 2), "c.postman_collection.json");
    expect(messages.filter((m) => m.ruleId === "request/content-type")).toEqual([]);
  });

  // Newman fills a request from the collection's VariableList, whose Substitutor takes a value only `if (value && !value.disabled)`
  // (lib/superstring): `"disabled": "true"` left `{{orderID}}` unfilled in what Newman sends, and oms-lint filled it with -4 and
  // reported a path parameter never sent (audit of e9c32beb).
  it("a collection variable is filled exactly where postman-collection's substitution fills it", () => {
    fc.assert(
      fc.property(disabled, (off) => {
        const variable = [{ key: "orderID", value: "424242", disabled: off }];
        const library = Property.replaceSubstitutions("{{orderID}}", [new Collection({ variable: structuredClone(variable) } as never).variables]);
        const [read] = readPostmanCollection({ ...collectionWith({ method: "GET", url: `${url.replace("555555", "{{orderID}}")}` }), variable }).requests;
        expect(read!.url.includes("424242")).toBe(library === "424242");
      }),
      { numRuns: 200 },
    );
  });
});
