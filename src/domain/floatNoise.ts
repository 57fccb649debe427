import { add, compare, magnitude, multiply, roundedTo, shortestForm, significantDigits, subtract, toDecimal, zero, type Decimal } from "./decimal.js";
import { taxWindow, type TaxWindow } from "./taxWindow.js";

/**
 * Whether a finding of the 20% cap is over it only by the digits of numbers computed in binary
 * floating point (tax-rate-cap-float-noise): decided on the excess itself, 5 × tax − subtotal,
 * against how far those numbers' digits may be off, never on each number rounded on its own
 * (the audit at 6b7bdcac: 100/3 = 33.333333333333336 rounded to 15 digits went down, its tax
 * 6.666666666666668 up, and 33.3333333333333 × 0.2 < 6.66666666666667 kept price × 0.2 the error
 * for 2,406 of 10,000 prices (0.01…100.00)/3).
 */

/** A finding's numbers of a double's digits, and how far the excess may come from them. */
export interface FloatNoise {
  /** The most significant digits of a number the finding reads, in its double's shortest form: floatDigits or more. */
  readonly digits: number;
  /**
   * Whether the finding is over 20% only as its numbers are written: the doubles their literals parse to, which decide
   * the verdict as validate(JSON.parse(text)) sees them, are within it (`1.0000000000000001` on 1 × 5; the spelling
   * reading, and no other leeway counts then).
   */
  readonly spelling: boolean;
  /**
   * Whether the finding is over 20% only as JSON.parse reads its numbers, their doubles, and within it as they are
   * written (`1999999999999999999999.99` on 1e22 × 1 beside 0.01 on a free line: exactly 20% as written). The documents
   * do not say whether the OMS reads a literal as a double or as a decimal: over in one reading only is a warning.
   */
  readonly asWrittenWithin: boolean;
  /**
   * Whether the finding is over 20% as JSON.parse reads its numbers and a literal it reads differs from its double but is
   * past what the cap reads as written (writtenDecimal's bounds): over as written or not is unknown, so never the error.
   */
  readonly writtenUnknown?: boolean;
  /** Over as written, where its doubles give no rate at all (Infinity on 0, or a subtotal of 0 × Infinity, NaN): the spelling reading, said so. */
  readonly noRateAsDoubles?: boolean;
  /** How far 5 × tax − subtotal moves with each such number moved by roundingUnits units of its 15th significant digit. */
  readonly rounding: Decimal;
  /** How far 5 × tax − subtotal comes down with each such number within centsNoise of whole cents read as those cents. */
  readonly cents: Decimal;
  /**
   * How far it comes down with each such number read as those cents or, a tax, as any value within
   * its window (taxWindow), whichever takes off more: one reading a number.
   */
  readonly decimal: Decimal;
  /** The part of decimal that its taxes' windows take off (where a window took off more than that number's cents). */
  readonly windowed: Decimal;
  /**
   * How far reading an order's lines under 20% by no more than their own noise as exactly 20% raises the total's
   * 5 × tax − subtotal (raisedToCap; zero for a line): their noise read down must not cancel another line's real tax.
   */
  readonly raised: Decimal;
  /** A tax of each window that lent its window (its window, not its cents, the larger reading): the message says which applied, and why. */
  readonly windows: TaxWindows;
}

/** One tax read within a single's window, one within a sum's, where any was (the first met). */
export interface TaxWindows {
  readonly single?: TaxWindow;
  readonly sum?: TaxWindow;
}

/**
 * Which leeway brought a finding within 20% (its message says that one): "spelling" where the doubles are within 20%
 * and only the numbers as written over, never added to the others; "taxWindowAndCents" where the windows alone do
 * not, and a number read as its cents is needed too (the audit of 5ddde9de..df0eb79b: 2.000000238418579 on 1000 ×
 * 0.009999999776482582, over by 1.4e-6, the window alone 1.2e-6, was said to be within 20% by the window alone).
 */
export type NoiseReading = "spelling" | "asWrittenWithin" | "writtenUnknown" | "rounding" | "cents" | "taxWindow" | "taxWindowAndCents";

