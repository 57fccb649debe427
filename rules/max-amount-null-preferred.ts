import { pointer } from "../src/json/jsonPointer.js";
import { nullMaxAmountPaymentTypes } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";
import { readOnImport } from "../src/domain/importReading.js";

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
    // -1 and null mean the same (no maximum), so replacing one with the other keeps the order's meaning.
    fixable: true,
  },
  visit: {
    payment(located, { report }) {
      const { payment, paymentType } = located;
      if (payment.maxAmount !== -1 || paymentType === undefined || !nullMaxAmountPaymentTypes.has(paymentType)) return;
      const at = pointer(located.path, "maxAmount");
      // "Both null and -1 specify that there is no maximum amount; null should be used".
      report({ path: at, messageId: "preferNull", data: { paymentType }, fix: { path: at, value: null } });
    },
  },
});
