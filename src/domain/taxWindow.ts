import { doubleOf, shortestForm, significantDigits, toDecimal, type Decimal } from "./decimal.js";

/**
 * How far, relative, a tax may lie from the decimal it was computed from (floatNoise.ts's third
 * reading): a tax is read as any value within that window of it, never as one decimal picked in it
 * (the audit at 22e4ac12: the shortest decimal in a single's window, `14417.568359375` → `14417.57`,
 * was itself over 20%, and a sum's window held no short decimal at all).
 */

/**
 * 2^-43: how far a sum of up to a thousand amounts may be off (each term and each addition rounds
 * by at most 2^-53 of the total, 1,000 × 2^-53 < 2^-43). Measured: price × 0.2 added q times, every
 * price 0.01…20.00 and q 1…999, is off by at most 2^-45.05 (`505.49399999998616`: 253/100 × 0.2
 * added 999 times). It is a tenth of a cent from 8.8 × 10^9 of tax (the corner of large amounts).
 */
const sumWindow: Decimal = toDecimal(2 ** -43);

/** The significant digits from which a tax may be such a sum: 14 (`3579.26400000004`: 18.72 × 0.2 added 956 times, 15). */
const sumDigits = 14;

/**
 * 2^-23: how far a double that is exactly a single-precision number (as Math.fround gives it) may
 * lie from its decimal, single precision's rounding twice over (Math.fround(0.01 × 0.2) =
 * `0.0020000000949949026`, 4.7 × 10^-8 of 0.002 off it).
 */
const singleWindow: Decimal = toDecimal(2 ** -23);

/**
 * The significant digits from which a single-precision tax is read so: 9. A person's short dyadic
 * numbers (`0.25`, `20.5`, `1.375`) are exactly single too and are read as written; a decimal
 * widened from single precision has more (`833.166015625`, Math.fround(833.166): 12).
 */
const singleDigits = 9;

/**
 * The digits after the point from which a single-precision tax is read so: 5. A person's amount in cents, or to 3 or 4
 * decimals, is as often exactly single from 10^6, 10^5 and 10^4 (`1000000.25`, `123456.125`, `12345.0625`, each 9
 * digits) and is read as written: the audit of e50b97c5 found such taxes over 20% by under a cent read as noise (exit 0).
 * A single in [2^k, 2^(k+1)) is a multiple of 2^(k-23), so it writes up to 23 − k digits after the point, and as many as
 * its lowest set bit: a single widened from a computation writes 5 or more as often below 2^18 (`833.166015625`: 9;
 * `10833.15625`, Math.fround(54.22 × 999 × 0.2): 5; `131170.703125`, at 2^17: 6), 5 at most from 2^18. (7998f30d asked 6,
 * claiming a single from 2^17 has 5 or fewer and one below writes 6 or more: both false, and over the rule doc's sweep
 * of Math.fround(price × q × 0.2) it made 4,266 of 61,540 taxes the error, 3,293 of them over by less than a cent,
 * where its parent gave 1,315.)
 */
const singleFraction = 5;

/** The digits after the point, trailing zeros aside: `1000000.25` 2, `833.166015625` 9. */
function fractionDigits({ units, scale }: Decimal): number {
  let [rest, zeros] = [units < 0n ? -units : units, 0];
  while (rest !== 0n && rest % 10n === 0n && zeros < scale) [rest, zeros] = [rest / 10n, zeros + 1];
  return scale - zeros;
}

/**
 * The double the tax's literal parses to, if it is exactly a single-precision number (as a double widened from one
 * is), else undefined. Decided on the double, never on how it is spelt: `0.0020000000949949026` (its shortest form),
 * `0.00200000009499490261077880859375` (its exact binary value, Java's BigDecimal(double)) and `195.80400085449219`
 * (%.17g, C's and .NET's G17) are the same singles; the audit of the float-noise gates found a single written any way
 * but its shortest form read within the sum's window and so tax-rate-cap's error (1,446 of 3,503 such taxes spelt
 * exactly, 1,074 to 17 digits), and lintText disagreeing with validate(JSON.parse(text)), which sees only the double.
 */
function singleOf(read: Decimal): number | undefined {
  const double = doubleOf(read);
  return Number.isFinite(double) && Math.fround(double) === double ? double : undefined;
}

/** A tax's window and what made it that one, for the message to say which reading applied and why. */
export interface TaxWindow {
  /** How far, relative, the tax may lie from its decimal: 2^-23 or 2^-43. */
  readonly size: Decimal;
  /** "single": its double is exactly a single-precision number; "sum": it has a sum of doubles' digits. */
  readonly reading: "single" | "sum";
  /** The tax as read. */
  readonly tax: Decimal;
  /** What the gates read: the shortest form of the tax's double. */
  readonly gated: Decimal;
  /** The gated number's significant digits, and its digits after the point. */
  readonly digits: number;
  readonly after: number;
}

/**
 * The window, relative, a tax may lie within of its decimal: a single's if its double is one (its shortest form of 9
 * or more digits, 5 after the point), a sum's from 14 digits of its double's shortest form; else none.
 */
export function taxWindow(read: Decimal): TaxWindow | undefined {
  const single = singleOf(read);
  const shortest = single === undefined ? undefined : toDecimal(single);
  if (shortest !== undefined && significantDigits(shortest) >= singleDigits && fractionDigits(shortest) >= singleFraction) return windowOf("single", read, shortest);
  // A sum's 14 digits are its double's too: 9000000000.001 spelt 9000000000.00099945068359375 is one tax (the audit of 5ddde9de..df0eb79b).
  const double = shortestForm(read);
  return significantDigits(double) >= sumDigits ? windowOf("sum", read, double) : undefined;
}

function windowOf(reading: TaxWindow["reading"], tax: Decimal, gated: Decimal): TaxWindow {
  return { size: reading === "single" ? singleWindow : sumWindow, reading, tax, gated, digits: significantDigits(gated), after: fractionDigits(gated) };
}
