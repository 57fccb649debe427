import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readOnlyShippingFields } from "../../rules/read-only-shipping-fields.js";
import { createOrder, edited, type JsonObject } from "../support/payloads.js";
import { ruleDiagnostics, ruleTester } from "../support/ruleTester.js";

const shipped = (shippingMethod: JsonObject) => createOrder({ shippingMethod });

/** A shippingMethod whose price is set and whose other members (shown as `left`) say nothing of how to ship: the removal is a suggestion. */
function leftSayingNothing(method: JsonObject, left: string) {
  const { price: _price, ...rest } = method;
  return {
    name: `${JSON.stringify(method)}: with price left out nothing says how to ship, so the removal is a suggestion`,
    payload: shipped(method),
    errors: [
      {
        path: "/shippingMethod/price",
        messageId: "readOnlyLeavesNothing",
        messageIncludes: [`with price left out the shippingMethod is ${left}, which says nothing of how to ship`, "--fix does not remove price"],
      },
    ],
    output: null,
    suggestions: [shipped(rest)],
  };
}

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
    // --fix left {"shippingType":""} and printed nothing, and the result linted clean (review):
    // a blank member, or a key no shippingMethod has, says nothing of how to ship either.
    leftSayingNothing({ price: 5, shippingType: "" }, '{"shippingType":""}'),
    leftSayingNothing({ price: 5, shippingType: "  ", shippingClass: "" }, '{"shippingType":"  ","shippingClass":""}'),
    leftSayingNothing({ price: 5, deliveryMethod: "", shipType: "" }, '{"deliveryMethod":"","shipType":""}'),
    leftSayingNothing({ price: 5, Price: "x" }, '{"Price":"x"}'),
    // The third review: text that draws nothing, or a value that is not text at all, names no way to ship either.
    leftSayingNothing({ price: 5, shippingType: "\u200b" }, '{"shippingType":"<U+200B>"}'),
    leftSayingNothing({ price: 5, shippingType: "\u3164" }, '{"shippingType":"\u3164"}'),
    leftSayingNothing({ price: 5, shippingType: {} }, '{"shippingType":{…}}'),
    leftSayingNothing({ price: 5, shippingType: [] }, '{"shippingType":[…]}'),
    leftSayingNothing({ price: 5, shippingType: 0 }, '{"shippingType":0}'),
    {
      name: "a blank shippingType beside a shipType: the shipType still says how to ship, so the fix is made",
      payload: shipped({ price: 5, shippingType: "", shipType: "STANDARD" }),
      errors: [{ path: "/shippingMethod/price", messageId: "readOnly" }],
      output: shipped({ shippingType: "", shipType: "STANDARD" }),
    },
  ],
});

describe("read-only-shipping-fields, for any shippingType beside a price", () => {
  const fixed = (shippingType: string) =>
    ruleDiagnostics(readOnlyShippingFields, { payload: shipped({ price: 5, shippingType }) }).map((finding) => finding.fix !== undefined);

  it("makes the fix iff the shippingType is not blank", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0") })), (shippingType) => {
        expect(fixed(shippingType)).toEqual([shippingType.trim() !== ""]);
      }),
      { seed: 20261205, numRuns: 200 },
    );
  });
});