/**
 * The significant digits from which a number is read as one computed in binary floating point:
 * 13. A double's shortest round-trip form of a product or difference has 16 or 17
 * (`0.044000000000000004`, `0.19999999999999998`: 17; `4500000.01 − 4500000` =
 * `0.009999999776482582`: 16), of a sum sometimes 15 or fewer (1.55 × 0.2 added 30 times:
 * `9.30000000000001`, 15; `414928.35 − 414918.38` = `9.96999999997206`, 15). A person writes
 * fewer (`12345670.009`: 11), and a number of 12 is read as written, unless it is a tax that is exactly a
 * single-precision number of 9 or more significant digits, 5 or more after the point (taxWindow).
 */
const floatDigits = 13;

/**
 * The digit whose units a double's rounding stays within: a double keeps 15 to 17 significant
 * digits, one rounding moves it by at most 2^-53 of itself (a ninth of a unit of its 15th digit),
 * and its shortest form by half a unit in its last place as much again.
 */
const shortDigits = 15;

/**
 * The units of the 15th significant digit a number of a double's digits may be off by: two. One
 * rounding moves a double by at most 2^-53 of itself and a unit of its 15th digit is at least
 * 10^-15 of it, so two allow some eighteen roundings (a price divided, times a quantity, times 0.2
 * is three; prices of 0.01…200.00 divided by 1, 3, 6, 7, 9, 11, 13, 17, 19 or 23, quantities 1 to 10, taxed three ways, were
 * over by at most 0.15 of this leeway). Small enough that their rounding never reads an excess of
 * more than 10^-12 of the subtotal as noise (two units of a 15th digit are at most 2 × 10^-14 of the number).
 */
const roundingUnits: Decimal = toDecimal(2);

/**
 * How far a difference of two amounts in cents of at most 10^7 (`4500000.01 − 4500000` =
 * `0.009999999776482582`) may lie from its cents: each operand's double is off by at most half
 * a unit in the last place of 2^23..2^24, 2^-30, and the difference of near doubles is exact.
 * Cancellation moves that noise above the 15th significant digit, where rounding does not reach.
 */
const centsNoise: Decimal = toDecimal(2 ** -29);

/** Five cents: 5 × tax − subtotal below it is a tax over the cap by less than a cent. */
const fiveCents: Decimal = { units: 5n, scale: 2 };

const five = toDecimal(5);

/** One unit of the decimal's 15th significant digit: 10^-15 for `0.24698000000000003`, 10^-13 for `33.333333333333336`. */
function unitOfShortDigit({ units, scale }: Decimal): Decimal {
  const place = magnitude({ units, scale }).units.toString().length - scale - shortDigits;
  return place >= 0 ? { units: 10n ** BigInt(place), scale: 0 } : { units: 1n, scale: -place };
}

/** What reading `read` as `as` takes off the excess (`slope` times their difference), if it brings it down; else zero. */
function takenOffReading(read: Decimal, as: Decimal | undefined, slope: Decimal): Decimal {
  if (as === undefined) return zero;
  const takenOff = multiply(subtract(read, as), slope);
  return compare(takenOff, zero) > 0 ? takenOff : zero;
}

const larger = (a: Decimal, b: Decimal) => (compare(a, b) >= 0 ? a : b);

/**
 * A number's leeway in the excess, where `slope` is how the excess moves with it (5 for the tax,
 * −quantity for the price, −price for the quantity): its rounding both ways, what reading it as
 * the whole cents it lies within centsNoise of takes off, and, for the tax (`isTax`), what reading it
 * as those cents or as any value within its window (taxWindow) below it takes off. A number of fewer
 * digits stands for itself, but for a tax widened from single precision (`833.166015625`, 12 digits).
 * The window is the reading of a tax summed unit by unit in doubles (up to about 1,000 terms) or rounded once to single
 * precision, not of a sum kept in single precision nor of a price in single precision (the rule's page); a price of a
 * division is no such sum (200/3 = `66.66666666666667` read as `66.66666667` made 13333.333334 on
 * 1,000 of it, a person's tax rounded up, noise: the review of 8e91a492).
 */
