import { pointer } from "../src/json/jsonPointer.js";
import { asString, field, type JsonObject } from "../src/domain/payloadParts.js";
import { genericGiftCardPaymentType, giftCardOnlyIssuers } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";

/** Set to something: an empty string names nothing (a value of the wrong type is the schema's error). */
function names(method: JsonObject, key: string): boolean {
  const value = field(method, key);
  return value !== undefined && value !== null && value !== "";
}

/**
 * A cardIssuer that stands at all, null aside: "" or "XX" is no documented issuer, which is
 * the schema's one finding at this same pointer, so this rule does not add "names no issuer".
 */
function holdsIssuer(method: JsonObject): boolean {
  const value = field(method, "cardIssuer");
  return value !== undefined && value !== null;
}

export const giftCardIssuer = defineRule({
  meta: {
    id: "gift-card-issuer",
    description:
      "The card issuers CL, SV and VL go with the gift card type GC only, and a generic GC payment names a subtype or a cardIssuer.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "GC Gift Card (generic type – specify a subtype or cardIssuer as shown in the schema) … CL Clutch (use GC as the gift card type) … SV SVS (use GC as the gift card type) … VL ValueLink (use GC as the gift card type)",
    },
    messages: {
      issuerNeedsGc:
        "cardIssuer {{issuer}} is a gift card issuer: use GC as the gift card type, not {{paymentType}} (the documents: CL Clutch, SV SVS and VL ValueLink — use GC as the gift card type)",
      genericGc:
        "a generic gift card (GC) payment names neither a subtype nor a cardIssuer: GC is the generic type – specify a subtype or cardIssuer (e.g. cardIssuer CL, SV or VL)",
    },
  },
  visit: {
    payment(located, { report }) {
      const { method, paymentType } = located;
      // Without a payment type there is nothing to compare (schema/payment-type-present warns).
      if (!method || paymentType === undefined) return;
      const issuer = asString(method.cardIssuer);
      if (paymentType === genericGiftCardPaymentType) {
        if (!holdsIssuer(method) && !names(method, "subtype")) report({ path: pointer(located.methodPath, "cardIssuer"), messageId: "genericGc" });
      } else if (issuer !== undefined && giftCardOnlyIssuers.has(issuer)) {
        report({ path: pointer(located.methodPath, "cardIssuer"), messageId: "issuerNeedsGc", data: { issuer, paymentType: JSON.stringify(paymentType) } });
      }
    },
  },
});
