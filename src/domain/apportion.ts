import { formatDecimal, toDecimal, type Decimal } from "./decimal.js";

/**
 * Splits an amount across shares in proportion to their weights, in integer minor units,
 * so that the parts add up to the amount exactly (largest-remainder rounding: every part
 * gets its floor, and the units left over go to the largest remainders, ties to the
 * earliest share). Weights are decimals (item subtotals); zero weights get nothing unless
 * every weight is zero, when the amount is split evenly.
 */
export function apportion(amount: number, weights: readonly number[], minorDigits = 2): number[] {
  return apportionDecimal(toDecimal(amount), weights.map((w) => toDecimal(Math.max(0, w))), minorDigits).map(decimalToNumber);
}

/**
 * The same over exact decimals (item subtotals made with decimal.ts, never through a
 * float): every part has the scale max(amount's scale, minorDigits), so a caller can move
 * a minor unit between parts and still add up exactly. Negative weights count as zero.
 */
export function apportionDecimal(amount: Decimal, weights: readonly Decimal[], minorDigits = 2): Decimal[] {
  if (weights.length === 0) return [];
  // Cents at least (an amount written as 0.1 still splits into 0.04 + 0.03 + 0.03).
  const scale = Math.max(amount.scale, minorDigits);
  const total = amount.units * 10n ** BigInt(scale - amount.scale);
  const scaled = weights.map((w) => (w.units < 0n ? { units: 0n, scale: 0 } : w));
  const allZero = scaled.every((w) => w.units === 0n);
  const parts = apportionUnits(total, allZero ? weights.map(() => 1n) : commonUnits(scaled));
  return parts.map((units) => ({ units, scale }));
}

/** An exact decimal as the number JSON would read from its digits (0.07 stays 0.07). */
export function decimalToNumber(d: Decimal): number {
  return Number(formatDecimal(d));
}

function commonUnits(values: readonly Decimal[]): bigint[] {
  const scale = values.reduce((widest, v) => Math.max(widest, v.scale), -Infinity);
  return values.map((v) => v.units * 10n ** BigInt(scale - v.scale));
}

/** Largest remainder over integers: the parts sum to `total` exactly. */
export function apportionUnits(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const negative = total < 0n;
  const magnitude = negative ? -total : total;
  const floors = weights.map((w) => (magnitude * w) / sum);
  const remainders = weights.map((w, i) => ({ i, remainder: (magnitude * w) % sum }));
  let left = magnitude - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return negative ? floors.map((f) => -f) : floors;
}