function numberNoise(read: Decimal, slope: Decimal, isTax = false): FloatNoise {
  // The gates read the double's shortest form (the audit of 5ddde9de..df0eb79b: 9000000000.001 on 45000000000 was the
  // error, the same double spelt 9000000000.0009995 the warning); the cap reads each number as its double (lineOverCap).
  const digits = significantDigits(shortestForm(read));
  const window = isTax ? taxWindow(read) : undefined;
  const windowed = window === undefined ? zero : multiply(multiply(window.size, magnitude(read)), magnitude(slope));
  const windowOnly: TaxWindows = window === undefined || windowed.units === 0n ? {} : { [window.reading]: window };
  if (digits < floatDigits) return { digits, spelling: false, asWrittenWithin: false, rounding: zero, cents: zero, decimal: windowed, windowed, raised: zero, windows: windowOnly };
  const inCents = roundedTo(read, 2);
  const cents = takenOffReading(read, compare(magnitude(subtract(read, inCents)), centsNoise) <= 0 ? inCents : undefined, slope);
  return {
    digits,
    spelling: false,
    asWrittenWithin: false,
    rounding: multiply(roundingUnits, multiply(unitOfShortDigit(read), magnitude(slope))),
    cents,
    decimal: larger(cents, windowed),
    windowed: compare(windowed, cents) > 0 ? windowed : zero,
    raised: zero,
    windows: compare(windowed, cents) > 0 ? windowOnly : {},
  };
}

/** Two findings' noise as one (an order total's, of its lines'). */
export function addedNoise(a: FloatNoise, b: FloatNoise): FloatNoise {
  const windows = { single: a.windows.single ?? b.windows.single, sum: a.windows.sum ?? b.windows.sum };
  const [rounding, cents, decimal, windowed, raised] = [add(a.rounding, b.rounding), add(a.cents, b.cents), add(a.decimal, b.decimal), add(a.windowed, b.windowed), add(a.raised, b.raised)];
  const [digits, spelling, asWrittenWithin] = [Math.max(a.digits, b.digits), a.spelling || b.spelling, a.asWrittenWithin || b.asWrittenWithin];
  return { digits, spelling, asWrittenWithin, rounding, cents, decimal, windowed, raised, windows };
}

const smaller = (a: Decimal, b: Decimal) => (compare(a, b) <= 0 ? a : b);

/**
 * A line over 20%'s noise as an order total counts it: no reading of its numbers lends more than its own excess
 * (5 × tax − subtotal), for read so the line comes at most back to 20%. Its rounding first, then its cents or
 * window up to what is left, so the total's message names the reading that brings it within. Counted
 * in full, 998 lines of (30000000 + i)/3 taxed × 0.2, over by 7.8e-7 in all, explained away a zero line's
 * 0.000005 (the review of 71e4132c).
 */
export function noiseUpTo(noise: FloatNoise, excess: Decimal): FloatNoise {
  const rounding = smaller(noise.rounding, excess);
  const left = subtract(excess, rounding);
  const decimal = smaller(noise.decimal, left);
  return { ...noise, rounding, cents: smaller(noise.cents, left), decimal, windowed: smaller(noise.windowed, left), windows: decimal.units === 0n ? {} : noise.windows };
}

export const noNoise: FloatNoise = { digits: 0, spelling: false, asWrittenWithin: false, rounding: zero, cents: zero, decimal: zero, windowed: zero, raised: zero, windows: {} };

/**
 * A line's noise: its tax's, price's and quantity's, each as it moves 5 × tax − price × quantity down (`up`: up, the
 * readings that bring a line under 20% toward it, for raisedToCap).
 */
export function lineNoise(tax: Decimal, price: Decimal, quantity: Decimal, up = false): FloatNoise {
  const toward = (slope: Decimal) => (up ? subtract(zero, slope) : slope);
  return [numberNoise(tax, toward(five), true), numberNoise(price, toward(subtract(zero, quantity))), numberNoise(quantity, toward(subtract(zero, price)))].reduce(addedNoise);
}

/**
 * An order total's reading of a line under 20% as written (`excess`, 5 × tax − subtotal, zero or less): at exactly 20%
 * if its own noise read up reaches it (its rounding and, of each number, its cents or window), so the total's excess is
 * raised by what it was under; as written if it is under by more. Read as written, three lines of Math.fround(price ×
 * 0.2) some 0.004 under 20% of 350000 cancelled a free line's real 0.01 beside one as far over, which was lent its
 * window: the float-noise warning, exit 0 (the audit of the float-noise gates).
 */
