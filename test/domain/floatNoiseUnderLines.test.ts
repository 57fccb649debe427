import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, compare, decimalOfText, multiply, significantDigits, zero, type Decimal } from "../../src/domain/decimal.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { capFindings } from "../support/taxCapFindings.js";

type Line = readonly [price: number, quantity: number, tax: number];

/** An order of `[actualPrice, quantity, itemTaxOverride]` lines that sets forceItemTaxOverride true. */
const order = (lines: readonly Line[]) =>
  orderWithItems(
    lines.map(([actualPrice, quantity, itemTaxOverride]) => orderItem({ actualPrice, quantity, itemTaxOverride })),
    { forceItemTaxOverride: true },
  );
const exact = (n: number): Decimal => decimalOfText(String(n));
/** Whether the order's item tax is over 20% of its item subtotal as written: 5 × Σ tax > Σ price × quantity, exactly. */
const totalOverAsWritten = (lines: readonly Line[]) => {
  const [tax, subtotal] = lines.reduce(([t, s], [price, quantity, lineTax]) => [add(t, exact(lineTax)), add(s, multiply(exact(price), exact(quantity)))], [zero, zero]);
  return compare(multiply({ units: 5n, scale: 0 }, tax), subtotal) > 0;
};
/** The order total's findings alone. */
const totalFindings = (lines: readonly Line[]) => capFindings(order(lines)).filter(([, , path]) => path === "/orderItems");
const totalError = [["tax-rate-cap", "error", "/orderItems"]];

// The audit of the float-noise gates: the order total's leeway lent the lines over 20% their noise but counted the lines
// under 20% as written, so their downward noise cancelled a free line's real cent of tax: two float-noise warnings, exit 0.
describe("lines under 20% by their noise do not cancel a free line's real tax", () => {
  it.each([
    [
      "four lines of Math.fround(price × 0.2) (three 0.004 under 20%, one 0.004 over) beside a free line taxed 0.01",
      [
        [350000.37, 1, 70000.0703125],
        [350000.41, 1, 70000.078125],
        [350000.8, 1, 70000.15625],
        [350000.02, 1, 70000.0078125],
        [0, 1, 0.01],
      ],
    ],
    [
      "the control: a line exactly at 20% beside a free line taxed 0.01",
      [
        [350000, 1, 70000],
        [0, 1, 0.01],
      ],
    ],
  ] as [string, Line[]][])("%s: the order total's error", (_name, lines) => {
    expect(totalFindings(lines)).toEqual(totalError);
  });

  it("a free line taxed 0.001 to 0.009 beside 10 to 30 lines taxed Math.fround(price × quantity × 0.2), read within 2^-23: never the order total's warning", () => {
    // Lines whose single has 9 or more digits, 5 after the point: each within 20% by its window, over or under.
    const singleLine = fc
      .record({ cents: fc.integer({ min: 1, max: 5_000_000 }), quantity: fc.integer({ min: 1, max: 5 }) })
      .map(({ cents, quantity }): Line => [cents / 100, quantity, Math.fround((cents / 100) * quantity * 0.2)])
      .filter(([, , tax]) => significantDigits(exact(tax)) >= 9 && (String(tax).split(".")[1] ?? "").length >= 5);
    const orders = fc.record({ lines: fc.array(singleLine, { minLength: 10, maxLength: 30 }), freeTax: fc.integer({ min: 1, max: 9 }).map((k) => k / 1000) });
    fc.assert(
      fc.property(orders, ({ lines, freeTax }) => {
        const all: Line[] = [...lines, [0, 1, freeTax]];
        // Over 20% as written, the total is over by the free line's real tax: the error; within, no total finding at all.
        expect(totalFindings(all)).toEqual(totalOverAsWritten(all) ? totalError : []);
      }),
      { seed: 20261207, numRuns: 100 },
    );
  });
});
