import { describe, expect, it } from "vitest";
import { forceItemTaxOverride } from "../../rules/force-item-tax-override.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const forced = (items: JsonObject[]) => orderWithItems(items, { forceItemTaxOverride: true });
const withoutTax = () => {
  const item = orderItem();
  delete (item.itemSpecifics as JsonObject).itemTaxOverride;
  return item;
};

ruleTester(forceItemTaxOverride, {
  valid: [
    { name: "the documents' example: forced, and every item carries itemTaxOverride", payload: createOrder() },
    { name: "the Historic Order Import example", kind: "importOrder", payload: importOrder() },
    { name: "a tax of 0 is a tax", payload: forced([orderItem({ itemTaxOverride: 0 })]) },
    { name: "not forced: the OMS calculates the tax", payload: orderWithItems([orderItem(), withoutTax()]) },
    { name: "forceItemTaxOverride left out", payload: createOrder({ forceItemTaxOverride: null, orderItems: [orderItem()] }) },
    { name: "forceItemTaxOverride \"true\" (a string) is the schema's business", payload: orderWithItems([orderItem()], { forceItemTaxOverride: "true" }) },
    { name: "not forced, an item with no itemSpecifics: the OMS calculates the tax", payload: orderWithItems([{ product: { partNumber: "P1", availability: "Y" } }]) },
  ],
  invalid: [
    {
      name: "forced: items with a null, a missing, a string and a misplaced tax",
      payload: forced([
        orderItem({ itemTaxOverride: 1 }),
        orderItem(),
        withoutTax(),
        orderItem({ itemTaxOverride: "1" }),
        { product: { partNumber: "P5", availability: "Y" }, itemSpecifics: [{ itemTaxOverride: 1 }] },
      ]),
      errors: [
        { path: "/orderItems/1/itemSpecifics/itemTaxOverride", messageId: "missing", messageIncludes: ["orderItems 1 has null"] },
        { path: "/orderItems/2/itemSpecifics/itemTaxOverride", messageId: "missing", messageIncludes: ["orderItems 2 has none"] },
        // orderItems 3's string "1" is the schema's one finding (a number or null), not this rule's too.
        { path: "/orderItems/4/itemSpecifics", messageId: "noSpecifics", messageIncludes: ["orderItems 4 has itemSpecifics of type array"] },
      ],
    },
    {
      name: "forced: items with no itemSpecifics, or null: the tax the flag requires has no place (both documents: \"force … itemTaxOverride to be required\")",
      payload: forced([{ product: { partNumber: "P1", availability: "Y" } }, { product: { partNumber: "P2", availability: "Y" }, itemSpecifics: null }]),
      errors: [
        { path: "/orderItems/0/itemSpecifics", messageId: "noSpecifics", messageIncludes: ["orderItems 0 has no itemSpecifics", "itemTaxOverride required"] },
        { path: "/orderItems/1/itemSpecifics", messageId: "noSpecifics", messageIncludes: ["orderItems 1 has itemSpecifics null"] },
      ],
    },
    {
      name: "applies to imports too",
      kind: "importOrder",
      payload: importOrder({ orderItems: [orderItem()] }),
      errors: [{ path: "/orderItems/0/itemSpecifics/itemTaxOverride", messageId: "missing" }],
    },
  ],
});

describe("force-item-tax-override, as validate() gives it", () => {
  /** The documents' example (forceItemTaxOverride true) with orderItems 0's itemSpecifics set to `specifics` (undefined: left out). */
  const withSpecifics = (specifics: unknown) => {
    const order = createOrder();
    const item = (order.orderItems as JsonObject[])[0]!;
    if (specifics === undefined) delete item.itemSpecifics;
    else item.itemSpecifics = specifics as JsonObject;
    return order;
  };
  it.each([
    ["left out", undefined],
    ["null", null],
    ["an array", [{ itemTaxOverride: 1 }]],
  ])("forced, itemSpecifics %s: the payload is not valid, and the one finding there is the stated error", (_name, specifics) => {
    const result = validate("createOrder", withSpecifics(specifics));
    expect(result.valid).toBe(false);
    const found = result.diagnostics.filter((d) => d.path === "/orderItems/0/itemSpecifics");
    expect(found.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["force-item-tax-override", "error", "stated"]]);
  });

  it("not forced, itemSpecifics left out: the schema's reading stays, a warning", () => {
    const order = withSpecifics(undefined);
    order.forceItemTaxOverride = false;
    const found = validate("createOrder", order).diagnostics.filter((d) => d.path === "/orderItems/0/itemSpecifics");
    expect(found.map((d) => [d.ruleId, d.severity])).toEqual([["schema/line-item-crucial", "warning"]]);
  });
});
