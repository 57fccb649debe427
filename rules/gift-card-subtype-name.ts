import { pointer } from "../src/json/jsonPointer.js";
import { genericGiftCardNames } from "../src/domain/giftCardSubtype.js";
import { readOnImport } from "../src/domain/importReading.js";
import { genericGiftCardPaymentType, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";
import { giftCardIssuer } from "./gift-card-issuer.js";

export const giftCardSubtypeName = defineRule({
  meta: {
    id: "gift-card-subtype-name",
    description:
      "A generic GC payment that names no cardIssuer and no `subtype` but holds a property the schemas do not know: the documents do not give the subtype field's name, so that property may be the subtype under the vendor schema's name (our reading, a warning).",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    // gift-card-issuer's passage: it asks for "a subtype or cardIssuer as shown in the schema", and that schema is not in the documents.
    source: giftCardIssuer.meta.source,
    // A key the client names may be cardIssuer or subtype, a paymentType it fills anything but GC.
    reads: { subtypeUnnamed: [...paymentTypePlaces, "/orderPayments/@/paymentMethod/cardIssuer", "/orderPayments/@/paymentMethod/subtype"] },
    messages: {
      subtypeUnnamed:
        "a generic gift card (GC) payment names no cardIssuer and no subtype under the name we know (subtype), but holds {{keys}}, which the documents do not name: they say \"GC Gift Card (generic type – specify a subtype or cardIssuer as shown in the schema)\" without giving the subtype field's name, so if {{keys}} is the subtype under the vendor schema's name this is no fault (our reading; else specify a cardIssuer such as CL, SV or VL, or a subtype)",
    },
  },
  visit: {
    payment(located, { kind, report }) {
      const { method, paymentType } = located;
      if (!method || paymentType !== genericGiftCardPaymentType) return;
      const { namesOne, unknownKeys } = genericGiftCardNames(method, kind, located.methodPath);
      // Naming one is no fault; naming neither with no other property is gift-card-issuer's stated error.
      if (namesOne || unknownKeys.length === 0) return;
      report({ path: pointer(located.methodPath, "cardIssuer"), messageId: "subtypeUnnamed", data: { keys: unknownKeys.map((key) => JSON.stringify(key)).join(", ") } });
    },
  },
});
