import { capReadingRule, floatNoiseMessages } from "./tax-rate-cap.js";

const messages = floatNoiseMessages("");

/**
 * tax-rate-cap's finding where the rate is over 20% only by the digits of a number computed in
 * binary floating point (overByFloatNoise), in the tax (0.22 × 0.2 is 0.044000000000000004, over
 * 20% of 0.22 by 4 × 10^-18) or in a price or quantity (0.04 is over 20% of 0.3 − 0.1 =
 * 0.19999999999999998 by 4 × 10^-18: the audit at cb582f2c, where that was still the error).
 * The document states the cap ("If even a single item has a rate greater than 20% then the order
 * creation will fail") but not whether the OMS compares a double's digits (13 or more significant)
 * exactly, as doubles, or after rounding: our reading, a warning (SPEC §3, "when in doubt, warn"). Found by the rules audit at 73351ccf: as the stated error it failed
 * 1,782 of 5,000 checkouts that compute tax as price × 0.2, none over 20% once rounded to cents.
 *
 * Only an order that sets forceItemTaxOverride true and a line (or total) that reads no string:
 * the other readings are tax-rate-cap-from-strings' and tax-rate-cap-not-forced's warnings,
 * which say the noise too.
 */
export const taxRateCapFloatNoise = capReadingRule({
  id: "tax-rate-cap-float-noise",
  description:
    "tax-rate-cap's 20% cap on a line, or an order total, over it only by a number with 13 or more significant digits in its double's shortest form, or a tax widened from single precision (the digits of a number computed in binary floating point: a tax such as price × 0.2 or summed unit by unit, a price such as 0.3 − 0.1), over by less than a cent and by no more than those numbers' digits may be off (two units of their 15th significant digit, their distance from whole cents within 2^-29, or a tax read as any value within 2^-43 of it if it has 14 or more significant digits, where a sum of up to about 1,000 doubles lies of its decimal, or 2^-23 for a single-precision number of 9 or more, 5 after the point; an order total reads a line under 20% by no more than its own noise at 20%); or over 20% in one reading of its literals only, by however much (the message says which and by how much): as written where the doubles JSON.parse reads are within it, or as those doubles where the numbers as written are within it. Whether the OMS compares those digits, and whether it reads a literal as a double or as written, the documents do not say, so this is our reading (a warning).",
  reading: "floatNoise",
  messages,
});
