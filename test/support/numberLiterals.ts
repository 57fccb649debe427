import fc from "fast-check";
import { compare, decimalOfText, zero } from "../../src/domain/decimal.js";

/**
 * JSON number literals around -1 and 0 as written: few digits, long runs of zeros or nines
 * (past a double's digits, so that JSON.parse reads `-1.0000000000000000001` as -1) and small
 * exponents (so that the exact decimal, the oracle, can be spelt out; `1e-30` is kept, the
 * underflow `1e-400` is a table row).
 */
export const literalNearMinusOneAndZero: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom("0", "1", "10", "100", "9", "99"),
    fc.option(fc.stringMatching(/^(?:0{0,25}[0-9]?|9{1,25})$/).filter((f) => f.length > 0), { nil: undefined }),
    fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
  )
  .map(([negative, whole, fraction, exponent]) => `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}${exponent === undefined ? "" : `e${exponent}`}`);

/** The oracle: the literal's place against 0 and -1, from its exact decimal. */
export function placeByDecimal(text: string): "positive" | "zero" | "minusOne" | "negative" {
  const value = decimalOfText(text);
  const sign = compare(value, zero);
  if (sign === 0) return "zero";
  if (sign > 0) return "positive";
  return compare(value, { units: -1n, scale: 0 }) === 0 ? "minusOne" : "negative";
}
