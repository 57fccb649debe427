import { pointer } from "../src/json/jsonPointer.js";
import { nullMaxAmountPaymentTypes, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";
import { readOnImport } from "../src/domain/importReading.js";
import { isMinusOneAsWritten } from "../src/source/numbersAsWritten.js";

export const maxAmountNullPreferred = defineRule({
  meta: {
    id: "max-amount-null-preferred",
    description: "For the payment types the documents name, no maximum amount is said with null, not -1.",
    defaultSeverity: "warning",
    evidence: "advised",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "Both null and -1 specify that there is no maximum amount; null should be used particularly for the payment types TK, LV, VO, CC, CS, NO, TD, PZ, PL, NG, and ST.",
    },
    messages: {
      preferNull:
        "maxAmount is -1 on a {{paymentType}} payment: null should be used particularly for the payment types TK, LV, VO, CC, CS, NO, TD, PZ, PL, NG and ST (both mean no maximum amount)",
    },
    // Said of the payment's type: one the client fills may be any.
    reads: { preferNull: paymentTypePlaces },
    // -1 and null mean the same (no maximum), so replacing one with the other keeps the order's meaning.
    fixable: true,
  },
  visit: {
    payment(located, context) {
      const { payment, paymentType } = located;
      if (payment.maxAmount !== -1 || paymentType === undefined || !nullMaxAmountPaymentTypes.has(paymentType)) return;
      const at = pointer(located.path, "maxAmount");
      // A literal JSON.parse reads as -1 but that is none (-1.0000000000000000001) is max-amount's error: null would change it.
      if (!isMinusOneAsWritten(context, at)) return;
      const { report } = context;
      // "Both null and -1 specify that there is no maximum amount; null should be used".
      report({ path: at, messageId: "preferNull", data: { paymentType }, fix: { path: at, value: null } });
    },
  },
});
