import { asObject, isPresent } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";

/**
 * The prose names carrier, carrierType and shipType; the document's own override example sends
 * serviceType. Either completes the third place. shipType alone is not an override: it is
 * also the "deliveryMethod and shipType" configuration, so only carrier, carrierType or
 * serviceType start one.
 */
const serviceFields = ["serviceType", "shipType"] as const;

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
      const carrier = isPresent(method.carrier);
      const carrierType = isPresent(method.carrierType);
      const service = serviceFields.find((name) => isPresent(method[name]));
      if (!carrier && !carrierType && service !== "serviceType") return;
      const present = [carrier && "carrier", carrierType && "carrierType", service].filter((name): name is string => !!name).join(" and ");
      const missing = [!carrier && "carrier", !carrierType && "carrierType", !service && "serviceType"].filter((name): name is string => !!name);
      const [first] = missing;
      if (first === undefined) return;
      // One override left incomplete is one cause, however many of its fields are missing: one finding, at the first.
      if (missing.length === 2) {
        const named = missing.map((name) => (name === "serviceType" ? "a service type (serviceType or shipType)" : name)).join(" nor ");
        report({ path: `/shippingMethod/${first}`, messageId: "missingTwo", data: { present, missing: named } });
      } else if (first === "serviceType") report({ path: "/shippingMethod/serviceType", messageId: "missingService", data: { present } });
      else report({ path: `/shippingMethod/${first}`, messageId: "missing", data: { name: first, present } });
    },
  },
});