export function raisedToCap(tax: Decimal, price: Decimal, quantity: Decimal, excess: Decimal): FloatNoise {
  const under = magnitude(excess);
  if (under.units === 0n) return noNoise;
  const up = lineNoise(tax, price, quantity, true);
  return compare(under, add(up.rounding, up.decimal)) <= 0 ? { ...noNoise, raised: under } : noNoise;
}

/** The finding's noise, if a number it reads has a double's digits or its tax is widened from single precision. */
export function noiseIfAny(noise: FloatNoise): FloatNoise | undefined {
  return noise.digits >= floatDigits || compare(noise.decimal, zero) > 0 ? noise : undefined;
}

/** The noise of a finding over 20% only as its numbers are written, its doubles within (the spelling reading). */
export const spellingOnly: FloatNoise = { ...noNoise, spelling: true };

/** The spelling reading of a finding whose doubles give no rate (a tax of Infinity on a subtotal of 0 or Infinity). */
export const spellingNoRate: FloatNoise = { ...spellingOnly, noRateAsDoubles: true };

/** The noise of a finding over 20% only as JSON.parse reads its numbers, within it as they are written. */
export const doublesOnly: FloatNoise = { ...noNoise, asWrittenWithin: true };

/** The noise of a finding over 20% as JSON.parse reads its numbers, one of whose literals the cap cannot read as written. */
export const writtenUnknown: FloatNoise = { ...noNoise, writtenUnknown: true };

/** Whether a finding is over 20% in one reading of its literals only (as written, or as their doubles; or the other unknown): a warning, never the error. */
export const overInOneReading = (noise: FloatNoise | undefined) => noise?.spelling === true || noise?.asWrittenWithin === true || noise?.writtenUnknown === true;

/**
 * How far a finding is over 20%, in tax (its 5 × tax − subtotal over five, exact), in the reading it is over in: a
 * spelling finding's as written, any other's as its doubles. Only a ladder reading is over by less than five cents of
 * excess; the one-reading findings say theirs as it is (the audit of 6382c254: 9007199254740993 on
 * 45035996273704964, 0.2 over as written, was said to be over "by less than a cent").
 */
export const taxOver = (over: NoisyOver): Decimal => multiply(excessOf(over), { units: 2n, scale: 1 });

/** A finding over the cap: its tax and subtotal as read, and its numbers' noise if any. */
interface NoisyOver {
  readonly tax: Decimal;
  readonly subtotal: Decimal;
  readonly noise: FloatNoise | undefined;
}

/** 5 × tax − subtotal: the excess over 20%, five times, whichever side carries the noise. */
const excessOf = ({ tax, subtotal }: NoisyOver) => subtract(multiply(five, tax), subtotal);

/**
 * Which leeway brings a finding within 20%, if any: "spelling" where only the numbers as written are over and their
 * doubles within (decided before, as validate(JSON.parse) decides it: lineOverCap); else, on the doubles, their rounding, with that their cents,
 * or with that their cents or (a tax's) window (the windows alone, or with some number's cents); undefined when none does, it reads no number of
 * a double's digits, or it is over by a cent or more. See docs/rules/tax-rate-cap-float-noise.md
 * for what counts and the corner left.
 */
export function floatNoiseReading(over: NoisyOver): NoiseReading | undefined {
  const { noise } = over;
  // Over only as written, the doubles within 20% (`1.0000000000000001` on 1 × 5): the verdict is the doubles', never the error.
  if (noise?.spelling === true) return "spelling";
  // Over as JSON.parse reads its literals, within 20% as they are written (1999999999999999999999.99 for 2e21).
  if (noise?.asWrittenWithin === true) return "asWrittenWithin";
  // Over as JSON.parse reads its literals, one of them past what the cap reads as written: the written reading unknown.
  if (noise?.writtenUnknown === true) return "writtenUnknown";
  if (noise === undefined || compare(excessOf(over), fiveCents) >= 0) return undefined;
  // An order total's lines under 20% by their noise read at 20% (raisedToCap): what is left is its lines' over 20%.
  const excess = add(excessOf(over), noise.raised);
  if (compare(excess, noise.rounding) <= 0) return "rounding";
  if (compare(excess, add(noise.rounding, noise.cents)) <= 0) return "cents";
  if (compare(excess, add(noise.rounding, noise.decimal)) > 0) return undefined;
  return compare(excess, add(noise.rounding, noise.windowed)) <= 0 ? "taxWindow" : "taxWindowAndCents";
}
