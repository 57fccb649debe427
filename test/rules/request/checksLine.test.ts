import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRequest, rules, type RequestToCheck } from "../../../src/index.js";
import { repoRoot } from "../../support/cli.js";

// Found by the audit of the docs: every request rule's page said it checks "a request of a
// .http/.rest file or a Postman collection", and none named checkRequest or withPreSubmitCheck,
// where most of them fire too. Each page's Checks line must say where the rule fires.
const classic = "https://integration.shopatron.com/api/v2";
const translated = "https://12345-translation.mozu.com/api/v2";
const json = { "content-type": "application/json" };
const tenant = { "x-vol-tenant": "12345" };
const customData = '{"name":"a","value":"b"}';

/** Each rule that fires in a pre-submit check, and one request, as a service sends it, that trips it. */
const preSubmitTrips: Record<string, RequestToCheck> = {
  "request/body-not-allowed": { method: "GET", url: `${classic}/orderItem/?orderID=1`, headers: json, body: "{}" },
  "request/body-required": { method: "POST", url: `${classic}/createOrder/`, headers: json },
  "request/content-type": { method: "POST", url: `${classic}/createOrder/`, headers: { "content-type": "text/plain" }, body: "{}" },
  "request/method-not-allowed": { method: "DELETE", url: `${classic}/createOrder/` },
  "request/head-method": { method: "HEAD", url: `${classic}/orderItem/?orderID=1` },
  "request/missing-query-parameter": { method: "GET", url: `${classic}/orderItem/` },
  "request/missing-query-parameter-inferred": { method: "POST", url: `${translated}/orderItem/5/customData/`, headers: { ...json, ...tenant }, body: customData },
  "request/missing-tenant-header": { method: "PUT", url: `${translated}/orderItem/5/customData/7?orderID=1`, headers: json, body: customData },
  "request/missing-tenant-header-inferred": { method: "GET", url: `${translated}/orderItem/?orderID=1` },
  "request/path-parameter": { method: "GET", url: `${classic}/order/abc/customData/` },
  "request/record-id-missing": { method: "PUT", url: `${classic}/order/1/customData/`, headers: json, body: customData },
  "request/record-id-unexpected": { method: "POST", url: `${classic}/order/1/customData/5`, headers: json, body: customData },
  "request/repeated-query-parameter": { method: "GET", url: `${translated}/orderItem/5/customData/?orderID=1&orderID=2`, headers: tenant },
  "request/unknown-endpoint": { method: "GET", url: `${classic}/nothing/` },
};

/** The rules that need more than the one request a pre-submit check is given: another request of the file, or Postman's own URL form. */
const fileOnly = ["request/custom-data-name-changed", "request/custom-data-name-unmatched", "request/postman-raw-url-differs"];

const checksLine = (id: string) => /\*\*Checks:\*\* ([^·]+) ·/.exec(readFileSync(`${repoRoot}docs/rules/${id}.md`, "utf8"))?.[1];

describe("a request rule's docs page says where it fires", () => {
  it.each(Object.entries(preSubmitTrips))("%s fires in checkRequest, and its page names the pre-submit check", (id, request) => {
    expect(checkRequest(request).diagnostics.map((d) => d.ruleId)).toContain(id);
    expect(checksLine(id)).toMatch(/`\.http`\/`\.rest` file or a Postman collection, and a pre-submit check \(`checkRequest`, `withPreSubmitCheck`\)/);
  });

  it.each(fileOnly)("%s needs the file: its page says it is no pre-submit check's", (id) => {
    expect(checksLine(id)).toMatch(/not a pre-submit check/);
  });
});

it("every request rule is in one of the two lists (a new one must say where it fires)", () => {
  // body-unchecked's page names the pre-submit check already; what trips it there is in its own table.
  const listed = [...Object.keys(preSubmitTrips), ...fileOnly, "request/body-unchecked"].sort();
  expect(listed).toEqual(rules.filter((rule) => rule.meta.target === "request").map((rule) => rule.meta.id).sort());
});
