import { describe, expect, it } from "vitest";
import { checkRequest, withPreSubmitCheck } from "../../src/index.js";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";

/**
 * A request about to be sent is read as it stands: `{{query}}`, `:id`, `{name}`, a bare
 * `{{v}}` in its body or one inside a body's string (`"{{currency}}"`, checked as that text) is text the OMS receives (an unfilled template), not a variable a client
 * fills, as it is in a .http file. Found by review: the pre-submit check sent a search with no
 * orderID (`?{{query}}`), a PUT to `…/customData/:id` and a body that is no JSON.
 */
const oms = "https://integration.shopatron.com";
const json = { "content-type": "application/json" };

describe("checkRequest and withPreSubmitCheck read placeholders as the text sent", () => {
  it.each([
    ["a search whose query is a template", { url: `${oms}/api/v2/orderItem/?{{query}}` }, "request/missing-query-parameter"],
    ["a search whose query is {parameters}", { url: `${oms}/api/v2/orderItem/?{parameters}` }, "request/missing-query-parameter"],
    ["an item custom data PUT whose query is a template", { method: "PUT", url: `${oms}/api/v2/orderItem/7/customData/9?{{q}}`, headers: json, body: '{"name": "a", "value": "b"}' }, "request/missing-query-parameter"],
    ["a search whose orderID is a template", { url: `${oms}/api/v2/orderItem/?orderID={{orderID}}` }, "schema"],
    ["a PUT to a record ID left as :id", { method: "PUT", url: `${oms}/api/v2/order/5/customData/:id`, headers: json, body: '{"name": "a", "value": "b"}' }, "request/path-parameter"],
    ["a body holding a bare {{v}}", { method: "POST", url: `${oms}/api/v2/order/5/customData/`, headers: json, body: '{"name": "a", "value": {{v}}}' }, "parse"],
    ["a body string holding {{currency}}", { method: "POST", url: `${oms}/api/v2/createOrder/`, headers: json, body: JSON.stringify(createOrder({ currency: "{{currency}}" })) }, "schema"],
  ])("%s: an error, and the call is not sent", async (_name, request, ruleId) => {
    const verdict = checkRequest(request);
    expect(verdict.valid).toBe(false);
    expect(verdict.diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId)).toEqual([ruleId]);
    let sent = false;
    const checked = withPreSubmitCheck(async (_input: string | URL | Request, _init?: RequestInit) => {
      sent = true;
      return new Response("{}");
    });
    const { url, ...init } = request as { url: string } & RequestInit;
    await expect(checked(url, init)).rejects.toThrow(/oms-lint/i);
    expect(sent).toBe(false);
  });

  it("the same placeholders in a .http file stay variables a client fills (no finding)", () => {
    const text = `GET ${oms}/api/v2/orderItem/?{{query}}\n\n###\nPUT ${oms}/api/v2/order/5/customData/{{id}}\nContent-Type: application/json\n\n{"name": "a", "value": {{v}}}\n`;
    expect(lintHttpFile(text, "calls.http").messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it("a placeholder-free request is unaffected, and the reading is restored after a check that throws", () => {
    expect(() => checkRequest({ url: 5 } as never)).toThrow(TypeError);
    expect(lintHttpFile(`GET ${oms}/api/v2/orderItem/?{{query}}\n`, "calls.http").messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(checkRequest({ url: `${oms}/api/v2/orderItem/?orderID=5` }).valid).toBe(true);
  });
});
