import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import type { LintMessage } from "../../src/lint/lintResult.js";
import { scratchServer } from "../lsp/scratchServer.js";

/**
 * A URL whose scheme is a variable (`{{scheme}}://…`, Postman's `"protocol": "{{protocol}}"`)
 * matched no endpoint: the variable was read as a host, `://{{tenantId}}-translation.mozu.com/…`
 * as the path, one `request/unknown-endpoint` warning was the only finding, and the body and the
 * tenant header went unchecked (found by the audit at 039fbbfc). The host after `://` is read as
 * after a written scheme.
 */
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const path = "/api/v2/order/5/customData";
const numberValue = '{ "name": "a", "value": 5 }';
const http = (url: string) => `POST ${url}\nContent-Type: application/json\n\n${numberValue}\n`;
const collection = (url: unknown) =>
  JSON.stringify({
    info: { schema },
    item: [{ name: "x", request: { method: "POST", url, header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: numberValue } } }],
  });
const verdicts = (messages: readonly LintMessage[]) => messages.map((m) => [m.ruleId, m.severity]);
/** The translation host without x-vol-tenant (inferred for Custom Order Data: a warning), and the number value (an error). */
const expected = [
  ["request/missing-tenant-header-inferred", 1],
  ["schema", 2],
];

describe("a variable scheme before :// is the URL's scheme; the host after it is read as after https://", () => {
  it.each([
    ["a variable", "{{scheme}}://"],
    ["two variables", "{{a}}{{b}}://"],
    ["letters and a variable", "http{{s}}://"],
  ])(".http, %s: the tenant header and the body are checked, no unknown endpoint", (_, scheme) => {
    const found = lintHttpFile(http(`${scheme}{{tenantId}}-translation.mozu.com${path}`), "s.http").messages;
    expect(verdicts(found)).toEqual(expected);
    expect(found[1]?.message).toContain("value must be a string");
  });

  it.each([
    ["raw", `{{protocol}}://{{tenantId}}-translation.mozu.com${path}`],
    ["parts", { protocol: "{{protocol}}", host: ["{{tenantId}}-translation", "mozu", "com"], path: path.split("/").slice(1) }],
  ])("Postman, %s: the tenant header and the body are checked, no unknown endpoint", (_, url) => {
    expect(verdicts(lintPostmanCollection(collection(url), "c.postman_collection.json").messages)).toEqual(expected);
  });

  it(".http, a variable scheme before a classic host: only the body's finding (no tenant header asked for)", () => {
    expect(verdicts(lintHttpFile(http(`{{scheme}}://integration.shopatron.com${path}`), "s.http").messages)).toEqual([["schema", 2]]);
  });

  describe("the language server", () => {
    const server = scratchServer("variable-scheme");
    it("publishes the tenant header's and the body's findings", async () => {
      const { client } = server;
      const document = await client.open(server.uri("s.http"), "http", http(`{{scheme}}://{{tenantId}}-translation.mozu.com${path}`));
      const found = await client.diagnosticsOf(document.uri, 1);
      expect(found.map((d) => d.code)).toEqual(["request/missing-tenant-header-inferred", "schema"]);
      await client.close(document.uri);
    });
  });
});

/**
 * A scheme and `:` before a variable with no `//` (`{{scheme}}:{{rest}}`, `https:{{rest}}`): the
 * variable may hold `//host/path`, so the URL reads as `{{url}}` alone does, naming no endpoint.
 * It was told "/ is none of the OMS v2 endpoints …; did you mean /api/v2/orderItem/?", a path the
 * file does not have (audit at 3df60815).
 */
