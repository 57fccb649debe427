import { apportionDecimal, decimalToNumber } from "../domain/apportion.js";
import { toDecimal, type Decimal } from "../domain/decimal.js";
import { asNumber, asObject } from "../domain/payloadParts.js";
import { SplitError } from "./splitError.js";

/** One payment as a child order carries it: the parent's payment, with its share of the amounts. */
export interface PaymentShare {
  /** The payment's index in the parent's orderPayments. */
  readonly index: number;
  /** The share of a positive maxAmount (absent: the parent's maxAmount is kept as it is). */
  readonly maxAmount?: number;
  /** The share of a numeric authAmount (absent: kept as it is). */
  readonly authAmount?: number;
}

export interface PaymentPlan {
  /** For each child, the payments it carries, in the parent's order. */
  readonly byChild: readonly (readonly PaymentShare[])[];
  /** For each child, what the plan did to its payments that a reader should know. */
  readonly notes: readonly (readonly string[])[];
}

/**
 * Splits the payments' amounts across the children by item subtotal. A positive maxAmount
 * is a limit ("$5 on giftcard1, $10 on giftcard2, and the rest on a credit card with no
 * limit"): each child gets its share, and a child whose share is 0 does not carry that
 * payment at all (the maxAmount rule allows only null, -1 or a positive number). null and
 * -1 mean no limit: every child carries the payment with it unchanged. authAmount is split
 * across the children that carry the payment, so every amount adds up to the parent's.
 * A SplitError when the limits are too small to give every child a payment.
 */
export function planPayments(payments: readonly unknown[], weights: readonly Decimal[], minorDigits: number): PaymentPlan {
  const children = weights.map((_, c) => c);
  const notes: string[][] = children.map(() => []);
  const limits = payments.map((payment) => {
    const max = asNumber(asObject(payment)?.maxAmount);
    return max !== undefined && max > 0 ? apportionDecimal(toDecimal(max), weights, minorDigits) : undefined;
  });
  const carries = (j: number, c: number): boolean => {
    const shares = limits[j];
    return shares === undefined || shares[c]!.units > 0n;
  };
  // How many payments each child carries, counted once and kept as donations move units: counting
  // afresh for every candidate donor was quadratic in the payments (32,000 payments of one cent
  // each, a child left with none: 106 s).
  const carried = children.map((c) => payments.reduce<number>((n, _, j) => n + (carries(j, c) ? 1 : 0), 0));

  // A child whose shares of every limited payment round to 0 would have no payment: give it
  // one minor unit of a limit from the child that holds the most of it (and keeps a payment).
  for (const c of children) {
    if (payments.length === 0 || carried[c]! > 0) continue;
    let best: { j: number; donor: number; units: bigint } | undefined;
    limits.forEach((shares, j) => {
      shares?.forEach((share, donor) => {
        const canGive = donor !== c && (share.units >= 2n || (share.units === 1n && carried[donor]! > 1));
        if (canGive && (best === undefined || share.units > best.units)) best = { j, donor, units: share.units };
      });
    });
    if (best === undefined) {
      // Every child that has a payment holds one minor unit of one limit: there are fewer
      // units than children, and no split can give each child a valid payment.
      throw new SplitError(
        `the order cannot be split into ${weights.length} orders: every payment has a maxAmount (a limit), and together they hold fewer minor units than there are orders, so one order would have no payment`,
      );
    }
    const shares = limits[best.j]!;
    const unit = shares[c]!.scale;
    shares[best.donor] = { units: shares[best.donor]!.units - 1n, scale: unit };
    shares[c] = { units: 1n, scale: unit };
    if (shares[best.donor]!.units === 0n) carried[best.donor]!--;
    carried[c]!++;
    notes[c]!.push(
      `the original's orderPayments ${best.j} gets one minor unit of maxAmount from child ${best.donor + 1}, so that this order has a payment (its share rounded to 0)`,
    );
  }

  const byChild: PaymentShare[][] = children.map(() => []);
  payments.forEach((payment, j) => {
    const holders = children.filter((c) => carries(j, c));
    const auth = asNumber(asObject(payment)?.authAmount);
    const authShares = auth === undefined ? undefined : apportionDecimal(toDecimal(auth), holders.map((c) => weights[c]!), minorDigits);
    holders.forEach((c, h) => {
      const limit = limits[j]?.[c];
      const authShare = authShares?.[h];
      byChild[c]!.push({
        index: j,
        ...(limit && { maxAmount: decimalToNumber(limit) }),
        ...(authShare && { authAmount: decimalToNumber(authShare) }),
      });
    });
    for (const c of children) {
      if (!holders.includes(c)) {
        notes[c]!.push(`the original's orderPayments ${j} is left out of this order: its share of maxAmount, split by item subtotal, rounds to 0`);
      }
    }
  });
  return { byChild, notes };
}
