import { pointer } from "../src/json/jsonPointer.js";
import { readOnImport } from "../src/domain/importReading.js";
import { isBlank } from "../src/domain/payloadParts.js";
import { noOperationPaymentType, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";
import { noOperationCardNumber } from "./no-operation-card-number.js";

export const noOperationCardNumberBlank = defineRule({
  meta: {
    id: "no-operation-card-number-blank",
    description:
      "A no-operation (NO) payment whose cardNumber holds only spaces: the document says the field must be populated, not whether the OMS counts spaces as populated, so this is our reading.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    // The stated rule's passage: the two read one sentence, the stated error and our reading of "populated".
    source: noOperationCardNumber.meta.source,
    // Said of a no-operation payment: a paymentType the client fills may be another.
    reads: { spaces: paymentTypePlaces },
    messages: {
      spaces:
        "a no-operation (NO) payment's cardNumber holds only spaces: the field \"must still be populated\", and the document does not say whether the OMS counts spaces as populated or trims them to nothing (our reading: set it to a bogus number, e.g. \"0000000000000123\")",
    },
  },
  visit: {
    payment(located, { report }) {
      const { method, paymentType } = located;
      // An empty cardNumber ("") is not populated: no-operation-card-number's stated error.
      if (!method || paymentType !== noOperationPaymentType || method.cardNumber === "" || !isBlank(method.cardNumber)) return;
      report({ path: pointer(located.methodPath, "cardNumber"), messageId: "spaces" });
    },
  },
});
