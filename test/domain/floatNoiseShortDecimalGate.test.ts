import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, significantDigits } from "../../src/domain/decimal.js";
import { capFindings, oneLineOrder, statedOnTax } from "../support/taxCapFindings.js";


// Found by the review of 13155618: the shortest-decimal reading (within 2^-33 of a tax) applied from 13 significant
// digits, so a person's tax written to a tenth of a cent was read down from about 10^8 of tax: 2000000000.009 on 10^10
// (0.009 over, 13 digits) read as 2000000000, the float-noise warning, exit 0. Now the window is 2^-43 (what a sum of a
// thousand amounts may be off) and a tax of 13 digits is read so only if it is a single-precision number.
describe("a person's tax of 13 to 15 significant digits over by a tenth of a cent is not read down by a tax window", () => {
  it.each([
    [10000000000, 1, 2000000000.009],
    [1000000000, 1, 200000000.0012],
    [40000000000, 1, 8000000000.0012],
    [300000000, 7, 420000000.0013],
  ])("%s × %s taxed %s (over by under a cent, 13 to 15 significant digits): the stated error", (price, quantity, tax) => {
    expect(capFindings(oneLineOrder(price, quantity, tax))).toEqual(statedOnTax);
  });

  it("whole prices up to 4.4 × 10^10 of subtotal (taxes below 2^43 thousandths, 8.8 × 10^9), taxed 20% plus 0.001 or more (under a cent) at 3 to 6 decimals, 15 significant digits or fewer, are the stated error", () => {
    const line = fc.record({
      // Of every magnitude: up to six digits times a power of ten.
      price: fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 6 })).map(([digits, power]) => digits * 10 ** power),
      quantity: fc.constantFrom(1, 3, 7, 10),
      places: fc.integer({ min: 3, max: 6 }),
      excessMillionths: fc.integer({ min: 1000, max: 9999 }),
    });
    fc.assert(
      fc.property(line, ({ price, quantity, places, excessMillionths }) => {
        fc.pre(price * quantity <= 10 ** 12);
        // 20% of the subtotal and the excess written at `places` decimals (at least 0.001), exactly.
        const excess = BigInt(excessMillionths) / 10n ** BigInt(6 - places);
        const tax = { units: BigInt(price) * BigInt(quantity) * 2n * 10n ** BigInt(places - 1) + excess, scale: places };
        fc.pre(significantDigits(tax) <= 15);
        // Left to the warning, as the rule's doc says (the corner of large amounts): a tax of 2^43 thousandths (8.8 × 10^9)
        // or more, where 2^-43 of it (how far a sum of a thousand amounts may be off its decimal) is a tenth of a cent.
        fc.pre(tax.units < 2n ** 43n * 10n ** BigInt(places - 3));
        expect(capFindings(oneLineOrder(price, quantity, Number(formatDecimal(tax))))).toEqual(statedOnTax);
      }),
      // 600 runs, measured: 4e2a60f7's defect (2^-33 from 13 digits) fails 121 of the first 500 (472 of 2,000); a window of
      // 2^-42, twice 2^-43, fails run 492 alone, of 2,000 as of 600.
      { seed: 20261207, numRuns: 600 },
    );
  });
});
