import { describe, expect, it } from "vitest";
import { carrierTripletBlank } from "../../rules/carrier-triplet-blank.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const shipping = (method: Record<string, string | null>) => createOrder({ shippingMethod: { shippingType: "standard", ...method } });
const undecided = "The document does not say how the OMS counts a blank value";

ruleTester(carrierTripletBlank, {
  valid: [
    { name: "the documents' example: no override", payload: createOrder() },
    { name: "a complete override", payload: shipping({ carrier: "UPS", carrierType: "DOMESTIC", serviceType: "GROUND" }) },
    { name: "all three blank: no override whichever way a blank counts", payload: shipping({ carrier: "", carrierType: "", serviceType: "" }) },
    { name: "incomplete whichever way the blank counts: carrier-triplet's stated error, not this", payload: shipping({ carrier: "UPS", carrierType: "" }) },
    { name: "a blank serviceType beside a shipType that completes the override", payload: shipping({ carrier: "UPS", carrierType: "DOMESTIC", serviceType: "", shipType: "EXPRESS_1_DAY" }) },
    { name: "a blank shipType alone starts no override (it is also the deliveryMethod configuration)", payload: shipping({ deliveryMethod: "SHIP_TO_HOME", shipType: "" }) },
    { name: "null is no value, as the documents send it", payload: shipping({ carrier: null }) },
  ],
  invalid: [
    {
      name: "carrier \"\" alone: an incomplete override if a blank counts, none if it does not",
      payload: shipping({ carrier: "" }),
      errors: [{ path: "/shippingMethod/carrier", messageId: "blankStarts", messageIncludes: ['shippingMethod.carrier is ""', "sets carrier but not carrierType nor a service type", undecided] }],
    },
    {
      name: "spaces are blank too",
      payload: shipping({ serviceType: "  " }),
      errors: [{ path: "/shippingMethod/serviceType", messageId: "blankStarts", messageIncludes: ['is "  "', "sets serviceType but not carrier nor carrierType"] }],
    },
    {
      name: "two values and a blank one: complete if a blank counts, two values (Bad Request) if not",
      payload: shipping({ carrier: "UPS", carrierType: "DOMESTIC", serviceType: "" }),
      errors: [{ path: "/shippingMethod/serviceType", messageId: "blankCompletes", messageIncludes: ["only carrier and carrierType", "Providing only one or two values", undecided] }],
    },
    {
      name: "on an import, with the note that it is Create Order's sentence",
      kind: "importOrder",
      payload: importOrder({ shippingMethod: { carrier: "" } }),
      errors: [{ path: "/shippingMethod/carrier", messageId: "blankStarts" }],
    },
  ],
});

describe("a blank carrier override field", () => {
  it("is never also carrier-triplet's (or create-order-fields') error: one cause, one finding", () => {
    for (const [kind, value] of [
      ["createOrder", shipping({ carrier: "" })],
      ["importOrder", importOrder({ shippingMethod: { carrier: "" } })],
    ] as const) {
      expect(validate(kind, value).diagnostics.filter((d) => d.path.startsWith("/shippingMethod")).map((d) => [d.ruleId, d.severity])).toEqual([["carrier-triplet-blank", "warning"]]);
    }
  });
});
