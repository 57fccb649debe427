import { readsStrings, statedOverCap, taxedLinesGathered } from "../src/domain/taxCap.js";
import { defineRule, everyMessageReads } from "../src/engine/rule.js";
import { capMessages, capPlaces, capReadsAnyString, reportOverCap, taxRateCap } from "./tax-rate-cap.js";
import { stringsOurReading } from "./tax-rate-cap-from-strings.js";

/**
 * The flag's doubt, after the cap's own words. The document describes forceItemTaxOverride and
 * no more: with it false the OMS may calculate the item tax itself and not apply
 * itemTaxOverride, and then the order does not fail on it; or it may apply it still (SPEC §4's
 * reading of the field as the line's tax). It does not settle which (audit against the seeds).
 */
const notForcedReading =
  ". But this order sets forceItemTaxOverride false, and the document says of the flag only “Whether to override the calculated item tax and force the orderItem -> itemSpecifics -> itemTaxOverride to be required”: with it false the OMS may calculate the item tax itself and not apply itemTaxOverride (then the order does not fail on it), or apply it still; the document does not settle which, so this is our reading: set forceItemTaxOverride true if the OMS is to apply these taxes (then bring them within 20%), or leave the tax to the OMS";

/** The cap's messages with the flag's doubt; a finding that also read a string says that doubt too, in tax-rate-cap-from-strings' words. */
function notForcedMessages(): Record<string, string> {
  const withStrings = Object.entries(capMessages(notForcedReading + stringsOurReading)).map(([id, message]) => [`${id}FromStrings`, message]);
  return { ...capMessages(notForcedReading), ...Object.fromEntries(withStrings) };
}

const messages = notForcedMessages();

export const taxRateCapNotForced = defineRule({
  meta: {
    id: "tax-rate-cap-not-forced",
    description:
      "tax-rate-cap's 20% cap on an order that says forceItemTaxOverride false outright: the document does not settle whether the OMS then applies itemTaxOverride or calculates the tax itself, so a line or order total over the cap there is our reading (a warning), whether its numbers came as numbers or as strings.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Items and Optional Parameters",
      passage: `${taxRateCap.meta.source.passage} … forceItemTaxOverride boolean Whether to override the calculated item tax and force the orderItem -> itemSpecifics -> itemTaxOverride to be required.`,
    },
    messages,
    reads: everyMessageReads(Object.keys(messages), capPlaces),
    readsAnyString: capReadsAnyString,
  },
  visit: {
    ...taxedLinesGathered,
    end({ report }, gathered) {
      // Every finding of the document's rate on such an order, one finding for both doubts where a string was read too.
      reportOverCap(report, statedOverCap(gathered, "notForced"), (over) => (readsStrings(over) ? "FromStrings" : ""));
    },
  },
});
