import { describe, expect, it } from "vitest";
import { checkRequest, validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/** checkRequest "gives the same verdict" as validate(): a finding keeps its constraint, its fix and the parameter it names. */

const json = { "content-type": "application/json" };

describe("checkRequest's findings carry what validate()'s carry", () => {
  it("a structural finding of the body names its constraint", () => {
    const verdict = checkRequest({ method: "POST", url: "http://h/api/v2/createOrder/", headers: json, body: '{"currency":"x"}' }, { baseUrl: "http://h" });
    expect(verdict.diagnostics).toContainEqual(expect.objectContaining({ path: "/currency", constraint: "createOrder.json#/properties/currency/enum" }));
    expect(verdict.diagnostics).toContainEqual(expect.objectContaining({ path: "", messageId: "required", constraint: "order.json#/required" }));
  });

  it("every body finding is validate()'s, constraint and all", () => {
    const order = createOrder({ currency: "x", orderItems: [] });
    const verdict = checkRequest({ method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", headers: json, body: JSON.stringify(order) });
    const { diagnostics } = validate("createOrder", order);
    const fields = ({ ruleId, path, constraint, fix }: { ruleId: string; path: string; constraint?: string; fix?: unknown }) => ({ ruleId, path, constraint, fix });
    expect(verdict.diagnostics.map(fields)).toEqual(diagnostics.map(fields));
  });

  it("a fixable finding carries its fix, as validate()'s does; one that is only our reading its suggestion", () => {
    // Create Order: "best to treat it as read-only" (advised), a fix.
    const order = createOrder({ orderID: 5 });
    const verdict = checkRequest({ method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", headers: json, body: JSON.stringify(order) });
    const finding = verdict.diagnostics.find((d) => d.ruleId === "read-only-ids");
    expect(finding).toMatchObject({ path: "/orderID", evidence: "advised", fix: { path: "/orderID" } });
    expect(validate("createOrder", order).diagnostics.find((d) => d.ruleId === "read-only-ids")?.fix).toEqual(finding!.fix);
    // A custom data body: "assumed from the header" (inferred), a suggestion.
    const body = { orderID: 1, name: "Gift Note", value: "x" };
    const put = checkRequest({ method: "PUT", url: "https://integration.shopatron.com/api/v2/order/1/customData/2", headers: json, body: JSON.stringify(body) });
    const suggested = put.diagnostics.find((d) => d.ruleId === "read-only-ids");
    expect(suggested).toMatchObject({ path: "/orderID", evidence: "inferred", suggestion: { path: "/orderID", remove: true } });
    expect(suggested!.fix).toBeUndefined();
    expect(validate("orderCustomData", body).diagnostics.find((d) => d.ruleId === "read-only-ids")?.suggestion).toEqual(suggested!.suggestion);
  });

  it("a search finding names its parameter and its constraint, as validate() of the URL does", () => {
    const url = "https://integration.shopatron.com/api/v2/orderItem/?orderID=5&perPage=500";
    const verdict = checkRequest({ url });
    const search = verdict.diagnostics.filter((d) => d.ruleId === "schema");
    expect(search).toEqual([
      expect.objectContaining({ path: "", parameter: "perPage", constraint: "orderItemSearch.json#/definitions/perPage/anyOf/0/pattern", message: expect.stringMatching(/^search query: perPage must be an integer from 1 to 100/) }),
    ]);
    expect(validate("orderItemSearch", url).diagnostics).toEqual([expect.objectContaining({ path: "", parameter: "perPage", constraint: search[0]!.constraint })]);
  });
});
