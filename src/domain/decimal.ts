import { ownsKey } from "../engine/ownField.js";

/**
 * Exact decimal arithmetic for money. A JSON number such as 0.07 is written in decimal;
 * its shortest round-trip form (`String(n)`) gives those digits back, so comparisons are
 * made on exact integers scaled by a power of ten, never on binary floats.
 */
export interface Decimal {
  /** The value times 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

export function toDecimal(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (Number.isSafeInteger(n)) return { units: BigInt(n), scale: 0 };
  return decimalOfText(String(n));
}

/**
 * The shortest round-trip form of the double a literal of this decimal parses to (`1` for `1.0000000000000001`,
 * `9000000000.001` for `9000000000.00099945068359375`), as validate(JSON.parse(text)) sees it; itself if out of range.
 */
export function shortestForm(d: Decimal): Decimal {
  const double = doubleOf(d);
  return Number.isFinite(double) ? toDecimal(double) : d;
}

/** The double a literal of this decimal parses to, as JSON.parse reads it (±Infinity past the range). */
export const doubleOf = (d: Decimal): number => Number(formatDecimal(d));

/**
 * The exact decimal of a JSON number literal as written (`1.0000000000000001`, `5e-3`): its
 * digits, which a double may not keep (JSON.parse reads that literal as 1).
 */
export function decimalOfText(text: string): Decimal {
  const [mantissa = "0", exponentText = "0"] = text.toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [whole = "0", fraction = ""] = mantissa.replace("-", "").split(".");
  let scale = fraction.length - Number(exponentText);
  let digits = BigInt(whole + fraction);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: negative ? -digits : digits, scale };
}

/**
 * The number in hundredths, when it is a whole number of them and small enough that doubles
 * there lie less than 0.01 apart: then `String(n)` names exactly k/100, and integer arithmetic
 * on k decides exactly what the decimals above would. Money usually is such a number; a
 * number that is not (0.071, or beyond 10^13) gives undefined, and the decimals decide.
 */
export function cents(n: number): number | undefined {
  if (!(Math.abs(n) < 1e13)) return undefined;
  const k = Math.round(n * 100);
  return k / 100 === n ? k : undefined;
}

function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  return add(a, { units: -b.units, scale: b.scale });
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const difference = rescale(a, scale) - rescale(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export const zero: Decimal = { units: 0n, scale: 0 };

/** The decimal's absolute value. */
export const magnitude = (d: Decimal): Decimal => (d.units < 0n ? { units: -d.units, scale: d.scale } : d);

/** For messages: the exact decimal as text. */
export function formatDecimal(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, "0");
  const point = digits.length - d.scale;
  // A loop back to the last non-zero digit, not a regular expression for the trailing zeros: that retries every
  // start in a run of zeros not at the end (0.2, 797 zeros and a 1), quadratic in the run.
  let end = digits.length;
  while (end > point && digits.charCodeAt(end - 1) === 0x30) end--;
  return (negative ? "-" : "") + digits.slice(0, point) + (end > point ? "." + digits.slice(point, end) : "");
}

/**
 * For messages: the decimal as text, a whole number of 22 digits or more in exponent form as JSON writes it (`1e308`,
 * `2.1e308`, not 309 digits that a message cuts short: the audit of bd3fd4af), and one below 10^-21 too (`1e-1100`, not
 * 0.000…0001: the audit of the tax-rate-cap fixes), any other as formatDecimal writes it.
 */
export function formatCompact(d: Decimal): string {
  const text = formatDecimal(d);
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  // Below 10^-21 in magnitude, its significant digits and a power of ten (1e-1100, not 0.000…0001).
  const tiny = /^0\.(0{21,})([1-9]\d*)$/.exec(digits);
  if (tiny !== null) {
    const [, zeros, significant] = tiny as unknown as [string, string, string];
    const mantissa = significant.length > 1 ? `${significant[0]}.${significant.slice(1)}` : significant;
    return `${negative ? "-" : ""}${mantissa}e-${zeros.length + 1}`;
  }
  if (d.scale > 0 && text.includes(".")) return text;
  if (digits.length < 22) return text;
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  const mantissa = end > 1 ? `${digits[0]}.${digits.slice(1, end)}` : digits[0]!;
  return `${negative ? "-" : ""}${mantissa}e${digits.length - 1}`;
}

/**
 * a / b as a percentage, for messages only (never for decisions): rounded to two places, or
 * to as many more as it takes (up to six) for a rate above `above` not to read as `above`
 * or less: 20.002% is not "20%". Past six places, "just over 20%".
 */
