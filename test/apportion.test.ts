import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion, apportionUnits } from "../src/domain/apportion.js";
import { add, compare, toDecimal, zero } from "../src/domain/decimal.js";

const property = { seed: 20261123, numRuns: 300 };
const sumExactly = (parts: number[]) => parts.map(toDecimal).reduce(add, zero);

describe("apportion (largest remainder, integer minor units)", () => {
  it("splits 2.00 shipping tax over subtotals 5 and 5 as 1 and 1", () => {
    expect(apportion(2, [5, 5])).toEqual([1, 1]);
  });

  it("gives the odd cent to the largest remainder, ties to the earliest", () => {
    expect(apportion(0.1, [1, 1, 1])).toEqual([0.04, 0.03, 0.03]);
    expect(apportion(1, [1, 2])).toEqual([0.33, 0.67]);
  });

  it("splits evenly when every weight is zero, and gives zero weights nothing otherwise", () => {
    expect(apportion(0.03, [0, 0, 0])).toEqual([0.01, 0.01, 0.01]);
    expect(apportion(5, [0, 10])).toEqual([0, 5]);
  });

  it("parts sum exactly to the amount, each within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        (cents, weightCents) => {
          const parts = apportion(cents / 100, weightCents.map((w) => w / 100));
          expect(compare(sumExactly(parts), toDecimal(cents / 100))).toBe(0);
          const total = weightCents.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            const exact = total === 0 ? cents / weightCents.length : (cents * weightCents[i]!) / total;
            expect(Math.abs(Math.round(part * 100) - exact)).toBeLessThan(1);
          });
        },
      ),
      property,
    );
  });

  it("over raw units, never loses or invents a unit", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.array(fc.bigInt({ min: 1n, max: 10n ** 6n }), { minLength: 1, maxLength: 10 }), (total, weights) => {
        expect(apportionUnits(total, weights).reduce((a, b) => a + b, 0n)).toBe(total);
      }),
      property,
    );
  });
});
