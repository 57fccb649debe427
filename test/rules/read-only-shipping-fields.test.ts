import { readOnlyShippingFields } from "../../rules/read-only-shipping-fields.js";
import { createOrder, edited, type JsonObject } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const shipped = (shippingMethod: JsonObject) => createOrder({ shippingMethod });

ruleTester(readOnlyShippingFields, {
  valid: [
    { name: "the documents' example", payload: createOrder() },
    { name: "deliveryMethod and shipType are sufficient", payload: shipped({ deliveryMethod: "SHIP_TO_HOME", shipType: "EXPRESS_1_DAY" }) },
    { name: "the read-only fields left null", payload: shipped({ deliveryMethod: "SHIP_TO_HOME", shipType: "STANDARD", name: null, price: null, description: null }) },
    { name: "a shippingMethod that is not an object", payload: createOrder({ shippingMethod: "standard" }) },
  ],
  invalid: [
    {
      name: "name, price and description set by the caller",
      payload: shipped({ name: "Ground", deliveryMethod: "SHIP_TO_HOME", shipType: "STANDARD", price: 0, description: "" }),
      errors: [
        {
          path: "/shippingMethod/name",
          messageId: "readOnly",
          messageIncludes: ["shippingMethod.name is set", "automatically populated by legacy OMS", "invalid input errors"],
        },
        { path: "/shippingMethod/price", messageId: "readOnly", messageIncludes: ["shippingMethod.price"] },
        { path: "/shippingMethod/description", messageId: "readOnly", messageIncludes: ["shippingMethod.description"] },
      ],
      // The fix leaves the read-only fields out: the OMS fills them in itself.
      output: shipped({ deliveryMethod: "SHIP_TO_HOME", shipType: "STANDARD" }),
    },
    {
      // The fix emptied it to {} and nothing said the order no longer says how to ship (split audit).
      name: "a shippingMethod of nothing but read-only fields: the message says the fix leaves it empty, and what to send",
      payload: shipped({ name: "Ground", price: 4.99, description: "Ground, 5 days" }),
      errors: (["name", "price", "description"] as const).map((name) => ({
        path: `/shippingMethod/${name}`,
        messageId: "readOnlyLeavesEmpty",
        messageIncludes: [
          `shippingMethod.${name} is set`,
          "invalid input errors",
          "shippingMethod holds nothing else: leaving these fields out leaves it empty ({}), and the order no longer says how to ship",
          "“The deliveryMethod and shipType parameters are sufficient when using that particular configuration option”: send those",
        ],
      })),
      output: shipped({}),
    },
    {
      name: "a read-only field beside only null ones: the fix leaves nothing that says how to ship either",
      payload: shipped({ name: "Ground", price: null }),
      errors: [{ path: "/shippingMethod/name", messageId: "readOnlyLeavesEmpty", messageIncludes: ["leaves it empty"] }],
      output: shipped({ price: null }),
    },
  ],
});
