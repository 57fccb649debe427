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
  ],
});
