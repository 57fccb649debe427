import { pointer } from "../src/json/jsonPointer.js";
import { floatNoiseReading, taxOver, type NoiseReading } from "../src/domain/floatNoise.js";
import { floatNoiseWords, overByWords } from "../src/domain/floatNoiseWords.js";
import { shippingPlaces } from "../src/domain/taxCapShipping.js";
import { aboutCompact, add, percentage } from "../src/domain/decimal.js";
import { capAmounts, forceFlagPlace, readAtBounds, lineAmounts, linesNamed, orderStringsNote, readsStrings, statedOverCap, taxedLinePlaces, taxedLinesGathered, type CapReading, type LineOverCap, type OrderOverCap, type TaxCapVerdict } from "../src/domain/taxCap.js";
import { OwnWords } from "../src/engine/messageTemplate.js";
import { ownField, ownsKey } from "../src/engine/ownField.js";
import { defineRule, everyMessageReads, type Report } from "../src/engine/rule.js";

/** The order total's words, one sentence in each of its messages: of all lines, or of the lines a total counts (leavingOut). */
const orderTaxOf = (lines: string) =>
  `the order's item tax {{tax}} (${lines} added together, as the document adds “all items’ tax values”; shippingTax is no item's tax value, so we leave it out)`;
const orderTax = orderTaxOf("all lines' itemTaxOverride");
const orderCap = "the overall order total must be no higher than 20% too (unless the catalog sets SKIP_INTERNATIONAL_TAX)";
/** Counted without the negative lines: the total differs from the whole order's, so the message says on which lines. */
const leavingOut = "counted on the lines of no negative price or quantity and leaving out orderItems {{lines}} (the documents give no line a negative price or quantity)";
/** A line's words, one sentence in each of its messages. */
const lineRate =
  "orderItems {{index}}: itemTaxOverride {{tax}} on a subtotal of {{subtotal}} (actualPrice {{price}} × quantity {{quantity}}) is a tax rate of {{rate}}; the tax rate must be no higher than 20% for every line item, or the order creation fails (unless the catalog sets SKIP_INTERNATIONAL_TAX)";
/**
 * Two lines each over 20% in one reading of their literals only (EitherReading): the line over as doubles, where
 * validate(JSON.parse(text)) reports its error, says the other too, and that some line is over whichever way the OMS reads them.
 */
const eitherReading =
  "orderItems {{index}}: itemTaxOverride {{tax}} on a subtotal of {{subtotal}} (actualPrice {{price}} × quantity {{quantity}}) is a tax rate of {{rate}} as JSON.parse reads these numbers (as doubles), within 20% as written; and orderItems {{otherIndex}}: itemTaxOverride {{otherTax}} on a subtotal of {{otherSubtotal}} (actualPrice {{otherPrice}} × quantity {{otherQuantity}}) is a tax rate of {{otherRate}} {{otherReading}}. The documents do not say whether the OMS reads a literal as a double or as written, but whichever way the OMS reads them, a line item's tax rate is over 20%, and the tax rate must be no higher than 20% for every line item, or the order creation fails (unless the catalog sets SKIP_INTERNATIONAL_TAX)";
/**
 * A rate over 20% only by the digits of a number computed in binary floating point (floatNoiseReading:
 * the tax, a price or a quantity): the document states the cap, not whether the OMS compares digits
 * past any currency's minor unit, so the words say that doubt as ours and what to do
 * (tax-rate-cap-float-noise's; the readings of strings and of the flag say it after their own).
 * `{{noiseCause}}` says what made a number read so and `{{noiseReading}}` which leeway brought it within 20%,
 * the one that applied (floatNoiseWords).
 */
const floatNoiseDoubt =
  "by {{noiseCause}}, and {{noiseReading}}. Whether the OMS compares those digits exactly, as doubles or after rounding to the currency, the documents do not say (our reading: it may refuse the order as over 20%)";

const lineFloatNoise = `. It is over {{overBy}}, ${floatNoiseDoubt}: round the price to the currency's minor unit, then the tax to it too, down, to keep it within 20%`;
const orderFloatNoise = `. It is over {{overBy}}, ${floatNoiseDoubt}: round each line's price to the currency's minor unit, then its tax to it too, down, to keep the total within 20%`;

/**
 * An order total over 20% past float noise on its item subtotal and on its widest base, every shipping amount added
 * (OrderOverCap.shipping): the document does not say which base "the overall order total" is, so the words give both.
 */
const evenCountingShipping =
  "and even counting every shipping amount the order carries (each line's shipping and shippingMethod's price, {{shipping}} in all) it is {{shippingRate}} of {{shippingBase}}: over 20% whichever of these the document means by the overall order total";
const orderRateWithShipping = `${orderTax} on its item subtotal {{subtotal}}{{fromStrings}} is a tax rate of {{rate}}, ${evenCountingShipping}; ${orderCap}`;
const orderRateLeavingOutWithShipping = `${orderTaxOf("the itemTaxOverride of the lines it counts")} on its item subtotal {{subtotal}}{{fromStrings}}, ${leavingOut}, is a tax rate of {{rate}}, ${evenCountingShipping}; ${orderCap}`;

