import { add, compare, formatDecimal, multiply, toDecimal, zero, type Decimal } from "../domain/decimal.js";
import { asNumber, asObject } from "../domain/payloadParts.js";
import { pointer } from "../json/jsonPointer.js";
import { andList } from "../engine/andList.js";
import { lineCharges } from "./unsplittableAmount.js";
import { itemRuns } from "./itemRuns.js";

/** A child, as its items and what it would owe before promotions and discounts. */
export interface ChildOwed {
  readonly itemIndexes: readonly number[];
  readonly owed: Decimal;
}

/** An amount that takes a child below nothing: where it is, and how a message names it. */
interface NegativeAmount {
  readonly path: string;
  readonly words: string;
}

/**
 * Why no honest split exists where a child would owe less than nothing before its promotions and
 * discounts (a trade-in line at -10 beside a preorder of 10), or undefined where none would: each
 * child is an order of its own and owes 0 at least (its payments authorise no less), so its credit
 * cannot be taken off what a sibling owes. Split on regardless, the preorder's child owed 11 of an
 * order of 1, and its sibling's note read the -10 as "promotions and discounts … unused". The
 * documents give no line a negative price; lint does not refuse one, so split says which amount it
 * is (its pointer: `oms-lint split` gives its line and column) and what to do instead.
 */
export function owingLessThanNothing(children: readonly ChildOwed[], items: readonly unknown[], shippingTaxShares: readonly Decimal[] | undefined): { readonly message: string; readonly pointer: string } | undefined {
  const below = children.flatMap((child, c) => (compare(child.owed, zero) < 0 ? [{ ...child, c }] : []));
  if (below.length === 0) return undefined;
  const cause = negativeAmount(below, items, shippingTaxShares);
  const named = below.map(({ c, itemIndexes, owed }, k) => `child ${c + 1} (orderItems ${itemRuns(itemIndexes)}) ${k === 0 ? "would owe " : ""}${formatDecimal(owed)}`);
  const credit = below.reduce((sum, child) => add(sum, child.owed), zero);
  // A card number written as a price is redacted by splitOrder, as every SplitError's message is (SPEC §5).
  return {
    message:
      `the order must be split, but ${andList(named)} before promotions and discounts: ${cause.words}. ` +
      `Each child is an order of its own, and split authorises none less than 0, so that ${formatDecimal(credit)} cannot be taken off what the other children owe, and split writes no children that together could owe more than the whole order. ` +
      "Write the credit as a promotions[] or discounts[] entry, which split shares out among the children (our reading), or split the order by hand",
    pointer: cause.path,
  };
}

/**
 * The amount furthest below 0 among the lines of the children that owe less than nothing (a line's
 * actualPrice × quantity, itemTaxOverride, shipping or shippingTax) and their shares of the
 * order's shippingTax, the first of equals: one of them is below 0, as such a child owes less
 * than nothing. The first below 0 was named where a larger credit took the child there (a tax of
 * -1 before a trade-in of -10), and only the first such child's were looked at (audits of split).
 */
function negativeAmount(children: readonly (ChildOwed & { readonly c: number })[], items: readonly unknown[], shippingTaxShares: readonly Decimal[] | undefined): NegativeAmount {
  let furthest: (NegativeAmount & { readonly amount: Decimal }) | undefined;
  const consider = (amount: Decimal, path: string, words: () => string) => {
    if (compare(amount, zero) < 0 && (furthest === undefined || compare(amount, furthest.amount) < 0)) furthest = { amount, path, words: words() };
  };
  for (const { itemIndexes, c } of children) {
    for (const i of itemIndexes) {
      const specifics = asObject(asObject(items[i])?.itemSpecifics);
      const price = toDecimal(asNumber(specifics?.actualPrice) ?? 0);
      const quantity = toDecimal(asNumber(specifics?.quantity) ?? 0);
      const subtotal = multiply(price, quantity);
      const factor = compare(price, zero) < 0 ? "actualPrice" : "quantity";
      consider(subtotal, pointer("", "orderItems", i, "itemSpecifics", factor), () => `orderItems ${i}'s actualPrice × quantity is ${formatDecimal(subtotal)} (the documents give no line a negative price or quantity)`);
      for (const charge of lineCharges) {
        const value = asNumber(specifics?.[charge]);
        if (value !== undefined) consider(toDecimal(value), pointer("", "orderItems", i, "itemSpecifics", charge), () => `orderItems ${i}'s ${charge} is ${formatDecimal(toDecimal(value))}`);
      }
    }
    const share = shippingTaxShares?.[c] ?? zero;
    consider(share, "/shippingTax", () => `child ${c + 1}'s share of the order's shippingTax is ${formatDecimal(share)} (Create Order: shippingTax "The minimum value is “0”")`);
  }
  return furthest ?? { path: "/shippingTax", words: `its share of the order's shippingTax is ${formatDecimal(zero)}` };
}
