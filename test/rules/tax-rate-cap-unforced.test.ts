import { describe, expect, it } from "vitest";
import { taxRateCapUnforced } from "../../rules/tax-rate-cap-unforced.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder, orderItem, orderWithItems, type Json, type JsonObject } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const line = (actualPrice: Json, quantity: Json, itemTaxOverride: Json) => orderItem({ actualPrice, quantity, itemTaxOverride });
const overCap = [line(1, 1, 0.5)];
/** The order without its forceItemTaxOverride (its default, false). */
const withoutForce = (order: JsonObject) => {
  delete order.forceItemTaxOverride;
  return order;
};
const taxPath = "/orderItems/0/itemSpecifics/itemTaxOverride";
const reading = "whether the OMS then takes itemTaxOverride as the line's tax, or calculates the tax itself, it does not say";

ruleTester(taxRateCapUnforced, {
  valid: [
    { name: "the documents' example (forceItemTaxOverride true: tax-rate-cap's)", payload: createOrder() },
    { name: "over the cap with forceItemTaxOverride true is tax-rate-cap's stated error, not this", payload: orderWithItems(overCap, { forceItemTaxOverride: true }) },
    { name: "within the cap without forceItemTaxOverride", payload: orderWithItems([line(1, 5, 1)], { forceItemTaxOverride: false }) },
    { name: "SKIP_INTERNATIONAL_TAX bypasses the cap here too", payload: orderWithItems(overCap, { forceItemTaxOverride: false }), settings: { skipInternationalTax: true } },
  ],
  invalid: [
    {
      name: "forceItemTaxOverride false: a 50% line is a warning that says why",
      payload: orderWithItems(overCap, { forceItemTaxOverride: false }),
      errors: [{ path: taxPath, messageId: "lineRate", messageIncludes: ["50%", "forceItemTaxOverride is not true here", reading] }],
    },
    {
      name: "forceItemTaxOverride left out (its default)",
      payload: withoutForce(orderWithItems(overCap)),
      errors: [{ path: taxPath, messageId: "lineRate" }],
    },
    {
      name: "forceItemTaxOverride null",
      payload: orderWithItems(overCap, { forceItemTaxOverride: null }),
      errors: [{ path: taxPath, messageId: "lineRate" }],
    },
    {
      name: "the order total, as tax-rate-cap reads it",
      payload: orderWithItems([line(-5, 1, 0), line(10, 1, 2)], { forceItemTaxOverride: false }),
      errors: [{ path: "/orderItems", messageId: "orderRate", messageIncludes: ["40%", reading] }],
    },
  ],
});

describe("the tax cap, split by forceItemTaxOverride", () => {
  const at = (kind: "createOrder" | "importOrder", value: unknown) =>
    validate(kind, JSON.parse(JSON.stringify(value))).diagnostics.filter((d) => d.path === taxPath).map((d) => [d.ruleId, d.severity, d.evidence]);
  it("is tax-rate-cap's stated error only where forceItemTaxOverride is true", () => {
    expect(at("createOrder", orderWithItems(overCap, { forceItemTaxOverride: true }))).toEqual([["tax-rate-cap", "error", "stated"]]);
    expect(at("createOrder", orderWithItems(overCap, { forceItemTaxOverride: false }))).toEqual([["tax-rate-cap-unforced", "warning", "inferred"]]);
  });
  it("on an import, is create-order-only's warning either way", () => {
    for (const forceItemTaxOverride of [true, false]) {
      expect(at("importOrder", importOrder({ forceItemTaxOverride, orderItems: overCap }))).toEqual([["create-order-only", "warning", "inferred"]]);
    }
  });
});
