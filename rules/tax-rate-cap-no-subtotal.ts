import { ownField } from "../src/engine/ownField.js";
import { compare, zero } from "../src/domain/decimal.js";
import { pointer } from "../src/json/jsonPointer.js";
import { capAmounts, hasSubtotal, type BaseInDoubt, isStatedOrderTotal, lineAmounts, linesNamed, orderStringsNote, taxCapVerdict, taxedLinePlaces, taxedLinesGathered } from "../src/domain/taxCap.js";
import { defineRule } from "../src/engine/rule.js";
import { shippingPlaces } from "../src/domain/taxCapShipping.js";
import { aboutCompact, add, percentage } from "../src/domain/decimal.js";
import { taxRateCap } from "./tax-rate-cap.js";
import { stringsOurReading } from "./tax-rate-cap-from-strings.js";

/** A line's, or an order's, numbers that came as strings: read as what they spell, our reading, in tax-rate-cap-from-strings' words (review). */
const fromStrings = stringsOurReading;

const ours =
  "; a rate on a subtotal of zero or less is no number, and the document does not say such an order fails: our reading is that any tax there is above the cap (unless the catalog sets SKIP_INTERNATIONAL_TAX)";
const lineNoSubtotal = "orderItems {{index}}: itemTaxOverride {{tax}} on a subtotal of {{subtotal}} (actualPrice {{price}} × quantity {{quantity}})" + ours;
const lineNegativeFactors =
  "orderItems {{index}}: itemTaxOverride {{tax}} on actualPrice {{price}} × quantity {{quantity}}, both below zero: their product {{subtotal}} is above zero, but a rate on it ({{rate}}) is our arithmetic, as the documents give no line a negative price or quantity; our reading is that it is above the cap (unless the catalog sets SKIP_INTERNATIONAL_TAX)";

const orderNegativeLines =
  "the order's item tax {{tax}} (all lines' itemTaxOverride added together, as the document adds “all items’ tax values”; shippingTax is no item's tax value, so we leave it out) on its item subtotal {{subtotal}}{{fromStrings}} is a tax rate of {{rate}}, but that subtotal counts orderItems {{lines}}, of a price or quantity below zero: the documents give no line a negative price or quantity, so the order total's rate is our arithmetic; our reading is that it is above the cap (unless the catalog sets SKIP_INTERNATIONAL_TAX)";
const orderNoSubtotal = "the order's item tax {{tax}} (all lines' itemTaxOverride added together, as the document adds “all items’ tax values”; shippingTax is no item's tax value, so we leave it out) is on an item subtotal of {{subtotal}}{{fromStrings}}" + ours;

/**
 * A zero line's tax that lifts the order total over 20% of its item subtotal, where every shipping amount the order
 * carries added to that base brings it within 20% (or may: an amount the cap does not read exactly). Seed 004 caps "the
 * overall order total" without saying what its base is, so the words say both bases (the review of ec7b54bc).
 */
const overOnItems = ". The order's item tax {{orderTax}} on its item subtotal {{orderSubtotal}} is a tax rate of {{orderRate}}, over 20% only through such taxes";
const baseUnsaid = "the document caps “the overall order total” without saying whether its base counts shipping";
const lineWithinWithShipping = `${lineNoSubtotal}${overOnItems}, but within 20% once every shipping amount the order carries counts (each line's shipping and shippingMethod's price, {{shipping}} in all: {{shippingRate}} of {{shippingBase}}); ${baseUnsaid}`;
const lineShippingUnread = `${lineNoSubtotal}${overOnItems}; the order carries a shipping amount the cap does not read exactly (a string, a variable the client fills, or a number not in whole cents), which counted may bring it within 20%, and ${baseUnsaid}`;

const messages = {
  lineNoSubtotal,
  lineNoSubtotalFromStrings: lineNoSubtotal + fromStrings,
  lineNoSubtotalWithinWithShipping: lineWithinWithShipping,
  lineNoSubtotalWithinWithShippingFromStrings: lineWithinWithShipping + fromStrings,
  lineNoSubtotalShippingUnread: lineShippingUnread,
  lineNoSubtotalShippingUnreadFromStrings: lineShippingUnread + fromStrings,
  lineNegativeFactors,
  lineNegativeFactorsFromStrings: lineNegativeFactors + fromStrings,
  orderNegativeLines,
  orderNegativeLinesFromStrings: orderNegativeLines + fromStrings,
  orderNoSubtotal,
  orderNoSubtotalFromStrings: orderNoSubtotal + fromStrings,
};

export const taxRateCapNoSubtotal = defineRule({
  meta: {
    id: "tax-rate-cap-no-subtotal",
    description:
      "A tax (itemTaxOverride) on a line, or an order's item tax, whose subtotal is zero or less (or a line of a negative price and a negative quantity), or an order's item tax over 20% of a subtotal that counts a line of a negative price or quantity: its rate is no number the document speaks of, and the document's 20% cap does not say whether the OMS refuses it, so this is our reading (a warning).",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder"],
    source: taxRateCap.meta.source,
    messages,
    // Where a shipping amount is unread (a variable the client fills among them), the finding holds whatever it fills to.
    reads: Object.fromEntries(Object.keys(messages).map((id) => [id, id.includes("WithinWithShipping") ? [...taxedLinePlaces, ...shippingPlaces] : taxedLinePlaces])),
  },
  visit: {
    ...taxedLinesGathered,
    end({ report }, gathered) {
      const verdict = taxCapVerdict(gathered);
      const [base, baseData] = baseWords(ownField(verdict, "baseInDoubt"));
      for (const found of verdict.lines.filter((over) => !hasSubtotal(over))) {
        const [strings, negativeFactors] = [found.line.strings !== undefined ? "FromStrings" : "", compare(found.subtotal, zero) > 0];
        const messageId = (negativeFactors ? "lineNegativeFactors" : "lineNoSubtotal" + base) + strings;
        report({ path: pointer(found.line.path, "itemSpecifics", "itemTaxOverride"), messageId, data: { ...lineAmounts(found), ...baseData } });
      }
      const order = ownField(verdict, "order");
      if (order === undefined || isStatedOrderTotal(order)) return;
      const data = { ...capAmounts(order), fromStrings: orderStringsNote(order) };
      const strings = order.readFromStrings.length > 0;
      if (!hasSubtotal(order)) report({ path: "/orderItems", messageId: strings ? "orderNoSubtotalFromStrings" : "orderNoSubtotal", data });
      else report({ path: "/orderItems", messageId: strings ? "orderNegativeLinesFromStrings" : "orderNegativeLines", data: { ...data, lines: linesNamed(order.negativeLines) } });
    },
  },
});

/** A zero line's message ending and its order words where the order total's base is in doubt (TaxCapVerdict.baseInDoubt). */
function baseWords(doubt: BaseInDoubt | undefined): [string, Record<string, string>] {
  if (doubt === undefined) return ["", {}];
  const { tax, subtotal, rate } = capAmounts(doubt.order);
  const orderWords = { orderTax: tax, orderSubtotal: subtotal, orderRate: rate };
  if (doubt.shipping === undefined) return ["ShippingUnread", orderWords];
  const shippingBase = add(doubt.order.subtotal, doubt.shipping);
  return ["WithinWithShipping", { ...orderWords, shipping: aboutCompact(doubt.shipping), shippingBase: aboutCompact(shippingBase), shippingRate: percentage(doubt.order.tax, shippingBase) }];
}
