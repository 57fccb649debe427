import { describe, expect, it } from "vitest";
import { createOrderOnly } from "../../rules/create-order-only.js";
import { validate } from "../../src/builtIn/linter.js";
import { importOrder, orderItem } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const items = (...availabilities: string[]) => availabilities.map((availability, i) => orderItem({ availability, partNumber: `Item${i}` }));

ruleTester(createOrderOnly, {
  valid: [
    { name: "the Historic Order Import example", kind: "importOrder", payload: importOrder() },
    { name: "an import of one availability class", kind: "importOrder", payload: importOrder({ orderItems: items("Y", "N", "L") }) },
  ],
  invalid: [
    {
      name: "the tax cap, as a warning that says why",
      kind: "importOrder",
      payload: importOrder({ orderItems: [orderItem({ actualPrice: 1, quantity: 1, itemTaxOverride: 0.21 })] }),
      errors: [
        {
          path: "/orderItems/0/itemSpecifics/itemTaxOverride",
          messageId: "tax-rate-cap/lineRate",
          messageIncludes: ["21%", "on a Historic Order Import this is our reading: the Create Order document states it, the import document does not"],
        },
      ],
    },
    // Found by the defect report: a line's numbers as numeric strings left it out of the cap, on an import too.
    {
      name: "the tax cap on a quantity sent as a string, as a warning that says what it read",
      kind: "importOrder",
      payload: importOrder({ orderItems: [orderItem({ actualPrice: 1, quantity: "5", itemTaxOverride: 5 })] }),
      errors: [{ path: "/orderItems/0/itemSpecifics/itemTaxOverride", messageId: "tax-rate-cap-from-strings/lineRate", messageIncludes: ['quantity "5" read as 5', "100%", "that the OMS reads a number sent as a string as the number it spells is our reading", "on a Historic Order Import this is our reading too"] }],
    },
    {
      name: "a preorder mix",
      kind: "importOrder",
      payload: importOrder({ orderItems: items("P", "Y") }),
      errors: [{ path: "/orderItems/0/product/availability", messageId: "preorder-mix/mixed", messageIncludes: ["an import loads existing orders: fulfilled, in fulfillment, or cancelled"] }],
    },
    {
      name: "an availability split",
      kind: "importOrder",
      payload: importOrder({ orderItems: items("Y", "D") }),
      errors: [{ path: "/orderItems/1/product/availability", messageId: "availability-split/discontinued" }],
    },
    {
      name: "ship-to-store items sent to a home",
      kind: "importOrder",
      payload: importOrder({ shippingMethod: { deliveryMethod: "SHIP_TO_HOME" }, orderItems: items("S") }),
      errors: [{ path: "/orderItems/0/product/availability", messageId: "ship-to-store-only/shipToHome" }],
    },
  ],
});

describe("the Create Order rules themselves", () => {
  it("stay errors on Create Order and are not run on an import", () => {
    const order = importOrder({ orderItems: items("P", "Y") });
    const imported = validate("importOrder", order).diagnostics.filter((d) => d.path === "/orderItems/0/product/availability");
    expect(imported.map((d) => [d.ruleId, d.severity])).toEqual([["create-order-only", "warning"]]);
    const created = validate("createOrder", { ...order, orderStatus: undefined }).diagnostics.filter((d) => d.path === "/orderItems/0/product/availability");
    expect(created.map((d) => [d.ruleId, d.severity])).toEqual([["preorder-mix", "error"]]);
  });
});

describe("its words hold at any configured severity", () => {
  it("raised to error, a finding still says only what the evidence is (never that it is a warning)", () => {
    const [finding] = validate("importOrder", importOrder({ orderItems: items("P", "Y") }), { rules: { "create-order-only": "error" } }).diagnostics.filter((d) => d.ruleId === "create-order-only");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain("this is our reading: the Create Order document states it");
    expect(finding?.message).not.toMatch(/warning/i);
  });
});