/**
 * The cap's messages, with `reading` after the rate's sentence (empty here; how the numbers
 * were read, for tax-rate-cap-from-strings): the cap's rules say the document's cap in one wording.
 * An order total over 20% past float noise is one only where it is over with every shipping amount
 * counted too (linesAndTotal: until the audit of 2026-12-07 on its item subtotal alone; from then
 * until its review, never, and 100 on a free line beside 10 was only that line's warning).
 */
export function capMessages(reading: string) {
  return { lineRate: lineRate + reading, orderRate: orderRateWithShipping + reading, orderRateLeavingOutNegativeLines: orderRateLeavingOutWithShipping + reading, lineRateEitherReading: eitherReading + reading };
}

/** Whether a message's finding reads the order's shipping amounts too (its base: capMessages' orderRate). */
export const readsShipping = (messageId: string): boolean => messageId.startsWith("orderRate") && !messageId.includes("FloatNoise");

/** The same findings over 20% only by a floating-point number's digits (overByFloatNoise), their ids ending FloatNoise; an order total's too. */
export function floatNoiseMessages(reading: string) {
  const orderRate = `${orderTax} on its item subtotal {{subtotal}}{{fromStrings}} is a tax rate of {{rate}}; ${orderCap}${reading}`;
  const orderRateLeavingOut = `${orderTaxOf("the itemTaxOverride of the lines it counts")} on its item subtotal {{subtotal}}{{fromStrings}}, ${leavingOut}, is a tax rate of {{rate}}; ${orderCap}${reading}`;
  return {
    lineRateFloatNoise: capMessages(reading).lineRate + lineFloatNoise,
    orderRateFloatNoise: orderRate + orderFloatNoise,
    orderRateLeavingOutNegativeLinesFloatNoise: orderRateLeavingOut + orderFloatNoise,
  };
}

/** Both, for a rule whose findings may be either (tax-rate-cap-from-strings, tax-rate-cap-not-forced: warnings whatever the digits). */
export function capMessagesWithNoise(reading: string) {
  return { ...capMessages(reading), ...floatNoiseMessages(reading) };
}

/**
 * The places every cap finding reads: its line's price, quantity and tax (the order total's, every
 * line's), and forceItemTaxOverride, which makes the finding tax-rate-cap-not-forced's unless it is
 * true (or the string "true"). A variable there, bare or quoted, may fill to either (quoted, one
 * that can never be "true" is not true whatever it fills to): the cap's rules see it
 * (RuleContext.filledByClient) and tax-rate-cap-not-forced reports the finding that holds either
 * way, so no rule reads any string there alike (RuleMeta.readsAnyString).
 */
export const capPlaces: readonly string[] = [...taxedLinePlaces, forceFlagPlace];

/** What every cap finding of these messages reads (capPlaces). */
export function capReads(messages: Readonly<Record<string, string>>) {
  const reads: Record<string, readonly string[]> = everyMessageReads(Object.keys(messages), capPlaces);
  return Object.fromEntries(Object.entries(reads).map(([id, places]) => [id, readsShipping(id) ? [...places, ...shippingPlaces] : places]));
}

/** The ending of a finding's message id, for a rule whose messages say more of some findings (tax-rate-cap-not-forced's strings). */
type MessageVariant = (over: LineOverCap | OrderOverCap) => string;

/**
 * Reports the lines over the document's cap at their tax, and the order total at /orderItems, each
 * in its message of capMessages (with `variant`'s ending), its data with `said` (what a rule's
 * reading says of the order: tax-rate-cap-not-forced's flag as sent).
 */
export function reportOverCap(report: (found: Report) => void, verdict: TaxCapVerdict, variant: MessageVariant = () => "", said: Readonly<Record<string, string>> = {}): void {
  // A verdict holds its order total and its pair of readings only where it has them: read as its own, not destructured,
  // which a polluted Object.prototype answered (`either = "x"` made every example's cap rules internal errors).
  const [lines, order, either] = [verdict.lines, ownField(verdict, "order"), ownField(verdict, "either")];
  if (either !== undefined) {
    const other = Object.fromEntries(Object.entries(lineAmounts(either.asWritten)).map(([name, value]) => [`other${name[0]!.toUpperCase()}${name.slice(1)}`, value]));
    const read = readsStrings(either.asWritten) ? either.asWritten : either.onDoubles;
    const otherReading = new OwnWords(pairedReading(either.asWritten));
    report({ path: pointer(either.onDoubles.line.path, "itemSpecifics", "itemTaxOverride"), messageId: "lineRateEitherReading" + variant(read), data: { ...lineAmounts(either.onDoubles), ...other, otherReading, ...said } });
  }
  for (const found of lines) {
    const noise = floatNoiseReading(found);
    report({ path: pointer(found.line.path, "itemSpecifics", "itemTaxOverride"), messageId: (noise ? "lineRateFloatNoise" : "lineRate") + variant(found), data: { ...lineAmounts(found), ...noiseWords(found, noise), ...said } });
  }
  if (order === undefined) return;
  // A total of the document's rate past float noise is reported only over 20% with its shipping counted too (capMessages).
  const noise = floatNoiseReading(order);
  const shipping = ownField(order, "shipping");
  if (noise === undefined) {
    if (shipping === undefined) return;
    const shippingBase = add(order.subtotal, shipping);
    const data = { ...capAmounts(order), fromStrings: orderStringsNote(order), shipping: aboutCompact(shipping), shippingBase: aboutCompact(shippingBase), shippingRate: percentage(order.tax, shippingBase, 20), ...said };
    if (order.leftOut.length > 0) report({ path: "/orderItems", messageId: "orderRateLeavingOutNegativeLines" + variant(order), data: { ...data, lines: linesNamed(order.leftOut) } });
    else report({ path: "/orderItems", messageId: "orderRate" + variant(order), data });
    return;
  }
  // Counted without the negative lines, the total differs from the whole order's: the message says on which lines.
  const data = { ...capAmounts(order), fromStrings: orderStringsNote(order), ...noiseWords(order, noise), ...said };
  if (order.leftOut.length > 0) report({ path: "/orderItems", messageId: "orderRateLeavingOutNegativeLinesFloatNoise" + variant(order), data: { ...data, lines: linesNamed(order.leftOut) } });
  else report({ path: "/orderItems", messageId: "orderRateFloatNoise" + variant(order), data });
}

