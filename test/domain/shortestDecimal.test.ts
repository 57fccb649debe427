import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, formatDecimal, magnitude, multiply, roundedToSignificant, significantDigits, subtract, toDecimal, type Decimal } from "../../src/domain/decimal.js";
import { shortestDecimal } from "../../src/domain/shortestDecimal.js";

/** The first count of significant digits (1 to 12) whose rounding lies within `relative` of the number, searched in exact decimals alone. */
function searched(read: Decimal, relative: number): string | undefined {
  const within = multiply(magnitude(read), toDecimal(relative));
  for (let digits = 1; digits <= 12; digits++) {
    const short = roundedToSignificant(read, digits);
    if (compare(magnitude(subtract(read, short)), within) <= 0) return formatDecimal(short);
  }
  return undefined;
}
const found = (n: number) => {
  const short = shortestDecimal(toDecimal(n));
  return short === undefined ? undefined : formatDecimal(short);
};

describe("shortestDecimal: the decimal a number of a double's digits may stand for", () => {
  it.each([
    [9.30000000000001, "9.3"],
    [71.92800000000125, "71.928"],
    [Math.fround(0.01 * 0.2), "0.002"],
    // 4500000.01 − 4500000 is exactly single precision's 0.01 (Math.fround(0.01)): within 2^-23 of it.
    [4500000.01 - 4500000, "0.01"],
    // A division is no sum: 33.333333333333336 is 10^-12 of itself off 33.3333333333, past 2^-43 (within 2^-33 until
    // the review of 13155618: 33.33333333).
    [100 / 3, undefined],
    // 13 digits and no single-precision number: a person's tax to a tenth of a cent, read as written (2000000000 until
    // the review of 13155618).
    [2000000000.009, undefined],
    // 15 digits, a sum: 18.72 × 0.2 added 956 times, 1.1 × 10^-14 of it off 3579.264.
    [3579.26400000004, "3579.264"],
  ])("%s → %s", (n, expected) => {
    expect(found(n)).toBe(expected);
  });

  // Doubles skip the counts of digits that surely land too far; the exact search must decide the same.
  it("is the exact search's decimal: within 2^-43 of a double of 14 or more digits, 2^-23 of a single-precision number", () => {
    const double = fc.double({ min: 1e-6, max: 1e9, noNaN: true }).filter((n) => n > 0);
    fc.assert(
      fc.property(double, fc.boolean(), (n, single) => {
        const read = single ? Math.fround(n) : n;
        fc.pre(read > 0 && (single || Math.fround(read) !== read));
        const decimal = toDecimal(read);
        expect(found(read)).toBe(single || significantDigits(decimal) >= 14 ? searched(decimal, single ? 2 ** -23 : 2 ** -43) : undefined);
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });
});