export function percentage(a: Decimal, b: Decimal, above?: number): string {
  if (b.units === 0n) return "∞";
  const scale = Math.max(a.scale, b.scale);
  const [numerator, denominator] = [rescale(a, scale), rescale(b, scale)];
  for (const places of [2, 4, 6]) {
    const unit = 10n ** BigInt(places);
    const doubled = (numerator * 100n * unit * 2n) / denominator;
    // Half away from zero, as toFixed reads a rate for a person.
    const rounded = doubled >= 0n ? (doubled + 1n) / 2n : -((-doubled + 1n) / 2n);
    // Past 10^21 %, short (a rate past the double range was "1" and 119 zeros, cut with "…").
    const text = rounded >= 10n ** BigInt(21 + places) ? atLeastCompact({ units: rounded, scale: places }) : formatDecimal({ units: rounded, scale: places });
    if (above === undefined || Number(text) > above) return `${text}%`;
  }
  return `just over ${above}%`;
}

/** The decimal rounded to `places` decimals, half away from zero (a decimal of fewer is itself). */
export function roundedTo(d: Decimal, places: number): Decimal {
  if (d.scale <= places) return d;
  const unit = 10n ** BigInt(d.scale - places);
  const magnitude = d.units < 0n ? -d.units : d.units;
  const rounded = (magnitude * 2n + unit) / (unit * 2n);
  return { units: d.units < 0n ? -rounded : rounded, scale: places };
}

/**
 * The decimal's significant digits, from its first non-zero digit to its last: `0.0400` has
 * one, `12345670.009` eleven, `2e-1` one. A double's shortest round-trip form of a computed
 * number has 16 or 17 (`0.044000000000000004`).
 */
export function significantDigits({ units }: Decimal): number {
  let rest = units < 0n ? -units : units;
  if (rest === 0n) return 0;
  while (rest % 10n === 0n) rest /= 10n;
  return rest.toString().length;
}

/**
 * The most significant digits, and the largest power of ten either way, of a literal read as written (writtenDecimal):
 * a double's exact expansion has at most 767 significant digits and lies within 10^±324, so every spelling of a double
 * fits; past them a literal (`1e-999999999`, a million digits) would build a BigInt as long as its value's digits.
 */
export const maxWrittenDigits = 800;
export const maxWrittenExponent = 1100;

/**
 * A literal's digits normalised: its significant digits `digits[first..last]`, the power of ten of the last of them
 * (`power`), or `exponentPast` when its exponent has more than 9 digits (the sign of that exponent), or zero.
 * Linear in the text: no BigInt is built.
 */
interface Normalised {
  readonly negative: boolean;
  readonly digits: string;
  readonly first: number;
  readonly last: number;
  readonly power: number;
}

function normalised(text: string): Normalised | "zero" | { readonly negative: boolean; readonly exponentPast: 1 | -1 } {
  const e = text.search(/[eE]/);
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponentText = e < 0 ? "0" : text.slice(e + 1);
  const negative = mantissa.startsWith("-");
  // An exponent of more than 9 digits is past the bound, whatever the digits (and Number() would round it).
  if (exponentText.replace(/^[+-]?0*/, "").length > 9) return /[1-9]/.test(mantissa) ? { negative, exponentPast: exponentText.startsWith("-") ? -1 : 1 } : "zero";
  const point = mantissa.indexOf(".");
  const digits = (point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1)).replace("-", "");
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  let [first, last] = [0, digits.length - 1];
  while (first <= last && digits.charCodeAt(first) === 0x30) first++;
  while (last >= first && digits.charCodeAt(last) === 0x30) last--;
  if (first > last) return "zero";
  // The value is digits[first..last] × 10^power.
  return { negative, digits, first, last, power: Number(exponentText) - fraction + (digits.length - 1 - last) };
}

/** digits × 10^power as a decimal, with its sign. */
function scaled(negative: boolean, digits: string, power: number): Decimal {
  const units = BigInt(digits) * (power > 0 ? 10n ** BigInt(power) : 1n);
  return { units: negative ? -units : units, scale: power < 0 ? -power : 0 };
}

/**
 * The exact decimal of a JSON number literal as written (`4503599627370497.4e0`, `45035996273704964000e-3`), its digits
 * normalised first (leading and trailing zeros dropped, the exponent folded in): undefined when it holds more than
 * maxWrittenDigits significant digits or its value's power of ten is past maxWrittenExponent, which the tax cap then
 * reads as an interval (writtenBounds). Linear in the text: no BigInt is built of its zeros.
 */
