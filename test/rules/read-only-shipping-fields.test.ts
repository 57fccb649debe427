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
      // --fix emptied it to {} and printed nothing, and the result linted clean (review of the fix):
      // removing the fields is required, but done unasked it leaves no way to ship. Offered, not made.
      name: "a shippingMethod of nothing but read-only fields: each removal is a suggestion, and the message says why",
      payload: shipped({ name: "Ground", price: 5, description: "x" }),
      errors: (["name", "price", "description"] as const).map((name) => ({
        path: `/shippingMethod/${name}`,
        messageId: "readOnlyLeavesNothing",
        messageIncludes: [
          `shippingMethod.${name} is set`,
          "Attempting to manually set these fields will result in invalid input errors",
          "with name, price and description left out the shippingMethod is {}",
          "“The deliveryMethod and shipType parameters are sufficient when using that particular configuration option”",
          `--fix does not remove ${name}`,
        ],
      })),
      output: null,
      suggestions: [
        shipped({ price: 5, description: "x" }),
        shipped({ name: "Ground", description: "x" }),
        shipped({ name: "Ground", price: 5 }),
      ],
    },
    {
      name: "a read-only field beside null ones: the message says what the removal leaves, exactly",
      payload: shipped({ name: "Ground", price: null }),
      errors: [{ path: "/shippingMethod/name", messageId: "readOnlyLeavesNothing", messageIncludes: ['with name left out the shippingMethod is {"price":null}'] }],
      output: null,
      suggestions: [shipped({ price: null })],
    },
    {
      name: "deliveryMethod and shipType given as null say nothing of how to ship either",
      payload: shipped({ name: "Ground", deliveryMethod: null, shipType: null }),
      errors: [
        {
          path: "/shippingMethod/name",
          messageId: "readOnlyLeavesNothing",
          messageIncludes: ['with name left out the shippingMethod is {"deliveryMethod":null,"shipType":null}'],
        },
      ],
      output: null,
      suggestions: [shipped({ deliveryMethod: null, shipType: null })],
    },
    {
      name: "a null deliveryMethod beside a shipType: the shipType still says how to ship, so the fix is made",
      payload: shipped({ name: "Ground", deliveryMethod: null, shipType: "STANDARD" }),
      errors: [{ path: "/shippingMethod/name", messageId: "readOnly" }],
      output: shipped({ deliveryMethod: null, shipType: "STANDARD" }),
    },
  ],
});
