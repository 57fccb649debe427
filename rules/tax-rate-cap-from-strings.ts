import { capMessagesWithNoise, capReadingRule } from "./tax-rate-cap.js";

/**
 * A finding that reads a number sent as a string: the documents show numbers there and say
 * nothing of a string. The OMS may read it as the number it spells (then the cap's words hold),
 * refuse it (the schema warns of its type), or ignore the field and compute the tax itself, and
 * then the order does not fail (found by review): so the whole reading is ours, a warning.
 * tax-rate-cap-no-subtotal says its string lines in these words too.
 */
export const stringsOurReading =
  ". But that the OMS reads a number sent as a string as the number it spells is our reading, which the documents do not give: it may read it so, refuse it (the schema warns of its type), or ignore the field and compute the tax itself, and then the order does not fail on it";

/** Over only by a floating-point number's digits, the message says that doubt too (a warning either way). */
const messages = capMessagesWithNoise(stringsOurReading);

// The lines, and an order total counting any line, read from strings: the rest is tax-rate-cap's or tax-rate-cap-no-subtotal's,
// and on an order that does not set forceItemTaxOverride true, tax-rate-cap-not-forced's (which says the strings' doubt too).
export const taxRateCapFromStrings = capReadingRule({
  id: "tax-rate-cap-from-strings",
  description:
    "tax-rate-cap's 20% cap on a line, or an order total, whose price, quantity or tax came as a numeric string (\"5\"), read as the number it spells: that the OMS reads it so is our reading (it may refuse the string, or ignore the field and compute the tax itself), so this is a warning.",
  reading: "fromStrings",
  messages,
});
