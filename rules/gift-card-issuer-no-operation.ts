import { pointer } from "../src/json/jsonPointer.js";
import { asString } from "../src/domain/payloadParts.js";
import { inferredOnImport } from "../src/domain/importReading.js";
import { giftCardOnlyIssuers, noOperationPaymentType, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";

export const giftCardIssuerNoOperation = defineRule({
  meta: {
    id: "gift-card-issuer-no-operation",
    description:
      "A no-operation (NO) payment naming the gift card issuer CL, SV or VL: the documents' \"use GC as the gift card type\" chooses among gift card types, which NO is not, and they list SVS and generic gift cards as no-operation subtypes, so that the OMS refuses it is our reading (a warning).",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: inferredOnImport },
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "CL Clutch (use GC as the gift card type) … SV SVS (use GC as the gift card type) … VL ValueLink (use GC as the gift card type) … GC Gift Card All Currencies … SV SVS Gift Cards USD",
    },
    messages: {
      issuerOnNoOperation:
        "cardIssuer {{issuer}} on a no-operation (NO) payment: the documents' card issuer list says \"use GC as the gift card type\" beside {{issuer}}, which chooses among the gift card types, and NO is none of them; their no-operation subtypes include \"SV SVS Gift Cards\" and \"GC Gift Card\", and they do not say the OMS refuses a NO payment that names an issuer. That the issuer does not belong here is our reading: if the OMS is to charge the gift card, send it as paymentType GC; if this is a no-operation payment, it may stand (leave cardIssuer out if your tenant refuses it)",
    },
    // It stands at cardIssuer and judges the payment's type: a variable there may fill to GC, or to CC.
    reads: { issuerOnNoOperation: paymentTypePlaces },
  },
  visit: {
    payment(located, { report }) {
      const { method, paymentType } = located;
      if (!method || paymentType !== noOperationPaymentType) return;
      const issuer = asString(method.cardIssuer);
      if (issuer !== undefined && giftCardOnlyIssuers.has(issuer)) report({ path: pointer(located.methodPath, "cardIssuer"), messageId: "issuerOnNoOperation", data: { issuer } });
    },
  },
});
