import { compare, magnitude, multiply, roundedToSignificant, significantDigits, subtract, toDecimal, type Decimal } from "./decimal.js";

/**
 * The decimal a number of a double's digits may stand for (floatNoise.ts's third reading): the
 * shortest within how far a sum of doubles, or a single-precision number, lies from the decimal
 * it was computed from (0.36 × 0.2 added 999 times = `71.92800000000125` → `71.928`).
 */

/**
 * How far, relative, a double may lie from the decimal it stands for: 2^-43, what a sum of up to
 * a thousand amounts may be off by (each term and each addition rounds by at most 2^-53 of the
 * total, 1,000 × 2^-53 < 2^-43). Measured: price × 0.2 added q times, every price 0.01…20.00 and
 * q 1…999, is off by at most 2^-45.05 (2.7 × 10^-14: 253/100 × 0.2 added 999 times =
 * `505.49399999998616`); 0.36 × 0.2 added 999 times = `71.92800000000125` is 1.7 × 10^-14 of
 * 71.928 off it. Until the review of 13155618 it was 2^-33, which read a person's 13-digit tax down
 * from 8.6 × 10^6 of tax by a tenth of a cent (2^-43 reaches a tenth of a cent at 8.8 × 10^9).
 */
const sumRounding = 2 ** -43;
const sumWindow: Decimal = toDecimal(sumRounding);

/**
 * The significant digits from which a number not of single precision may be read as its shortest
 * decimal: 14. A sum's double has 14 to 17 (`3579.26400000004`: 18.72 × 0.2 added 956 times, 15,
 * off 3579.264 past the rounding leeway). One of 13 is within sumRounding of a shorter decimal only
 * where its last digit is less than 2^-43 of it (from 8.8 × 10^k), a person's tax to a tenth of a
 * cent from 8.8 × 10^9 (`8796200000.001`): read as written, as a sum off by its 13th digit is
 * further off than sumRounding anyway.
 */
const sumDigits = 14;

/**
 * How far, relative, a double that is exactly a single-precision number (as Math.fround gives
 * it) may lie from its decimal: 2^-23, single precision's rounding twice over
 * (Math.fround(0.01 × 0.2) = `0.0020000000949949026`, 4.7 × 10^-8 of 0.002 off it). Any other
 * double is one in 2^29 to be such a number by chance.
 */
const singleRounding = 2 ** -23;
const singleWindow: Decimal = toDecimal(singleRounding);

/**
 * The most significant digits of the decimal a number may stand for: 12, as a person writes.
 * One of 8 always lies within singleRounding (rounding to 8 digits moves a number by at most
 * 5 × 10^-8 of itself), so the shortest is found by the 8th.
 */
const mostShortDigits = 12;

/**
 * Whether the number is exactly a double widened from single precision (`0.0020000000949949026`),
 * given its double within a few units of its last place: the single nearest it, written out, is
 * the number. Written out only where the two lie that close (one double in 2^29 by chance).
 */
function isSingle(read: Decimal, near: number): boolean {
  const single = Math.fround(near);
  return Math.abs(single - near) <= 2 ** -50 * Math.abs(near) && Number.isFinite(single) && compare(toDecimal(single), read) === 0;
}

/** The number rounded to `digits` significant digits in doubles, off the exact rounding by some 10^-16 of it. */
function roughlyRounded(near: number, digits: number): number {
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(near))) - digits + 1);
  return Math.round(near / unit) * unit;
}

/**
 * The decimal of fewest significant digits (up to mostShortDigits) within sumRounding of the
 * number, relative, or singleRounding if it is a single-precision number: `9.30000000000001` →
 * `9.3`, `0.0020000000949949026` → `0.002`. It is the number rounded to the first count of
 * digits that lands within that much of it.
 */
export function shortestDecimal(read: Decimal): Decimal | undefined {
  // Its double, within a few units of its last place (the decimal is a double's, or a number written with more digits).
  const near = Number(read.units) / 10 ** read.scale;
  const single = isSingle(read, near);
  if (!single && significantDigits(read) < sumDigits) return undefined;
  const within = multiply(magnitude(read), single ? singleWindow : sumWindow);
  // Doubles only skip the counts of digits that surely land too far (twice the window, where their own error is
  // some 10^-16 of the number): the exact decimals decide (70,000 lines of a division taxed × 0.2: 0.2 s here, 0.8 s without).
  const skipPast = 2 * (single ? singleRounding : sumRounding) * Math.abs(near);
  let digits = 1;
  while (digits < mostShortDigits && Number.isFinite(near) && near !== 0 && Math.abs(near - roughlyRounded(near, digits)) > skipPast) digits++;
  for (; digits <= mostShortDigits; digits++) {
    const short = roundedToSignificant(read, digits);
    if (compare(magnitude(subtract(read, short)), within) <= 0) return short;
  }
  return undefined;
}
