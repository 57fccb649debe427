import { pointer } from "../src/json/jsonPointer.js";
import { asString } from "../src/domain/payloadParts.js";
import { genericGiftCardNames } from "../src/domain/giftCardSubtype.js";
import { genericGiftCardPaymentType, giftCardOnlyIssuers, noOperationPaymentType, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";

export const giftCardIssuer = defineRule({
  meta: {
    id: "gift-card-issuer",
    description:
      "The card issuers CL, SV and VL go with the gift card type GC only, not with another gift card type or CC (on a no-operation payment: gift-card-issuer-no-operation, a warning), and a generic GC payment names a subtype or a cardIssuer (an error where it holds no property the schemas do not know, which could be the subtype under the vendor schema's name).",
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
    // Both stand at cardIssuer and judge the payment's type (and a GC's subtype): a variable there may fill to GC, or to none.
    reads: { issuerNeedsGc: paymentTypePlaces, genericGc: [...paymentTypePlaces, "/orderPayments/@/paymentMethod/subtype"] },
  },
  visit: {
    payment(located, { kind, report }) {
      const { method, paymentType } = located;
      // Without a payment type there is nothing to compare (schema/payment-type-present warns).
      if (!method || paymentType === undefined) return;
      const issuer = asString(method.cardIssuer);
      if (paymentType === genericGiftCardPaymentType) {
        // Only our name for the subtype field is missing where the method holds one the schemas
        // do not know: the documents do not give the field's name, so that is gift-card-subtype-name's warning.
        const { namesOne, unknownKeys } = genericGiftCardNames(method, kind, located.methodPath);
        if (!namesOne && unknownKeys.length === 0) report({ path: pointer(located.methodPath, "cardIssuer"), messageId: "genericGc" });
      } else if (issuer !== undefined && giftCardOnlyIssuers.has(issuer) && paymentType !== noOperationPaymentType) {
        // "(use GC as the gift card type)" chooses among gift card types; a no-operation payment is
        // none, and seed 004 lists SVS and generic gift cards among its subtypes: that the issuer is
        // wrong there is our reading, gift-card-issuer-no-operation's warning, not this error.
        report({ path: pointer(located.methodPath, "cardIssuer"), messageId: "issuerNeedsGc", data: { issuer, paymentType: JSON.stringify(paymentType) } });
      }
    },
  },
});
