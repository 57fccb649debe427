import { describe, expect, it } from "vitest";
import { readOnlyIds } from "../../rules/read-only-ids.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, edited, orderItem, orderPayment } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const customer = { customerID: null, firstName: "Test", lastName: "Customer", email: "testemail@kibotest.com" };
const body = { name: "Example Data", value: "This is sample custom data." };

ruleTester(readOnlyIds, {
  valid: [
    { name: "the documents' example: every ID null", payload: createOrder() },
    { name: "IDs left out", payload: createOrder({ customer: { firstName: "Test" }, orderItems: [{ product: { partNumber: "P1", name: "P" }, itemSpecifics: { actualPrice: 1, quantity: 1 } }] }) },
    { name: "the custom data POST body of the documents", kind: "orderCustomData", payload: body },
    { name: "the custom order item data body of the documents", kind: "orderItemCustomData", payload: body },
    {
      name: "IDs the documents never call read-only are the merchant's: productID (a real integration's string), orderItemID, addressID",
      payload: createOrder({
        orderItems: [orderItem({ product: { productID: "S2721950_C128" } }), { ...orderItem({ product: { productID: 7 } }), orderItemID: 3 }],
        shippingAddress: { addressID: 4, addressLine1: "123 Elm Ln." },
        orderPayments: [orderPayment({ billingAddress: { addressID: 5, addressLine1: "123 Elm Ln." } })],
      }),
    },
    { name: "manufacturerID and catalogID are not the URL's", kind: "orderCustomData", payload: { ...body, manufacturerID: 10101, catalogID: 4 } },
  ],
  invalid: [
    {
      name: "the three Create Order IDs the documents call read-only or ignored, in document order",
      payload: createOrder({
        orderID: 555555,
        customer: { ...customer, customerID: 1, customerCustomDataID: 2 },
      }),
      errors: [
        { path: "/customer/customerID", messageId: "setByOms" },
        { path: "/customer/customerCustomDataID", messageId: "setByOms" },
        // The documents' example puts orderID after customerIP.
        // "best to treat it as read-only": advised, never called ignored.
        { path: "/orderID", messageId: "readOnly", messageIncludes: ["orderID is set by the OMS when it creates the order", "advise"] },
      ],
      // Create Order: each becomes null ("instead of “null”, then it will be ignored").
      output: createOrder({ orderID: null, customer: { ...customer, customerID: null, customerCustomDataID: null } }),
    },
    {
      name: "a value of the wrong type is still a value the OMS ignores",
      payload: createOrder({ customer: { ...customer, customerID: "C-1" } }),
      errors: [{ path: "/customer/customerID", messageId: "setByOms" }],
      output: edited(createOrder({ customer: { ...customer, customerID: "C-1" } }), { "/customer/customerID": null }),
    },
    {
      name: "custom order data: the record ID and the order ID come from the URL",
      kind: "orderCustomData",
      payload: { orderCustomDataID: 111111, orderID: 1, ...body },
      errors: [
        { path: "/orderCustomDataID", messageId: "fromUrl", messageIncludes: ["orderCustomDataID is taken from the URL", "(our reading: the custom data documents say only that"] },
        { path: "/orderID", messageId: "fromUrl" },
      ],
      // Custom data bodies: that the IDs come from the URL is our reading (inferred), so their
      // removal is a suggestion, one at a time, never what --fix writes.
      output: null,
      suggestions: [{ orderID: 1, ...body }, { orderCustomDataID: 111111, ...body }],
    },
    {
      name: "custom order item data: the record, order and item IDs come from the URL",
      kind: "orderItemCustomData",
      payload: { ...body, orderItemCustomDataID: 999999, orderID: 12345, itemID: 1 },
      errors: [
        { path: "/orderItemCustomDataID", messageId: "fromUrl" },
        { path: "/orderID", messageId: "fromUrl" },
        { path: "/itemID", messageId: "fromUrl" },
      ],
      output: null,
      suggestions: [
        { ...body, orderID: 12345, itemID: 1 },
        { ...body, orderItemCustomDataID: 999999, itemID: 1 },
        { ...body, orderItemCustomDataID: 999999, orderID: 12345 },
      ],
    },
  ],
});

describe("read-only-ids' evidence, kind by kind", () => {
  it("on a custom data body it is our reading (inferred): the documents say the IDs are \"assumed from the header\", not \"should\" nor \"will be ignored\"; still a warning", () => {
    for (const [kind, payload] of [
      ["orderCustomData", { orderCustomDataID: 1, name: "a", value: "b" }],
      ["orderItemCustomData", { orderItemCustomDataID: 1, name: "a", value: "b" }],
    ] as const) {
      const [finding] = validate(kind, payload).diagnostics.filter((d) => d.ruleId === "read-only-ids");
      expect([finding?.severity, finding?.evidence], kind).toEqual(["warning", "inferred"]);
    }
  });

  it("on a Create Order it stays advised (\"best to treat it as read-only\", \"it will be ignored\")", () => {
    const found = validate("createOrder", createOrder({ orderID: 5 })).diagnostics.filter((d) => d.ruleId === "read-only-ids");
    expect(found.map((d) => [d.path, d.severity, d.evidence])).toEqual([["/orderID", "warning", "advised"]]);
  });
});