export function writtenDecimal(text: string): Decimal | undefined {
  const read = normalised(text);
  if (read === "zero") return zero;
  if (ownsKey(read, "exponentPast")) return undefined;
  const { negative, digits, first, last, power } = read;
  if (last - first + 1 > maxWrittenDigits || Math.abs(power) > maxWrittenExponent) return undefined;
  return scaled(negative, digits.slice(first, last + 1), power);
}

/**
 * Bounds a literal's value lies within, inclusive (undefined: none that way), each of at most maxWrittenDigits
 * significant digits and within 10^±maxWrittenExponent: the literal itself where writtenDecimal reads it; past
 * maxWrittenDigits, its first 800 digits and one unit of the last of them more (in magnitude); past a power of ten of
 * 10^1100, at least 10^1100 in magnitude (no bound beyond), or below 10^-1100 in magnitude. The tax cap decides at the
 * least favourable end (the audit of the tax-rate-cap fixes: 1 × 1 taxed 0.3, 799 zeros and a 1 was a warning only).
 */
export function writtenBounds(text: string): { readonly low: Decimal | undefined; readonly high: Decimal | undefined } {
  const read = normalised(text);
  if (read === "zero") return { low: zero, high: zero };
  const signed = (negative: boolean, small: Decimal | undefined, large: Decimal | undefined) =>
    negative ? { low: large && { units: -large.units, scale: large.scale }, high: small && { units: -small.units, scale: small.scale } } : { low: small, high: large };
  const huge = { units: 10n ** BigInt(maxWrittenExponent), scale: 0 };
  const tiny = { units: 1n, scale: maxWrittenExponent };
  if (ownsKey(read, "exponentPast")) return read.exponentPast > 0 ? signed(read.negative, huge, undefined) : signed(read.negative, zero, tiny);
  const { negative, digits, first, last, power } = read;
  // The power of ten of the first significant digit.
  const lead = power + (last - first);
  if (lead > maxWrittenExponent) return signed(negative, huge, undefined);
  if (lead < -maxWrittenExponent) return signed(negative, zero, tiny);
  const kept = Math.min(last - first + 1, maxWrittenDigits);
  const keptPower = lead - (kept - 1);
  const low = scaled(false, digits.slice(first, first + kept), keptPower);
  const high = kept === last - first + 1 ? low : add(low, scaled(false, "1", keptPower));
  return signed(negative, low, high);
}

/** How many significant digits a bound a message quotes keeps (atLeastCompact). */
const boundDigits = 17;

/**
 * A positive lower bound for a message, short: cut toward zero to 17 significant digits (so still at most the value:
 * "at least" stays true), then formatCompact (an excess of about 4,000 digits as 9.9999999999999999e999).
 */
export function atLeastCompact(d: Decimal): string {
  const magnitude = (d.units < 0n ? -d.units : d.units).toString().length;
  const drop = magnitude - boundDigits;
  if (drop <= 0 || d.units <= 0n) return formatCompact(d);
  return compactAt((d.units / 10n ** BigInt(drop)) * 10n ** BigInt(drop), d.scale, drop);
}

/**
 * formatCompact of units × 10^-scale whose last `drop` digits are zeros: where that takes in the whole fraction, as the
 * whole number it is, which formatCompact writes with a power of ten (atLeastCompact, aboutCompact).
 */
function compactAt(units: bigint, scale: number, drop: number): string {
  return formatCompact(drop >= scale ? { units: units / 10n ** BigInt(scale), scale: 0 } : { units, scale });
}

/** How long a number a message quotes exactly (formatCompact); past it, rounded (aboutCompact). */
const quotedExactly = 40;

/**
 * A value for a message, short: formatCompact where that is at most 40 characters, else "about " and the value rounded
 * half away from zero to 17 significant digits, then formatCompact (the audit of the tax-rate-cap fixes: a subtotal of
 * -1e400 + 5 was spelt in its 400 digits, cut short by the message, and the cut's tail of digits redacted as a card number).
 */
export function aboutCompact(d: Decimal): string {
  const exact = formatCompact(d);
  if (exact.length <= quotedExactly) return exact;
  const magnitude = d.units < 0n ? -d.units : d.units;
  const drop = magnitude.toString().length - boundDigits;
  if (drop <= 0) return exact;
  const unit = 10n ** BigInt(drop);
  const rounded = ((magnitude * 2n + unit) / (unit * 2n)) * unit;
  return `about ${compactAt(d.units < 0n ? -rounded : rounded, d.scale, drop)}`;
}

/** A value for a message, exact: formatDecimal where that is at most 40 characters, else formatCompact (a double of 1.2345678901234568e300, not its 301 digits cut short). */
export function formatQuotable(d: Decimal): string {
  const text = formatDecimal(d);
  return text.length <= quotedExactly ? text : formatCompact(d);
}
