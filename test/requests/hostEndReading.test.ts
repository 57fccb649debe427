import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../support/fastCheckSeed.js";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import type { LintMessage } from "../../src/lint/lintResult.js";
import { endpoints } from "../../src/requests/endpoints.js";
import { matchEndpoint } from "../../src/requests/matchEndpoint.js";

/**
 * Variables then one of the OMS paths' own segments (`https://{{env}}api/…`) may be a host that
 * ends in that word or a base URL that holds the path's start. 76b1c4f4 took it for the path's
 * start always: `https://{{env}}api/api/v2/order/1/customData` was "api/api/v2/order/1/customData
 * is none of the OMS v2 endpoints …" and its body went unchecked (audit of the request URL
 * reading). The reading whose path is an endpoint's wins; where neither is, the path's start.
 */
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const numberValue = '{"name":"n","value":5}';
const http = (url: string) => `POST ${url}\nContent-Type: application/json\n\n${numberValue}\n`;
const collection = (url: unknown) =>
  JSON.stringify({
    info: { schema },
    item: [{ name: "x", request: { method: "POST", url, header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: numberValue } } }],
  });
const ruleIds = (messages: readonly LintMessage[]) => messages.map((m) => m.ruleId);
const fromHttp = (url: string) => lintHttpFile(http(url), "h.http").messages;
const fromPostman = (url: unknown) => lintPostmanCollection(collection(url), "c.postman_collection.json").messages;

describe("a host of variables then an OMS path word: the reading whose path is an endpoint's wins", () => {
  it.each([
    ["a written scheme, Custom Order Data", "https://{{env}}api/api/v2/order/1/customData", "value must be a string"],
    ["no scheme, Custom Order Data", "{{env}}api/api/v2/order/1/customData", "value must be a string"],
    ["a variable scheme, Custom Order Data", "{{scheme}}://{{env}}api/api/v2/order/1/customData", "value must be a string"],
    ["a written scheme, Create Order", "https://{{env}}order/api/v2/createOrder/", "the body lacks 12 required fields"],
    ["the path reading (76b1c4f4's case)", "{{scheme}}://{{base}}api/v2/createOrder/", "the body lacks 12 required fields"],
    ["the path reading, no /api/v2 written", "https://{{base}}order/1/customData", "value must be a string"],
  ])("%s: %s has its body checked, no unknown endpoint", (_, url, bodyFinding) => {
    for (const found of [fromHttp(url), fromPostman(url)]) {
      expect(ruleIds(found)).not.toContain("request/unknown-endpoint");
      expect(found.find((m) => m.ruleId === "schema")?.message).toContain(bodyFinding);
    }
  });

  it.each([
    ["the brief's url object", { protocol: "https", host: ["{{env}}api"], path: ["api", "v2", "createOrder", ""] }, "the body lacks 12 required fields"],
    ["no protocol", { host: ["{{env}}api"], path: ["api", "v2", "order", "1", "customData"] }, "value must be a string"],
    ["as Postman saves raw {{baseUrl}}api/v2/…", { protocol: "https", host: ["{{baseUrl}}api"], path: ["v2", "createOrder", ""] }, "the body lacks 12 required fields"],
  ])("a Postman url object, %s: the body is checked, no unknown endpoint", (_, url, bodyFinding) => {
    const found = fromPostman(url);
    expect(ruleIds(found)).not.toContain("request/unknown-endpoint");
    expect(found.find((m) => m.ruleId === "schema")?.message).toContain(bodyFinding);
  });

  it.each([
    ["https://{{env}}api/createOrder/", "api/createOrder/ is none of the OMS v2 endpoints"],
    ["https://{{env}}api/api/v2/nope/", "api/api/v2/nope/ is none of the OMS v2 endpoints"],
  ])("neither reading an endpoint's: %s is still read as a base URL and a path", (url, warning) => {
    const found = fromHttp(url);
    expect(ruleIds(found)).toEqual(["request/unknown-endpoint"]);
    expect(found[0]?.message).toContain(warning);
  });

  it("any OMS path word after the host's variables, before any endpoint's path: that endpoint", () => {
    const words = [...new Set(endpoints.flatMap((e) => e.path.split("/").filter((s) => s !== "" && !s.startsWith("{"))))];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...endpoints), fc.constantFrom("https://", "{{scheme}}://", ""), (word, endpoint, scheme) => {
        const path = endpoint.path.replace(/\{\w+\}/g, "7");
        expect(matchEndpoint(`${scheme}{{env}}${word}${path}`).endpoint?.id).toBe(endpoint.id);
      }),
    );
  });
});

/**
 * A base URL variable holds `/api/v2` or no path (docs/requests.md): `{{base}}/createOrder/` is
 * Create Order's call, and `{{base}}/v2/createOrder/` would need it to hold `…/api`, which the
 * rule does not read. A host that ends in written text holds no `/api/v2`, so reading
 * `https://{{base}}v2` as a host does not make it one either: all three forms are told alike.
 */
describe("a base URL variable holds /api/v2 or no path: a path after it that starts with v2 is no endpoint", () => {
  it.each(["https://{{base}}v2/createOrder/", "{{base}}/v2/createOrder/", "{{base}}v2/createOrder/", "https://{{base}}/v2/createOrder/"])("%s: the unknown endpoint, its nearest /api/v2/createOrder/", (url) => {
    for (const found of [fromHttp(url), fromPostman(url)]) {
      expect(ruleIds(found)).toEqual(["request/unknown-endpoint"]);
      expect(found[0]?.message).toContain("did you mean /api/v2/createOrder/?");
    }
  });

  it.each(["{{base}}/createOrder/", "https://{{base}}/createOrder/", "{{base}}createOrder/", "{{base}}/api/v2/createOrder/"])("%s: Create Order's call, its body checked", (url) => {
    expect(ruleIds(fromHttp(url))).not.toContain("request/unknown-endpoint");
    expect(ruleIds(fromHttp(url))).toContain("schema");
  });
});
