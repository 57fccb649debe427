import fc from "fast-check";
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

  it("GraphQL in mixed case is sent as written: the query is the parse error it is", () => {
    const messages = lintHttpFile(graphql("query Notes { notes }", "X-Request-Type: GraphQL"), "g.http").messages.filter((m) => m.ruleId === "parse");
    expect(messages.map((m) => [m.severity, m.line, m.message])).toEqual([[2, 5, 'query is not a JSON value: text needs double quotes ("query")']]);
  });
});

/**
 * Found by the audit of this session's .http changes. REST Client JSON.parse's the variables
 * (createGraphQlBody: `variables: variables ? JSON.parse(variables) : {}`), so they are one JSON
 * value or nothing is sent; oms-lint pasted their text into the body it built, where `{}, "name":
 * "giftMessage", "value": "hi"` closed the variables and added members: a valid body, three
 * warnings and exit 0, for a request REST Client never sends.
 */
describe("GraphQL variables that are not one JSON value", () => {
  const messagesOf = (text: string) => lintHttpFile(text, "g.http").messages;
  const variablesFault = /^the GraphQL variables \(the body's lines below its first blank line\) are not one JSON value: .*REST Client's JSON\.parse throws on them, so it sends nothing/;

  it("one JSON value then more: the one parse error, where the value ends (exit 1), and nothing of the body REST Client never builds", async () => {
    const text = graphql('query Notes { notes }\n\n{}, "name": "giftMessage", "value": "hi"');
    const messages = messagesOf(text);
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["parse", 2, 7, 3]]);
    expect(messages[0]?.message).toMatch(variablesFault);
    expect(messages[0]?.message).toContain('unexpected "," after the end of the JSON value');
    const run = await runCli(["--no-config", "-f", "compact", "--stdin", "--stdin-filename", "g.http"], { input: text });
    expect(run.code).toBe(1);
  });

  it("no JSON at all: the parse error at its fault in the file", () => {
    const messages = messagesOf(graphql("query Notes { notes }\n\n{id: 5}"));
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["parse", 2, 7, 2]]);
    expect(messages[0]?.message).toMatch(variablesFault);
    expect(messages[0]?.message).toContain("property name id needs double quotes");
  });

  it("holds for any JSON value followed by more: one parse error, nothing else", () => {
    const more = fc.constantFrom(', "name": "n"', "}", " {}", ", 1", "]", ' "x"');
    fc.assert(
      fc.property(fc.json(), more, (value, rest) => {
        const messages = messagesOf(graphql(`query Notes { notes }\n\n${value}${rest}`));
        expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([["parse", 2, 7]]);
      }),
    );
  });

  it("and any one JSON value is sent as the variables, as JSON.parse reads it", () => {
    fc.assert(
      fc.property(fc.json(), (value) => {
        const request = sent(graphql(`query Notes { notes }\n\n${value}`));
        expect(JSON.parse(request?.body ?? "").variables).toEqual(JSON.parse(value));
        expect(messagesOf(graphql(`query Notes { notes }\n\n${value}`)).filter((m) => m.ruleId === "parse")).toEqual([]);
      }),
    );
  });

  it("a variable written where JSON takes no value is said so, not as the null standing in for it; a comment line dropped above it moves it down", () => {
    // Where members go (`{ {{pair}} }`) it may hold them: after a value, with no comma between, it stands where nothing can.
    const messages = messagesOf(graphql('query Notes { notes }\n\n# the pair\n["a" {{pair}}]'));
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endColumn])).toEqual([["parse", 2, 8, 6, 14]]);
    expect(messages[0]?.message).toContain('{{pair}} (a variable) stands where JSON takes no value: write it inside double quotes ("{{pair}}")');
  });

  it("a variable the client fills stands for a value: no fault", () => {
    expect(JSON.parse(sent(graphql('query Notes { notes }\n\n{"id": "{{id}}"}'))?.body ?? "").variables).toEqual({ id: "{{id}}" });
    expect(messagesOf(graphql("query Notes { notes }\n\n{{vars}}")).filter((m) => m.ruleId === "parse")).toEqual([]);
  });
});

/**
 * Found by the same audit: REST Client's Header state removes ONE blank line under the headers
 * (`lines.shift()`) and puts every line after it in the body, so under two blank lines the
 * body's first line is blank; createGraphQlBody's first empty line is then its first, the query
 * is empty and the query's text becomes the variables, which JSON.parse refuses: nothing is sent.
 * oms-lint skipped every blank line before the body, and checked the query it read.
 */
describe("blank lines above a GraphQL body, read as REST Client reads them", () => {
  const extraBlank = /^this GraphQL body follows 2 blank lines under the headers: REST Client removes one, and reads the next as the blank line that ends the query/;

  it("two blank lines: the query is read as the variables, which JSON.parse refuses: one parse error at the query's line", () => {
    const text = graphql("\nquery Notes { notes }");
    const messages = lintHttpFile(text, "g.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["parse", 2, 6, 1]]);
    expect(messages[0]?.message).toMatch(extraBlank);
    expect(messages[0]?.message).toContain("leave one blank line above the query");
  });

  it("a blank line a variable fills to counts as one", () => {
    const messages = lintHttpFile(`@none =\n${graphql("{{none}}\nquery Notes { notes }")}`, "g.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([["parse", 2, 7]]);
  });

  it("for any number of extra blank lines", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (extra) => {
        const messages = lintHttpFile(graphql(`${"\n".repeat(extra)}query Notes { notes }`), "g.http").messages;
        expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([["parse", 2, 5 + extra]]);
      }),
    );
  });

  it("a body that is JSON under them is sent as the variables alone, with no query", () => {
    expect(JSON.parse(sent(graphql('\n{"id": 5}'))?.body ?? "")).toEqual({ variables: { id: 5 } });
  });

  it("one blank line is the one REST Client removes: the query is read", () => {
    expect(JSON.parse(sent(graphql("query Notes { notes }"))?.body ?? "")).toEqual({ query: "query Notes { notes }", operationName: "Notes", variables: {} });
  });

  it("a JSON body (no GraphQL) under two blank lines is the same JSON: its findings stand at its lines", () => {
    const text = `POST ${customData}\nContent-Type: application/json\n\n\n{"name": "n", "value": 5}\n`;
    const messages = lintHttpFile(text, "j.http").messages;
    expect(messages.filter((m) => m.ruleId === "parse")).toEqual([]);
    expect(messages.find((m) => m.ruleId === "schema")).toMatchObject({ severity: 2, line: 5, column: 24 });
  });
});
