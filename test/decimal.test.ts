import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cents, compare, toDecimal } from "../src/domain/decimal.js";

describe("cents: the integer shortcut for money agrees with exact decimals", () => {
  it("gives k for k/100 written as JSON money, up to 10^13", () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (k) => {
        expect(cents(k / 100)).toBe(k);
      }),
    );
  });

  it("whenever it gives k, the number's decimal is exactly k hundredths", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1000),
      fc.double({ min: 1e12, max: 1e14, noNaN: true }),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        const k = cents(n);
        if (k !== undefined) expect(compare(toDecimal(n), { units: BigInt(k), scale: 2 })).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it("has no answer for a number that is not a whole number of hundredths", () => {
    for (const n of [0.071, 0.005, 1e-7, 1e13, -1e13, Number.NaN, Number.POSITIVE_INFINITY]) expect(cents(n)).toBeUndefined();
  });
});
