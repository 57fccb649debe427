import { anyValue, carrierOverridePlaces, filledValue, firstBlankField, incompleteOverride, namedMissing } from "../src/domain/carrierOverride.js";
import { asObject } from "../src/domain/payloadParts.js";
import { readOnImport } from "../src/domain/importReading.js";
import { defineRule, everyMessageReads } from "../src/engine/rule.js";

export const carrierTripletBlank = defineRule({
  meta: {
    id: "carrier-triplet-blank",
    description:
      "A carrier override field holding a blank value (\"\", \"  \") where it decides whether the override is complete: the document does not say whether the OMS counts a blank value as given, so this is our reading.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    source: {
      document: "Create Order (seeds/004), Shipping Method and Address",
      passage:
        "include the optional parameters of carrier, carrierType, and shipType with the preferred information. If these values are not provided, then the order will be created with the default carrier. Additionally, all three of these values must be used together in order to successfully submit the request. Providing only one or two values will result in a Bad Request error.",
    },
    reads: everyMessageReads(["blankStarts", "blankCompletes"], carrierOverridePlaces),
    messages: {
      blankStarts:
        "shippingMethod.{{name}} is {{value}}: counted as a value, it starts a carrier override that sets {{present}} but not {{missing}}, which the OMS answers with Bad Request; counted as no value, there is no override and the default carrier is used. The document does not say how the OMS counts a blank value (our reading: leave {{name}} out, or null)",
      blankCompletes:
        "shippingMethod.{{name}} is {{value}}: counted as no value, the carrier override has only {{present}}, and \"Providing only one or two values will result in a Bad Request error\"; counted as a value, the override is complete with a blank {{name}}. The document does not say how the OMS counts a blank value (our reading: give {{name}} its value, or leave the override out)",
    },
  },
  visit: {
    payload({ value, report }) {
      const method = asObject(asObject(value)?.shippingMethod);
      if (!method) return;
      const name = firstBlankField(method);
      if (name === undefined) return;
      const counted = incompleteOverride(method, anyValue);
      const uncounted = incompleteOverride(method, filledValue);
      // Both readings incomplete is carrier-triplet's stated error; neither, no fault of the override.
      if (counted && !uncounted) {
        report({ path: `/shippingMethod/${name}`, messageId: "blankStarts", data: { name, value: JSON.stringify(method[name]), present: counted.present.join(" and "), missing: namedMissing(counted) } });
      } else if (uncounted && !counted) {
        report({ path: `/shippingMethod/${name}`, messageId: "blankCompletes", data: { name, value: JSON.stringify(method[name]), present: uncounted.present.join(" and ") } });
      }
    },
  },
});
