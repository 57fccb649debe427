import { subtract, zero, type Decimal } from "../domain/decimal.js";

/** The whole units of 10^-scale in `amount` (rounded down; 0 or less for an amount that is not positive). */
export function wholeUnits(amount: Decimal, scale: number): bigint {
  if (amount.scale <= scale) return amount.units * 10n ** BigInt(scale - amount.scale);
  const divisor = 10n ** BigInt(amount.scale - scale);
  const quotient = amount.units / divisor;
  return amount.units < 0n && quotient * divisor !== amount.units ? quotient - 1n : quotient;
}

/** The fewest units of 10^-scale that make up `amount` (rounded up): what covers a shortfall of a part of a unit (0.45 yen). */
export function unitsToCover(amount: Decimal, scale: number): bigint {
  return -wholeUnits(subtract(zero, amount), scale);
}

export function fewest(...values: bigint[]): bigint {
  return values.reduce((a, b) => (b < a ? b : a));
}
