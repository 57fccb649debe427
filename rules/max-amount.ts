import { pointer } from "../src/json/jsonPointer.js";
import { describeJsonType } from "../src/json/jsonType.js";
import { defineRule } from "../src/engine/rule.js";
import { isUnlimitedMaxAmount } from "../src/domain/paymentTypes.js";

export const maxAmount = defineRule({
  meta: {
    id: "max-amount",
    description: "An order payment's maxAmount is null, -1 or a positive number.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage: "The maxAmount parameter can be set to null, -1, or a positive number.",
    },
    messages: {
      number:
        "maxAmount is {{value}}: it must be null or -1 (no maximum amount) or a positive number (the documents: null, -1, or a positive number)",
      notNumber:
        "maxAmount is {{type}}: it must be null or -1 (no maximum amount) or a positive number (the documents: null, -1, or a positive number)",
    },
    // A string is no number, whatever a variable in it fills to.
    sureOfAnyString: ["notNumber"],
  },
  visit: {
    payment(located, { report }) {
      const { payment } = located;
      const amount = payment.maxAmount;
      // The schema leaves maxAmount untyped on purpose, so this is the one message for it.
      if (isUnlimitedMaxAmount(amount) || (typeof amount === "number" && amount > 0)) return;
      const at = pointer(located.path, "maxAmount");
      if (typeof amount === "number") report({ path: at, messageId: "number", data: { value: String(amount) } });
      else report({ path: at, messageId: "notNumber", data: { type: describeJsonType(amount) } });
    },
  },
});
