import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { parseHttpFile } from "../../src/requests/httpFile.js";
import { runCli } from "../support/cli.js";

/**
 * `X-Request-Type: graphql` makes REST Client send a GraphQL request: it removes the header, and
 * sends `{"query": …, "operationName": …, "variables": …}` built from the body, the lines above
 * its first blank line the query, the lines below it the variables (JSON.parse'd; `{}` where
 * there are none), the operation named after `query` (Huachao/vscode-restclient,
 * src/utils/httpRequestParser.ts, parseHttpRequest and createGraphQlBody; the value compared
 * exactly with 'graphql'). oms-lint checked the body as written, and said the query was no JSON
 * value (found by the audit of request files); the body checked is now the one sent.
 */
const customData = "https://integration.shopatron.com/api/v2/order/555555/customData";
const graphql = (body: string, requestType = "X-Request-Type: graphql") => `POST ${customData}\nContent-Type: application/json\n${requestType}\n\n${body}\n`;
const sent = (text: string) => parseHttpFile(text).requests[0];

describe("a REST Client GraphQL request (X-Request-Type: graphql)", () => {
  it("sends the JSON REST Client builds: the query, the operation it names, the variables", () => {
    const request = sent(graphql('query Notes($id: Int) {\n  notes(id: $id) { name }\n}\n\n{"id": 5}'));
    expect(JSON.parse(request?.body ?? "")).toEqual({ query: "query Notes($id: Int) {\n  notes(id: $id) { name }\n}", operationName: "Notes", variables: { id: 5 } });
    // REST Client removes the header it reads the request type from.
    expect(request?.headers).toEqual([{ name: "Content-Type", value: "application/json" }]);
  });

  it("no variables are {}, and a query that names no operation sends none", () => {
    expect(JSON.parse(sent(graphql("{ notes { name } }"))?.body ?? "")).toEqual({ query: "{ notes { name } }", variables: {} });
  });

  it("the header's name in any case; its value exactly graphql", () => {
    expect(sent(graphql("{ notes }", "x-request-type: graphql"))?.body).toBe('{"query":"{ notes }","variables":{}}');
    expect(sent(graphql("{ notes }", "X-Request-Type: GraphQL"))?.body).toBe("{ notes }");
  });

  it("is checked as the endpoint's body: the schema's findings of what is sent, on the body's first line; no parse error", async () => {
    const text = graphql("query Notes { notes { name } }");
    const messages = lintHttpFile(text, "g.http").messages;
    expect(messages.filter((m) => m.ruleId === "parse")).toEqual([]);
    const required = messages.find((m) => m.ruleId === "schema");
    expect(required).toMatchObject({ severity: 2, line: 5, column: 1 });
    expect(required?.message).toMatch(/^in the GraphQL body REST Client sends for this one \(X-Request-Type: graphql\): the body lacks 2 required fields: name/);
    expect(messages.filter((m) => m.ruleId === "unknown-property").map((m) => [m.line, m.severity])).toEqual([
      [5, 1],
      [5, 1],
      [5, 1],
    ]);
    const run = await runCli(["--no-config", "-f", "compact", "--stdin", "--stdin-filename", "g.http"], { input: text });
    expect(run.code).toBe(1);
  });

  it("variables that are no JSON: the parse error REST Client's JSON.parse meets, on the body's first line", () => {
    const messages = lintHttpFile(graphql("query Notes { notes }\n\n{id: 5}"), "g.http").messages.filter((m) => m.ruleId === "parse");
    expect(messages.map((m) => [m.severity, m.line])).toEqual([[2, 5]]);
    expect(messages[0]?.message).toMatch(/^in the GraphQL body REST Client sends for this one/);
  });

  it("GraphQL in mixed case is sent as written: the query is the parse error it is", () => {
    const messages = lintHttpFile(graphql("query Notes { notes }", "X-Request-Type: GraphQL"), "g.http").messages.filter((m) => m.ruleId === "parse");
    expect(messages.map((m) => [m.severity, m.line, m.message])).toEqual([[2, 5, 'query is not a JSON value: text needs double quotes ("query")']]);
  });
});
