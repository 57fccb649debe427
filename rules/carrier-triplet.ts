import { pointer } from "../src/json/jsonPointer.js";
import { asObject, field, isSet } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";

const overrideFields = ["carrier", "carrierType", "serviceType"] as const;

export const carrierTriplet = defineRule({
  meta: {
    id: "carrier-triplet",
    description: "The shipping carrier override needs carrier, carrierType and serviceType together, or none of them.",
    defaultSeverity: "error",
    kinds: ["createOrder", "importOrder"],
    source: {
      document: "Create Order (seeds/004), Shipping Method and Address",
      passage:
        "all three of these values must be used together in order to successfully submit the request. Providing only one or two values will result in a Bad Request error.",
    },
    messages: {
      missing:
        "shippingMethod sets {{present}} but not {{name}}: the carrier override needs carrier, carrierType and serviceType together, or none (the OMS answers Bad Request otherwise)",
    },
  },
  check({ value, report }) {
    const method = asObject(field(asObject(value), "shippingMethod"));
    if (!method) return;
    const present = overrideFields.filter((name) => isSet(method, name));
    if (present.length === 0 || present.length === overrideFields.length) return;
    for (const name of overrideFields) {
      if (!present.includes(name)) {
        report({ path: pointer("/shippingMethod", name), messageId: "missing", data: { name, present: present.join(" and ") } });
      }
    }
  },
});
