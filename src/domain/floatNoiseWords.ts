import { atLeastCompact, compare, formatCompact, formatDecimal, type Decimal } from "./decimal.js";
import type { FloatNoise, NoiseReading } from "./floatNoise.js";
import type { TaxWindow } from "./taxWindow.js";

/**
 * The words of a float-noise finding (tax-rate-cap's messages ending FloatNoise): what made a number read as one computed
 * in binary floating point ({{noiseCause}}), and which leeway brought the finding within 20% ({{noiseReading}}). Each
 * says the one that applied, never the others: the audit at 6b7bdcac found the rounding named where only the cents
 * helped; the audit of the float-noise gates, a single of 12 digits (131170.703125) said to be "a number written with 12
 * significant digits, the digits of a number computed in binary floating point" and both windows recited.
 */
export interface FloatNoiseWords {
  readonly noiseCause: string;
  readonly noiseReading: string;
}

const rounding = "over 20% by no more than such numbers' rounding may put it (two units of their 15th significant digit each: a double's rounding is in its 16th and 17th)";
const centsRead =
  "read as the whole cents it lies within 2^-29 of (a difference of two amounts in cents, such as 4500000.01 − 4500000 = 0.009999999776482582, is off its cents by up to that)";
const cents = `within 20% with such a number ${centsRead}`;
const priceNever = "a price is never read so";

/**
 * A window reading's ending: where the windows alone bring it within 20%, that a price is never read so; where a number's
 * cents were needed too, that number read so (a line's: its price or quantity, whose digits the cause does not name).
 */
function windowEnding(reading: NoiseReading, onOrder: boolean): string {
  if (reading === "taxWindow") return `; ${priceNever}`;
  return `, and ${onOrder ? "a line's price, quantity or tax" : "its price or quantity"}, of 13 or more significant digits, ${centsRead}; a price is never read within a window`;
}
const asSingle = `as a single-precision number: as any value within 2^-23 of it, relatively (single precision rounds a number by up to 2^-24 of it)`;
const asSum = "as a sum of up to about 1,000 doubles: as any value within 2^-43 of it, relatively";
const singleWhy =
  "(a tax of 9 or more significant digits, 5 or more after the point, that is exactly single-precision is read as one computed in binary floating point and rounded to single precision, such as Math.fround(833.166) = 833.166015625)";
const sumWhy = "(a tax of 14 or more is read as a sum of doubles, such as 0.36 × 0.2 added 999 times = 71.92800000000125)";

/** A number of a double's digits (its shortest form's), in the tax, a price or a quantity: the rounding and cents readings' cause. */
const doubleDigits = (digits: number) =>
  `a number of ${digits} significant digits, the digits of a number computed in binary floating point, in the tax (such as price × 0.2) or in a price or quantity (such as 0.3 − 0.1)`;

const writtenPastDouble = "a number written with more digits than the double its literal parses to keeps (such as 1.0000000000000001, which JSON.parse reads as 1)";
const spelling = {
  noiseCause: writtenPastDouble,
  noiseReading: "within 20% with each number read as that double (whether the OMS reads a literal as a double or as written the documents do not say: over in one reading only is our reading)",
};
const spellingNoRate = {
  noiseCause: spelling.noiseCause,
  noiseReading:
    "no rate at all with each number read as that double (a number past the double range, read as Infinity, leaves a tax or subtotal of Infinity or NaN, such as 0 × Infinity; whether the OMS reads a literal as a double or as written the documents do not say: over in one reading only is our reading)",
};
const asWrittenWithin = {
  noiseCause: writtenPastDouble,
  noiseReading: "within 20% as written (whether the OMS reads a literal as a double or as written the documents do not say: over in one reading only is our reading)",
};

const writtenUnknown = {
  noiseCause:
    "a number written with more digits than oms-lint reads exactly (more than 800 significant digits, or a power of ten past 10^1100 either way), read as written only as an interval (its first 800 digits and one unit more, or a bound on its magnitude) whose least favourable end is not over 20%",
  noiseReading:
    "whether it is within 20% as written is unknown (whether the OMS reads a literal as a double or as written the documents do not say: over in the one reading known is our reading)",
};

