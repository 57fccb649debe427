import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, decimalOfText, multiply, type Decimal } from "../../src/domain/decimal.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { capFindings } from "../support/taxCapFindings.js";

/** An order of `[actualPrice, quantity, itemTaxOverride]` lines that sets forceItemTaxOverride true. */
const order = (lines: readonly (readonly [number, number, number])[]) =>
  orderWithItems(
    lines.map(([actualPrice, quantity, itemTaxOverride]) => orderItem({ actualPrice, quantity, itemTaxOverride })),
    { forceItemTaxOverride: true },
  );
const exact = (n: number): Decimal => decimalOfText(String(n));
const five: Decimal = { units: 5n, scale: 0 };
/** Whether the line is within 20% as written: 5 × tax ≤ price × quantity in exact decimals. */
const withinAsWritten = ([price, quantity, tax]: readonly [number, number, number]) => compare(multiply(five, exact(tax)), multiply(exact(price), exact(quantity))) <= 0;
/** A line of a price divided in doubles taxed price × 0.2, kept only where it is within 20% as written. */
const dividedLine = (cents: number, by: number): [number, number, number] => [cents / 100 / by, 1, (cents / 100 / by) * 0.2];

// Found by the review of 8e91a492: the order total's leeway added every line's, each number's taken the helpful
// way, so enough lines within the cap (as written) made a real excess on a zero line (0.001) noise: 100 lines of
// (30000000 + i)/3 taxed price × 0.2 beside it were the float-noise warning, exit 0.
describe("the order total's leeway is only that of the lines over 20% themselves", () => {
  const repro = (count: number) => {
    const lines: [number, number, number][] = [[0, 1, 0.001]];
    for (let i = 0; lines.length < count; i++) {
      const price = (30000000 + i) / 3;
      const line: [number, number, number] = [price, 1, price * 0.2];
      if (withinAsWritten(line)) lines.push(line);
    }
    return order(lines);
  };
  it.each([2, 50, 100, 300])("a zero line taxed 0.001 beside %i − 1 lines of (30000000 + i)/3 within 20% as written: the order total's error", (count) => {
    expect(capFindings(repro(count))).toEqual([["tax-rate-cap", "error", "/orderItems"]]);
  });

  it("a zero line's tax of 0.001 beside any number of noisy lines within 20% as written stays the order total's error", () => {
    const line = fc.record({ c: fc.integer({ min: 1, max: 4_000_000_000 }), by: fc.constantFrom(3, 7, 9, 11, 13) }).map(({ c, by }) => dividedLine(c, by));
    fc.assert(
      fc.property(fc.array(line, { minLength: 100, maxLength: 300 }), (others) => {
        const within = others.filter(withinAsWritten);
        fc.pre(within.length > 0);
        expect(capFindings(order([[0, 1, 0.001], ...within]))).toEqual([["tax-rate-cap", "error", "/orderItems"]]);
      }),
      { seed: 20261207, numRuns: 30, endOnFailure: true },
    );
  });
});
