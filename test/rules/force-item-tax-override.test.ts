import { forceItemTaxOverride } from "../../rules/force-item-tax-override.js";
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
    { name: "an item with no itemSpecifics object is the schema's one finding", payload: forced([{ product: { partNumber: "P1", availability: "Y" } }, { product: { partNumber: "P2", availability: "Y" }, itemSpecifics: [] }]) },
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
        // itemSpecifics is an array: the schema's finding alone (itemSpecifics must be an object).
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
