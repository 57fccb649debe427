import { pointer } from "../src/json/jsonPointer.js";
import { isGiftCardPaymentType, isUnlimitedMaxAmount, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";
import { readOnImport } from "../src/domain/importReading.js";
import { isMinusOneAsWritten } from "../src/source/numbersAsWritten.js";

export const giftCardMaxAmount = defineRule({
  meta: {
    id: "gift-card-max-amount",
    description: "A gift card payment's maxAmount should be the card's available balance, a positive number.",
    defaultSeverity: "warning",
    evidence: "advised",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "Use a positive value if there are multiple payment methods and some of them should be limited (such as $5 on giftcard1, $10 on giftcard2, and the rest on a credit card with no limit) or if the payment is a gift card (in which case, maxAmount should be the available balance).",
    },
    // Said of a gift card payment: a paymentType the client fills may be none.
    reads: { noBalance: paymentTypePlaces, missing: paymentTypePlaces },
    messages: {
      noBalance:
        "maxAmount is {{state}} on a {{paymentType}} gift card payment, which means no maximum amount: if the payment is a gift card, maxAmount should be the available balance (a positive number)",
      // "Both null and -1 specify that there is no maximum amount": of a missing maxAmount the documents say nothing.
      missing:
        "maxAmount is missing on a {{paymentType}} gift card payment: the documents say that null and -1 mean no maximum amount, not what a missing maxAmount means; if the payment is a gift card, maxAmount should be the available balance (a positive number)",
    },
  },
  visit: {
    payment(located, context) {
      const { payment, paymentType } = located;
      const amount = payment.maxAmount;
      // Zero, negatives and non-numbers are max-amount's errors; this rule only speaks of "no maximum".
      if (!isGiftCardPaymentType(paymentType) || !isUnlimitedMaxAmount(amount)) return;
      const at = pointer(located.path, "maxAmount");
      // A literal JSON.parse reads as -1 but that is none (-1.0000000000000000001): max-amount's error, and no "-1" to quote.
      if (amount === -1 && !isMinusOneAsWritten(context, at)) return;
      const { report } = context;
      if (amount === undefined) report({ path: at, messageId: "missing", data: { paymentType } });
      else report({ path: at, messageId: "noBalance", data: { state: amount === null ? "null" : "-1", paymentType } });
    },
  },
});
