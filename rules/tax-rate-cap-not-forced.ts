import { readsStrings, statedOverCap, taxedLinePlaces, taxedLinesGathered, type ForceFlag } from "../src/domain/taxCap.js";
import { defineRule } from "../src/engine/rule.js";
import { describeArgument, quotedText } from "../src/engine/argumentWords.js";
import { capMessagesWithNoise, capPlaces, readsShipping, reportOverCap, taxRateCap } from "./tax-rate-cap.js";
import { shippingPlaces } from "../src/domain/taxCapShipping.js";
import { stringsOurReading } from "./tax-rate-cap-from-strings.js";

/** The document's whole description of the flag, quoted in every message. */
const flagDescription = "“Whether to override the calculated item tax and force the orderItem -> itemSpecifics -> itemTaxOverride to be required”";

/**
 * The flag's doubt, after the cap's own words. The document describes forceItemTaxOverride and
 * no more, and gives it no default: without it true the OMS may calculate the item tax itself and
 * not apply itemTaxOverride, and then the order does not fail on it; or it may apply it still
 * (SPEC §4's reading of the field as the line's tax). It does not settle which (audits against
 * the seeds: for false, then for the flag left out or null, at d7d7efe9).
 */
const notTrueUnsettled =
  "without it true the OMS may calculate the item tax itself and not apply itemTaxOverride (then the order does not fail on it), or apply it still; the document does not settle which, so this is our reading";

const notForcedReading = `. But this order does not set forceItemTaxOverride true: it {{flag}}, and the document says of the flag only ${flagDescription}, and gives it no default: ${notTrueUnsettled}: set forceItemTaxOverride true if the OMS is to apply these taxes (then bring them within 20%), or leave the tax to the OMS`;

/**
 * What the order does with the flag, for the message to say (`{{flag}}`): a string quoted as
 * messages quote a payload's text (redacted, shortened), another value by its type.
 */
function flagAsSent(value: unknown): string {
  if (value === undefined) return "leaves forceItemTaxOverride out";
  if (value === null || value === false) return `sets forceItemTaxOverride ${String(value)}`;
  return `sets forceItemTaxOverride to ${typeof value === "string" ? `the string ${quotedText(value)}` : describeArgument(value)}`;
}

/**
 * A flag the client fills from a variable written bare may be true (tax-rate-cap's error, or
 * tax-rate-cap-from-strings' warning where a string was read) or not (this rule's doubt):
 * whatever it fills to, the line draws at least this warning, so it stands, and says both (audit
 * of daf6aa2: both findings were dropped).
 */
const flagFromClientReading = `. But the client fills forceItemTaxOverride from a variable, whose value oms-lint cannot know: filled true (or the string "true"), the cap above holds (as tax-rate-cap reads it); filled false, null or anything else, the document says of the flag only ${flagDescription}, and gives it no default: ${notTrueUnsettled}: bring these taxes within 20%, or fill forceItemTaxOverride false and leave the tax to the OMS`;

/**
 * A variable in quotes always sends a string (README: "Quotes always send a string"): one that
 * may be sent as "true" (`"{{force}}"`) holds the cap, any other string is this rule's doubt, and
 * the fix that leaves the tax to the OMS is false written as a boolean. A string that can never
 * be sent as "true" (`"x{{force}}"`) is read as any other string, in notForcedReading's words (the
 * ending FlagNeverTrue: its finding holds whatever the variable fills to, so it reads not the
 * flag); audit at b61b7b85, where both were told the bare variable's true, false or null.
 */
const flagQuotedReading = `. But the client fills forceItemTaxOverride from a variable in quotes, which always send a string, whose value oms-lint cannot know: filled "true", the cap above holds (as tax-rate-cap reads it); any other string, the document says of the flag only ${flagDescription}, and gives it no default: ${notTrueUnsettled}: bring these taxes within 20%, or send forceItemTaxOverride false (a boolean, unquoted) and leave the tax to the OMS`;

/**
 * The flag's readings, by the ending of their message ids, and the places their findings read:
 * a variable's finding holds whatever it fills to, so it reads the lines alone, not the flag
 * (RuleMeta.reads: a finding that read it would be dropped).
 */
const flagReadings = [
  { ending: "", reading: notForcedReading, places: capPlaces },
  { ending: "FlagFromClient", reading: flagFromClientReading, places: taxedLinePlaces },
  { ending: "FlagQuoted", reading: flagQuotedReading, places: taxedLinePlaces },
  { ending: "FlagNeverTrue", reading: notForcedReading, places: taxedLinePlaces },
] as const;

/** The ending of a finding's message id for what the flag says (ForceFlag: "true" draws none of this rule's). */
const flagEndings: Readonly<Record<ForceFlag, string>> = { true: "", notTrue: "", fromClient: "FlagFromClient", quoted: "FlagQuoted", neverTrue: "FlagNeverTrue" };

/** The cap's messages with each of the flag's doubts; a finding that also read a string says that doubt too, in tax-rate-cap-from-strings' words (the ending FromStrings). */
function notForcedMeta(): { messages: Record<string, string>; reads: Record<string, readonly string[]> } {
  const messages: Record<string, string> = {};
  const reads: Record<string, readonly string[]> = {};
  for (const { ending, reading, places } of flagReadings) {
    for (const [strings, words] of [["", ""], ["FromStrings", stringsOurReading]] as const) {
      for (const [id, message] of Object.entries(capMessagesWithNoise(reading + words))) {
        messages[id + ending + strings] = message;
        reads[id + ending + strings] = readsShipping(id) ? [...places, ...shippingPlaces] : places;
      }
    }
  }
  return { messages, reads };
}

const { messages, reads } = notForcedMeta();

export const taxRateCapNotForced = defineRule({
  meta: {
    id: "tax-rate-cap-not-forced",
    description:
      "tax-rate-cap's 20% cap on an order that does not set forceItemTaxOverride true (false, null, left out, or a string other than \"true\"), or (in a request file) whose client fills it from a variable: the document gives the flag no default and does not settle whether the OMS then applies itemTaxOverride or calculates the tax itself, so a line or order total over the cap there is our reading (a warning), whether its numbers came as numbers or as strings.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Items and Optional Parameters",
      passage: `${taxRateCap.meta.source.passage} … forceItemTaxOverride boolean Whether to override the calculated item tax and force the orderItem -> itemSpecifics -> itemTaxOverride to be required.`,
    },
    messages,
    reads,
  },
  visit: {
    ...taxedLinesGathered,
    end({ report }, gathered) {
      // Every finding of the document's rate on such an order, one finding for both doubts where a string was read too.
      const ending = flagEndings[gathered.gathered.flag];
      const { flag, flagValue } = gathered.gathered;
      const said: Record<string, string> = flag === "notTrue" || flag === "neverTrue" ? { flag: flagAsSent(flagValue) } : {};
      reportOverCap(report, statedOverCap(gathered, "notForced"), (over) => ending + (readsStrings(over) ? "FromStrings" : ""), said);
    },
  },
});
