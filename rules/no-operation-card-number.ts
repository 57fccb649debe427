import { pointer } from "../src/json/jsonPointer.js";
import { noOperationPaymentType, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { defineRule, everyMessageReads } from "../src/engine/rule.js";

export const noOperationCardNumber = defineRule({
  meta: {
    id: "no-operation-card-number",
    description: "A no-operation (NO) payment still carries a cardNumber, a bogus one if need be.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "If using a no-operation payment, note that the cardNumber field must still be populated even if the card is not actually exposed – in this case, the field can be set to a bogus number.",
    },
    messages: {
      missing:
        "a no-operation (NO) payment has no cardNumber: the cardNumber field must still be populated even if the card is not actually exposed (a bogus number will do, e.g. \"0000000000000123\")",
      empty:
        "a no-operation (NO) payment's cardNumber is empty: the cardNumber field must still be populated even if the card is not actually exposed (a bogus number will do, e.g. \"0000000000000123\")",
    },
    // Said of a no-operation payment: a paymentType the client fills may be another.
    reads: everyMessageReads(["missing", "empty"], paymentTypePlaces),
  },
  visit: {
    payment(located, { report }) {
      const { method, paymentType } = located;
      // Without a paymentMethod object there is nowhere to put the number; the schema says so.
      if (!method || paymentType !== noOperationPaymentType) return;
      // A value of another type is the schema's finding (a string or null), at the same place.
      // An empty field is not "populated"; one of spaces holds something, and whether the OMS
      // trims it the document does not say: no-operation-card-number-blank's warning.
      const cardNumber = method.cardNumber;
      if (cardNumber === undefined || cardNumber === null) report({ path: pointer(located.methodPath, "cardNumber"), messageId: "missing" });
      else if (cardNumber === "") report({ path: pointer(located.methodPath, "cardNumber"), messageId: "empty" });
    },
  },
});
