import { customDataValueType } from "../../rules/custom-data-value-type.js";
import { createOrder, importOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

ruleTester(customDataValueType, {
  valid: [
    { name: "the documents' example hashes", payload: createOrder() },
    { name: "the Historic Order Import example", kind: "importOrder", payload: importOrder() },
    { name: "\"true\" as a string, as the documents advise", payload: createOrder({ customOrderData: { finalSale: "true" } }) },
    { name: "a null hash", payload: createOrder({ customOrderData: null }) },
    { name: "a hash that is not an object is the schema's business", payload: createOrder({ customOrderData: "finalSale" }) },
  ],
  invalid: [
    {
      name: "a number, a boolean, null, an object and an array",
      payload: createOrder({ customOrderData: { count: 12, finalSale: true, none: null, nested: { a: "b" }, list: ["a"] } }),
      errors: [
        { path: "/customOrderData/count", messageId: "notString", messageIncludes: ['the value of customOrderData key "count" is a number'] },
        { path: "/customOrderData/finalSale", messageId: "notString", messageIncludes: ["a boolean"] },
        { path: "/customOrderData/none", messageId: "notString", messageIncludes: ["is null"] },
        { path: "/customOrderData/nested", messageId: "notString", messageIncludes: ["an object"] },
        { path: "/customOrderData/list", messageId: "notString", messageIncludes: ["an array"] },
      ],
    },
    {
      name: "an empty string, as the search response's image_url",
      payload: createOrder({ customOrderData: { image_url: "" } }),
      errors: [{ path: "/customOrderData/image_url", messageId: "empty" }],
    },
    {
      name: "in an item's customItemData and customData",
      payload: orderWithItems([orderItem({ itemSpecifics: { customItemData: { qty: 2 }, customData: { gift: "" } } })]),
      errors: [
        { path: "/orderItems/0/itemSpecifics/customItemData/qty", messageId: "notString" },
        { path: "/orderItems/0/itemSpecifics/customData/gift", messageId: "empty" },
      ],
    },
    {
      name: "in customerOrderDate, the Create Order table's name for the order's hash",
      payload: createOrder({ customerOrderDate: { count: 12, gift: "" } }),
      errors: [
        { path: "/customerOrderDate/count", messageId: "notString", messageIncludes: ['the value of customerOrderDate key "count" is a number'] },
        { path: "/customerOrderDate/gift", messageId: "empty" },
      ],
    },
    {
      name: "applies to imports too",
      kind: "importOrder",
      payload: importOrder({ customOrderData: { flag: false } }),
      // The message names both order APIs: it said "what Create Order does" on an import.
      errors: [{ path: "/customOrderData/flag", messageId: "notString", messageIncludes: ["what the order APIs (Create Order, Historic Order Import) do with other values is undocumented"] }],
    },
  ],
});