/**
 * The paired line's readings, as it read (its {{otherRate}} is of the numbers its finding quotes): over as written only,
 * or over in both, as doubles by no more than their float noise (the audit of d0e195c0: such a line was said to be
 * "within 20% as doubles").
 */
function pairedReading(found: LineOverCap): string {
  if (found.noise?.spelling === true) return "as written, within 20% as doubles";
  return "as doubles, over 20% by no more than their float noise there, and over 20% as written past it";
}

/** A float-noise message's {{noiseCause}} and {{noiseReading}}: what made a number read so, and the reading that applied. */
function noiseWords(over: LineOverCap | OrderOverCap, reading: NoiseReading | undefined): { noiseCause?: OwnWords; noiseReading?: OwnWords; overBy?: OwnWords } {
  if (reading === undefined || over.noise === undefined) return {};
  const { noiseCause, noiseReading } = floatNoiseWords(over.noise, reading, !ownsKey(over, "line"));
  // The tool's own sentences, said whole: as payload text they were cut at 160 characters, mid-word (the cents reading's 201).
  return { noiseCause: new OwnWords(noiseCause), noiseReading: new OwnWords(noiseReading), overBy: new OwnWords(overByWords(reading, taxOver(over), over.writtenOver, readAtBounds(over))) };
}

/** The stated cap's messages: a finding over only by a floating-point number's digits is tax-rate-cap-float-noise's. */
const statedMessages = capMessages("");

export const taxRateCap = defineRule({
  meta: {
    id: "tax-rate-cap",
    description:
      "On an order that sets forceItemTaxOverride true, a line's tax (itemTaxOverride) over its subtotal (actualPrice × quantity), and the order's item tax over its item subtotal (an order total over 20% only by a tax on a line of zero: over its item subtotal and over that with every shipping amount added, whichever base the document means), must not exceed 20% (unless SKIP_INTERNATIONAL_TAX).",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Items",
      passage:
        "Tax is generally calculated here at the line item-level, and then all items’ tax values are added together for the total order tax amount. For all currencies, the tax rate must be no higher than 20% for both individual line items and the overall order total. If even a single item has a rate greater than 20% then the order creation will fail with a validation error – even if the total order rate comes out to be under 20%. This is the default behavior for all currencies, but can be bypassed with a catalog configuration called “SKIP_INTERNATIONAL_TAX.”",
    },
    messages: statedMessages,
    reads: capReads(statedMessages),
  },
  visit: {
    ...taxedLinesGathered,
    end({ report }, gathered) {
      // Only what reads no string: a tax on a subtotal of zero or less, or an order total counting a line of a
      // negative price or quantity, is tax-rate-cap-no-subtotal's; a line or total read from strings, tax-rate-cap-from-strings';
      // any on an order that does not set forceItemTaxOverride true (false, null, left out, a string but "true"), tax-rate-cap-not-forced's;
      // one over only by a floating-point number's digits, tax-rate-cap-float-noise's.
      reportOverCap(report, statedOverCap(gathered, "stated"));
    },
  },
});

/**
 * A rule of tax-rate-cap's findings under one reading the documents do not give (numbers sent as
 * strings, digits of binary floating point): the cap's words with `messages`' ending, a warning
 * of our reading. tax-rate-cap-from-strings and tax-rate-cap-float-noise are each one.
 */
export function capReadingRule({ id, description, reading, messages }: { id: string; description: string; reading: CapReading; messages: Readonly<Record<string, string>> }) {
  return defineRule({
    meta: { id, description, defaultSeverity: "warning", evidence: "inferred", kinds: ["createOrder"], source: taxRateCap.meta.source, messages, reads: capReads(messages) },
    visit: {
      ...taxedLinesGathered,
      end({ report }, gathered) {
        reportOverCap(report, statedOverCap(gathered, reading));
      },
    },
  });
}