/** A single's cause: the tax, and, where it is spelt past its double's shortest form, that form, which the gates read. */
function singleSaid({ tax, gated, digits, after }: TaxWindow): string {
  const [written, shortest] = [formatDecimal(tax), formatDecimal(gated)];
  const form = written === shortest ? `of ${digits} significant digits` : `whose shortest form ${shortest} has ${digits} significant digits`;
  return `${written}, exactly a single-precision number${written === shortest ? " " : ", "}${form}, ${after} after the point ${singleWhy}`;
}

/** A sum's cause: the tax, and, where it is spelt past its double's shortest form, that form, which the gate reads. */
function sumSaid({ tax, gated, digits }: TaxWindow): string {
  const [written, shortest] = [formatDecimal(tax), formatDecimal(gated)];
  return `${written}, ${written === shortest ? "written with" : `whose shortest form ${shortest} has`} ${digits} significant digits ${sumWhy}`;
}

/** The words of a finding's reading; `onOrder`, an order total's, whose taxes are its lines'. */
export function floatNoiseWords(noise: FloatNoise, reading: NoiseReading, onOrder: boolean): FloatNoiseWords {
  if (reading === "spelling") return noise.noRateAsDoubles === true ? spellingNoRate : spelling;
  if (reading === "asWrittenWithin") return asWrittenWithin;
  if (reading === "writtenUnknown") return writtenUnknown;
  if (reading === "rounding" || reading === "cents") return { noiseCause: doubleDigits(noise.digits), noiseReading: reading === "rounding" ? rounding : cents };
  const { single, sum } = noise.windows;
  const whose = onOrder ? "a line's tax, such as" : "its tax";
  const ending = windowEnding(reading, onOrder);
  // Only an order total reads taxes of both windows (a line has one tax).
  if (single !== undefined && sum !== undefined)
    return {
      noiseCause: `its lines' taxes, such as ${singleSaid(single)}, and ${sumSaid(sum)}`,
      noiseReading: `within 20% with each such tax read as what it is, a single-precision number (any value within 2^-23 of it, relatively) or a sum of up to about 1,000 doubles (within 2^-43 of it)${ending}`,
    };
  if (single !== undefined) return { noiseCause: `${whose} ${singleSaid(single)}`, noiseReading: `within 20% with that tax read ${asSingle}${ending}` };
  // numberNoise records the tax whose window it lends, so a window reading has one; the sum's words else.
  return { noiseCause: sum === undefined ? doubleDigits(noise.digits) : `${whose} ${sumSaid(sum)}`, noiseReading: `within 20% with that tax read ${asSum}${ending}` };
}

/** Under a cent of tax: the ladder's readings are (their excess is under five cents), a one-reading finding may not be. */
const oneCent: Decimal = { units: 1n, scale: 2 };

/**
 * How far a finding is over 20% ({{overBy}}): the ladder's "by less than a cent"; a one-reading finding's tax over, as
 * it is, and in which reading (the audit of 6382c254: 1e22 × 1 taxed 2000000000000000000001, a whole unit over as
 * written, was said to be over "by less than a cent").
 */
export function overByWords(reading: NoiseReading, taxOver: Decimal, writtenOver?: Decimal, atLeast = false): string {
  if (reading !== "spelling" && reading !== "asWrittenWithin" && reading !== "writtenUnknown") {
    // Over in both readings, by more as written: both excesses, the larger as it is (the audit of the tax-rate-cap family).
    if (writtenOver === undefined) return "by less than a cent";
    return `by less than a cent as JSON.parse reads it, and as written by ${formatDecimal(writtenOver)} of tax${compare(writtenOver, oneCent) < 0 ? " (less than a cent)" : ""}`;
  }
  const as = reading === "spelling" ? "as written" : "as JSON.parse reads it";
  // Read at an interval's least favourable end, the excess is a lower bound: said so, short (not ~4,000 digits).
  if (atLeast) return `${as} by at least ${atLeastCompact(taxOver)} of tax`;
  return `${as} by ${formatCompact(taxOver)} of tax${compare(taxOver, oneCent) < 0 ? " (less than a cent)" : ""}`;
}
