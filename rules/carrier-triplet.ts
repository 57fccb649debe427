import { anyValue, carrierOverridePlaces, filledValue, incompleteOverride, namedMissing } from "../src/domain/carrierOverride.js";
import { asObject } from "../src/domain/payloadParts.js";
import { defineRule, everyMessageReads } from "../src/engine/rule.js";

export const carrierTriplet = defineRule({
  meta: {
    id: "carrier-triplet",
    description:
      "The shipping carrier override needs carrier, carrierType and a service type (serviceType, or shipType as the prose names it) together, or none of them.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Shipping Method and Address",
      passage:
        "all three of these values must be used together in order to successfully submit the request. Providing only one or two values will result in a Bad Request error.",
    },
    // Whether the override is complete, and what the message names set, reads all four fields.
    reads: everyMessageReads(["missing", "missingService", "missingTwo"], carrierOverridePlaces),
    // Two fields missing: one key the client names in the shippingMethod can be one of them, not both.
    fieldsMissing: { missingTwo: 2 },
    messages: {
      missing:
        "shippingMethod sets {{present}} but not {{name}}: the carrier override needs carrier, carrierType and a service type (serviceType or shipType) together, or none (the OMS answers Bad Request otherwise)",
      missingService:
        "shippingMethod sets {{present}} but neither serviceType nor shipType: the carrier override needs carrier, carrierType and a service type together, or none (the OMS answers Bad Request otherwise; the prose names it shipType, the document's example sends serviceType)",
      missingTwo:
        "shippingMethod sets {{present}} but not {{missing}}: the carrier override needs carrier, carrierType and a service type (serviceType or shipType) together, or none (the OMS answers Bad Request otherwise)",
    },
  },
  visit: {
    payload({ value, report }) {
      const method = asObject(asObject(value)?.shippingMethod);
      if (!method) return;
      // Stated only where it holds however a blank value ("", "  ") is counted: incomplete
      // counting it as given and counting it as not. Where the two differ, it is
      // carrier-triplet-blank's warning. The message counts a blank value as not given.
      if (!incompleteOverride(method, anyValue)) return;
      const override = incompleteOverride(method, filledValue);
      if (!override) return;
      const present = override.present.join(" and ");
      const [first] = override.missing;
      if (first === undefined) return;
      // One override left incomplete is one cause, however many of its fields are missing: one finding, at the first.
      if (override.missing.length === 2) {
        report({ path: `/shippingMethod/${first}`, messageId: "missingTwo", data: { present, missing: namedMissing(override) } });
      } else if (first === "serviceType") report({ path: "/shippingMethod/serviceType", messageId: "missingService", data: { present } });
      else report({ path: `/shippingMethod/${first}`, messageId: "missing", data: { name: first, present } });
    },
  },
});
