import { pointer } from "../src/json/jsonPointer.js";
import { describeJsonType } from "../src/json/jsonType.js";
import { defineRule, type RuleContext } from "../src/engine/rule.js";
import { isAllowedMaxAmountText } from "../src/domain/paymentTypes.js";
import { maxAmountAsWritten } from "../src/source/numbersAsWritten.js";

export const maxAmount = defineRule({
  meta: {
    id: "max-amount",
    description: "An order payment's maxAmount is null, -1 or a positive number (a string is max-amount-string's warning).",
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
  },
  visit: {
    payment(located, context) {
      const amount = located.payment.maxAmount;
      // The schema leaves maxAmount untyped on purpose, so this is the one message for it; a string's
      // type is only the examples' (inferred), max-amount-string's warning, which also judges the number it spells.
      if (amount === undefined || amount === null || typeof amount === "string") return;
      const at = pointer(located.path, "maxAmount");
      if (typeof amount !== "number") context.report({ path: at, messageId: "notNumber", data: { type: describeJsonType(amount) } });
      else if (!(amount > 0)) reportOutOfRange(amount, at, context);
    },
  },
});

/**
 * A number not above 0 is judged, and quoted, as the file writes it where the text is at hand:
 * JSON.parse reads `1e-400` as 0 and `-1.0000000000000000001` as -1, neither of which the file
 * holds (audit). A library value has only its double.
 */
function reportOutOfRange(amount: number, at: string, context: RuleContext): void {
  const written = maxAmountAsWritten(context, at);
  const allowed = written === undefined ? amount === -1 : isAllowedMaxAmountText(written);
  if (!allowed) context.report({ path: at, messageId: "number", data: { value: written ?? String(amount) } });
}
