import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import type { LintMessage } from "../../src/lint/lintResult.js";

/**
 * A written host followed by a variable that may hold the path (f3be7e7d:
 * `https://12345-translation.mozu.com{{apiBase}}/orderItem/1/customData/?orderID=1`) is that
 * written host: the endpoint was matched, but the host was read as a variable one, and a
 * translation host's call without x-vol-tenant drew no `request/missing-tenant-header` (audit of
 * the request URL reading). Custom Order Item Data gives its calls on
 * `https://{tenantId}-translation.mozu.com/api/v2/orderItem/…` and says "Remember to provide the
 * x-vol-tenant key for authentication in the headers": the error covers this host.
 */
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const numberValue = '{"name":"n","value":5}';
const http = (url: string, headers: readonly string[]) => [`POST ${url}`, "Content-Type: application/json", ...headers, "", numberValue, ""].join("\n");
const collection = (url: unknown) =>
  JSON.stringify({
    info: { schema },
    item: [{ name: "x", request: { method: "POST", url, header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: numberValue } } }],
  });
const verdicts = (messages: readonly LintMessage[]) => messages.map((m) => [m.ruleId, m.severity]);
const itemData = "/orderItem/1/customData/?orderID=1";
const orderData = "/order/1/customData";
const tenantError = ["request/missing-tenant-header", 2];
const tenantWarning = ["request/missing-tenant-header-inferred", 1];
const bodyError = ["schema", 2];

describe("a written host, then a variable that may hold the path: the written host's family", () => {
  it.each([
    ["a translation host, Custom Order Item Data", `https://12345-translation.mozu.com{{apiBase}}${itemData}`, [], [tenantError, bodyError]],
    ["the sandbox translation host", `https://12345-translation.sandbox.mozu.com{{apiBase}}${itemData}`, [], [tenantError, bodyError]],
    ["no scheme", `12345-translation.mozu.com{{apiBase}}${itemData}`, [], [tenantError, bodyError]],
    ["a port, then the variable", `https://12345-translation.mozu.com:443{{apiBase}}${itemData}`, [], [tenantError, bodyError]],
    ["the header sent", `https://12345-translation.mozu.com{{apiBase}}${itemData}`, ["x-vol-tenant: 12345"], [bodyError]],
    ["a translation host, Custom Order Data (inferred)", `https://12345-translation.mozu.com{{apiBase}}${orderData}`, [], [tenantWarning, bodyError]],
    ["the classic host", `https://integration.shopatron.com{{apiBase}}${orderData}`, [], [bodyError]],
    ["another host", `https://localhost:8080{{apiBase}}${orderData}`, [], [bodyError]],
  ])(".http, %s: %s", (_, url, headers, expected) => {
    expect(verdicts(lintHttpFile(http(url, headers), "w.http").messages)).toEqual(expected);
  });

  it.each([
    ["raw", `https://12345-translation.mozu.com{{apiBase}}${itemData}`],
    ["parts", { protocol: "https", host: ["12345-translation", "mozu", "com{{apiBase}}"], path: ["orderItem", "1", "customData", ""], query: [{ key: "orderID", value: "1" }] }],
  ])("Postman, %s: the missing x-vol-tenant is the error Custom Order Item Data states", (_, url) => {
    expect(verdicts(lintPostmanCollection(collection(url), "c.postman_collection.json").messages)).toEqual([tenantError, bodyError]);
  });

  it("a partial host before the variable (12345-translation.mozu{{rest}}) is no translation host: nothing asked", () => {
    expect(verdicts(lintHttpFile(http(`https://12345-translation.mozu{{rest}}${orderData}`, []), "w.http").messages)).toEqual([bodyError]);
  });
});
