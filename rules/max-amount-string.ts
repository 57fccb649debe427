import { pointer } from "../src/json/jsonPointer.js";
import { defineRule } from "../src/engine/rule.js";
import { readOnImport } from "../src/domain/importReading.js";
import { isAllowedMaxAmountText } from "../src/domain/paymentTypes.js";
import { spellsJsonNumber } from "../src/domain/numberInString.js";
import { maxAmount } from "./max-amount.js";

/**
 * Why a string is only our reading (SPEC §3: a type seen only in an example is inferred): seed 004
 * names maxAmount's values but gives it no type, and the examples send null (Create Order) and -1
 * (the import). A rule has one evidence level (src/engine/rule.ts), so a string is this rule's
 * warning and max-amount keeps its stated error for every other value (audit: `"25.00"` was an
 * error that blocked a sale the OMS may well take).
 */
const typeIsOurReading =
  "the documents name its values but give maxAmount no type, and their examples send null and -1, never a string: that the OMS refuses a string here is our reading";

/** The passage, quoted whole, for what the documents do allow. */
const allowed = `"${maxAmount.meta.source.passage}"`;

export const maxAmountString = defineRule({
  meta: {
    id: "max-amount-string",
    description:
      "An order payment's maxAmount sent as a string (\"25.00\"): the documents give no type and their examples send null and -1, so that a string is refused is our reading, a warning; it says whether the number the string spells is one the documents allow.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    source: maxAmount.meta.source,
    messages: {
      spellsAllowed: `maxAmount is the string "{{text}}": ${typeIsOurReading} (it may read the number the string spells). That number, {{text}}, is a number the documents allow (${allowed}): send it as a number`,
      spellsRefused: `maxAmount is the string "{{text}}": ${typeIsOurReading} (it may read the number the string spells). But read so, {{text}} is not null, -1 or a positive number either (${allowed})`,
      spellsNoNumber: `maxAmount is a string that spells no number as written: ${typeIsOurReading}, and a string that spells no number is not null, -1 or a positive number either (${allowed})`,
    },
    // A string holding a variable the client fills (`"{{amount}}"`, a request file) is sent as a string whatever it fills
    // to, and as written spells no number: the finding's first part holds, and says "as written" of the second.
    sureOfAnyString: ["spellsNoNumber"],
  },
  visit: {
    payment(located, { report }) {
      const amount = located.payment.maxAmount;
      if (typeof amount !== "string") return;
      const at = pointer(located.path, "maxAmount");
      // One finding says both things: the string's type (our reading) and, read as written, the number's range.
      if (!spellsJsonNumber(amount)) report({ path: at, messageId: "spellsNoNumber" });
      else report({ path: at, messageId: isAllowedMaxAmountText(amount) ? "spellsAllowed" : "spellsRefused", data: { text: amount } });
    },
  },
});
