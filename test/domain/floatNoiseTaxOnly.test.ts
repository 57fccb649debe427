import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, decimalOfText, formatDecimal, multiply, significantDigits, subtract, type Decimal } from "../../src/domain/decimal.js";
import { capFindings, oneLineOrder, statedOnTax } from "../support/taxCapFindings.js";


/** 20% of `subtotal` rounded up at `places` decimals, exactly. */
function fifthRoundedUp(subtotal: Decimal, places: number): Decimal {
  // subtotal × 2 / 10 in units of 10^-places: units × 2 × 10^places / 10^(scale + 1), rounded up.
  const numerator = subtotal.units * 2n * 10n ** BigInt(places);
  const denominator = 10n ** BigInt(subtotal.scale + 1);
  return { units: (numerator + denominator - 1n) / denominator, scale: places };
}

// Found by the review of 8e91a492: the shortest-decimal reading, meant for taxes summed unit by unit or rounded to
// single precision, was applied to prices too, and 66.66666666666667 (200/3) read as 66.66666667 made a tax a person
// rounded up (read as written, 12 digits or fewer) the float-noise warning: exit 0, where before it was the error.
describe("the shortest-decimal reading re-reads the tax only, never a price", () => {
  it.each([
    [200 / 3, 1000, 13333.333334],
    [200 / 3, 1, 13.333333334],
    [10000001.666666666, 1, 2000000.3334],
  ])("%s × %s taxed %s (rounded up, as a person writes it): the stated error", (price, quantity, tax) => {
    expect(capFindings(oneLineOrder(price, quantity, tax))).toEqual(statedOnTax);
  });

  it("20% of a price of a division (c/100/d) × quantity rounded up at 4 to 10 decimals, over 20% as written, past the price's rounding, is the stated error", () => {
    const line = fc.record({ c: fc.integer({ min: 1, max: 10_000 }), d: fc.constantFrom(3, 7, 9), quantity: fc.integer({ min: 1, max: 10 }), places: fc.integer({ min: 4, max: 10 }) });
    fc.assert(
      fc.property(line, ({ c, d, quantity, places }) => {
        const price = c / 100 / d;
        const subtotal = multiply(decimalOfText(String(price)), { units: BigInt(quantity), scale: 0 });
        const tax = fifthRoundedUp(subtotal, places);
        // Written as a person writes it, and over 20% by more than 10^-12 of the subtotal: past the price's rounding
        // (two units of its 15th significant digit, at most 2 × 10^-14 of it), where 23.26 on 58.15/3 × 6 =
        // 116.299999999999998 is 20% of 116.3 and over only by the price's digits (noise, rightly).
        const excess = subtract(multiply({ units: 5n, scale: 0 }, tax), subtotal);
        fc.pre(significantDigits(tax) <= 12 && compare(multiply(excess, { units: 10n ** 12n, scale: 0 }), subtotal) > 0);
        expect(capFindings(oneLineOrder(price, quantity, Number(formatDecimal(tax))))).toEqual(statedOnTax);
      }),
      // A price read within 2^-33 of itself (8e91a492's reading of 66.66666666666667 as 66.66666667, as a window): 195 of
      // 1,000 runs fail, 102 of 500; within 2^-37 (which the three cases above pass), 61 and 36.
      { seed: 20261207, numRuns: 500 },
    );
  });
});