describe("a scheme and a variable with no // name no endpoint, as {{url}} alone", () => {
  const sameAsUrl = (url: string) => [lintHttpFile(http(url), "s.http").messages, lintPostmanCollection(collection(url), "c.postman_collection.json").messages].map(verdicts);
  it.each(["{{scheme}}:{{rest}}", "https:{{rest}}", "HTTP:{{a}}{{b}}"])("%s: .http and a Postman raw url, the findings of {{url}}", (url) => {
    expect(sameAsUrl(url)).toEqual(sameAsUrl("{{url}}"));
    expect(sameAsUrl(url).flat().map(([ruleId]) => ruleId)).not.toContain("request/unknown-endpoint");
  });
  it("a host with a domain and a port variable, no path, is still told its path is no endpoint", () => {
    expect(verdicts(lintHttpFile(http("https://integration.shopatron.com:{{port}}"), "s.http").messages)).toContainEqual(["request/unknown-endpoint", 1]);
  });
});

describe("a variable scheme before a base URL variable that holds the path's first /: read as {{baseUrl}}api/v2/…", () => {
  it.each([
    ["{{scheme}}://{{base}}", "a variable scheme"],
    ["https://{{base}}", "a written scheme"],
    ["{{baseUrl}}", "no scheme (as before)"],
  ])("%s (%s): the body is checked, no unknown endpoint", (base) => {
    const found = lintHttpFile(http(`${base}${path.slice(1)}`), "s.http").messages;
    expect(verdicts(found)).toEqual([["schema", 2]]);
    expect(lintPostmanCollection(collection(`${base}${path.slice(1)}`), "c.postman_collection.json").messages.map((m) => m.ruleId)).toEqual(["schema"]);
  });
});

/**
 * After a written scheme the host is all the text up to the first `/`, `?` or `#`, unless that
 * text is variables then one of the OMS paths' own segments (above). Read as the path's start
 * since 03ba00d7, the rest of the host after a variable became the path: the request matched no
 * endpoint, its body went unchecked, and the unknown-endpoint warning quoted a password written in
 * the URL as that path (audit at b61b7b85).
 */
describe("after a written scheme, the text after the host's variables is the host's own", () => {
  it.each([
    ["user info with a password", "https://{{user}}:s3cretP4ss@localhost:8080"],
    ["user info and a host variable", "https://{{apiUser}}@{{apiHost}}"],
    ["a dotless name and a port", "https://{{tenant}}oms:8080"],
    ["localhost after a variable", "https://{{sub}}localhost"],
    ["an underscore", "https://{{env}}_oms"],
    ["an encoded colon", "http://{{host}}%3A8080"],
  ])("%s: the body is checked, and no finding quotes the URL's text", (_, host) => {
    for (const found of [lintHttpFile(http(`${host}${path}`), "s.http").messages, lintPostmanCollection(collection(`${host}${path}`), "c.postman_collection.json").messages]) {
      expect(verdicts(found)).toEqual([["schema", 2]]);
      expect(found.map((m) => m.message).join("\n")).not.toContain("s3cretP4ss");
    }
  });

  it.each(["https://localhost:{{port}}/", "https://{{host}}:{{port}}/", "http://oms-staging:{{port}}"])("%s: a port variable after a written scheme holds no path: the path / is no endpoint", (url) => {
    expect(verdicts(lintHttpFile(http(url), "s.http").messages)).toContainEqual(["request/unknown-endpoint", 1]);
  });
});

/** After a written scheme, variables written together at the host's end may hold the path, as without a scheme: no endpoint named (audit at c4ea8075: "/ is none of the OMS v2 endpoints"). */
describe("after a written scheme, a host ending in a variable that is no port names no endpoint", () => {
  it.each(["https://{{host}}{{path}}", "https://{{host}}{{path}}?orderID=1", "https://{{host}}:{{port}}{{path}}", "https://{{host}}", "https://localhost:8080{{path}}", "https://integration.shopatron.com{{path}}", "https://{{host}}:8080{{path}}"])("%s: no unknown-endpoint warning", (url) => {
    expect(verdicts(lintHttpFile(http(url), "s.http").messages).map(([ruleId]) => ruleId)).not.toContain("request/unknown-endpoint");
  });
});
