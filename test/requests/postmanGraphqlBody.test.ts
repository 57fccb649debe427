import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { postmanGraphqlBody } from "../../src/requests/postmanGraphqlBody.js";

/**
 * A Postman request whose body mode is `graphql`: Postman's runtime sends the JSON it builds from
 * the query and variables, as application/json unless the request sets a type
 * (postmanlabs/postman-runtime, lib/requester/core-body-builder.js, `graphql`). oms-lint read the
 * mode as a body it does not check: a Content-Type warning the runtime's own header makes false,
 * and the body sent, lacking the custom data's name and value, unchecked (found by the audit of
 * request files).
 */
const customData = "https://integration.shopatron.com/api/v2/order/5/customData";
const collection = (graphql: unknown, header: unknown[] = [{ key: "x-vol-tenant", value: "1" }]) =>
  JSON.stringify(
    {
      info: { name: "g", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "q", request: { method: "POST", header, url: customData, body: { mode: "graphql", graphql } } }],
    },
    null,
    2,
  );
const findings = (text: string) => lintPostmanCollection(text, "g.postman_collection.json").messages.map((m) => [m.ruleId, m.severity, m.path, m.message]);

describe("the body Postman's runtime builds from a graphql body", () => {
  // Each expected body as the runtime's code builds it, written out by hand.
  it.each([
    ["variables as text", { query: "{ note }", variables: '{"id": 5}' }, '{"query":"{ note }","variables":{"id": 5}}'],
    ["empty variables are left out", { query: "{ note }", variables: "" }, '{"query":"{ note }"}'],
    ["an operation name", { query: "query N { note }", operationName: "N", variables: "{}" }, '{"query":"query N { note }","operationName":"N","variables":{}}'],
    ["variables as text that is no JSON: sent as written", { query: "q", variables: '{"a": 1' }, '{"query":"q","variables":{"a": 1}'],
    ["variables as an object: the whole stringified", { query: "q", variables: { a: 1 } }, '{"query":"q","variables":{"a":1}}'],
    ["no variables at all: stringified, undefined members left out", { query: "q" }, '{"query":"q"}'],
    ["nothing: an empty object", {}, "{}"],
  ])("%s", (_name, graphql, body) => {
    expect(postmanGraphqlBody(graphql, (text) => text)).toBe(body);
  });

  it("fills the collection's variables in the query, the operation name and the variables' text", () => {
    const values: Record<string, string> = { q: "{ note }", v: '{"id": 7}' };
    const resolve = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => values[name] ?? "");
    expect(postmanGraphqlBody({ query: "{{q}}", variables: "{{v}}" }, resolve)).toBe('{"query":"{ note }","variables":{"id": 7}}');
  });
});

describe("a Postman request with a graphql body", () => {
  it("is checked as the JSON sent: the custom data's missing name and value are the error; no Content-Type warning", () => {
    const found = findings(collection({ query: "{ note }", variables: "" }));
    expect(found.filter(([ruleId]) => ruleId === "request/content-type")).toEqual([]);
    expect(found.filter(([, severity]) => severity === 2)).toEqual([
      ["schema", 2, "/item/0/request/body/graphql", expect.stringMatching(/^in the GraphQL body Postman sends for this one \(body mode graphql\): body: the body lacks 2 required fields: name .*; value /)],
    ]);
  });

  it("variables that are no JSON make a body that is none: the parse error, at the graphql body", () => {
    const found = findings(collection({ query: "{ note }", variables: '{"a": 1' }));
    expect(found.filter(([, severity]) => severity === 2)).toEqual([["parse", 2, "/item/0/request/body/graphql", expect.stringMatching(/^in the GraphQL body Postman sends .*: body: the text ends before the JSON is complete/)]]);
  });

  it("a Content-Type the request sets is the one sent: text/plain keeps its warning", () => {
    const found = findings(collection({ query: "{ note }" }, [{ key: "x-vol-tenant", value: "1" }, { key: "Content-Type", value: "text/plain" }]));
    expect(found.filter(([ruleId]) => ruleId === "request/content-type")).toHaveLength(1);
  });
});
