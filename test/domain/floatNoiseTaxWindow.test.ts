import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { compare, multiply, significantDigits, subtract, toDecimal } from "../../src/domain/decimal.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/** An order of one line that sets forceItemTaxOverride true. */
const order = (actualPrice: number, quantity: number, itemTaxOverride: number) => orderWithItems([orderItem({ actualPrice, quantity, itemTaxOverride })], { forceItemTaxOverride: true });
const capRules = (payload: unknown) =>
  validate("createOrder", payload)
    .diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap"))
    .map((d) => [d.ruleId, d.severity]);
const warned = [["tax-rate-cap-float-noise", "warning"]];

/** Whether the tax is over 20% of price × quantity by less than a cent, exactly (5 × tax − subtotal < 0.05): a cent or more stays the error. */
const underACent = (price: number, quantity: number, tax: number) =>
  compare(subtract(multiply(toDecimal(5), toDecimal(tax)), multiply(toDecimal(price), toDecimal(quantity))), { units: 5n, scale: 2 }) < 0;

/** price × 0.2 added q times in doubles, as a tax summed unit by unit. */
function summed(price: number, quantity: number): number {
  let tax = 0;
  for (let i = 0; i < quantity; i++) tax += price * 0.2;
  return tax;
}

// The audit at 22e4ac12: the shortest-decimal reading picked the shortest decimal in a single-precision tax's 2^-23
// window (14417.57, itself over 20%), found none of <=12 digits in a sum's 2^-43 window, and read a 12-digit single as
// written. A tax is now read as any value within its window.
// The audit of e50b97c5: a person's tax in cents, or to 3 or 4 decimals, is exactly single-precision from 10^6, 10^5 and
// 10^4 (9 digits), and was read within single precision's window: 1000000.25 on 5000001.23 (0.004 over) the warning, exit 0.
describe("a person's tax of few decimals that happens to be exactly single-precision is read as written", () => {
  it.each([
    [5000001.23, 1000000.25],
    [617280.62, 123456.125],
    [61725.31, 12345.0625],
  ])("%s taxed %s: tax-rate-cap's error", (price, tax) => {
    expect(capRules(order(price, 1, tax))).toEqual([["tax-rate-cap", "error"]]);
  });
});

describe("a tax within its window of 20% (single precision or a sum of doubles) is the float-noise warning", () => {
  it.each([
    [72.16, 999, 14417.568359375],
    [0.52 / 7, 1, Math.fround((0.52 / 7) * 0.2)],
    [0.15 / 7, 999, summed(0.15 / 7, 999)],
    [4.17, 999, 833.166015625],
    // The audit of the float-noise gates: 7998f30d's gate of 6 digits after the point made these tax-rate-cap's error
    // (exit 1), though a single widened from a computation below 2^17 may write 5 (10833.15625) and from 2^17 does.
    [54.22, 999, 10833.15625],
    [656.12, 999, 131092.78125],
    [656.51, 999, 131170.703125],
  ])("%s × %s taxed %s: the warning", (price, quantity, tax) => {
    expect(capRules(order(price, quantity, tax))).toEqual(warned);
  });

  it("Math.fround(cents/100 × q × 0.2), cents 1..200000, q in 1, 3, 7, 999, over by less than a cent, of 9 or more digits, is never the error", () => {
    const line = fc.record({ cents: fc.integer({ min: 1, max: 200_000 }), quantity: fc.constantFrom(1, 3, 7, 999) });
    fc.assert(
      fc.property(line, ({ cents, quantity }) => {
        const price = cents / 100;
        const tax = Math.fround(price * quantity * 0.2);
        // Single precision's own step reaches a cent from 2^17 of tax (1624.74 × 999 taxed 324623.0625, 1.05 cents over): the error, as any cent over.
        fc.pre(underACent(price, quantity, tax));
        // A single of fewer than 9 digits is read as written, as a person's short dyadic tax (1207.51 × 999 taxed 241260.5): the error.
        fc.pre(significantDigits(toDecimal(tax)) >= 9);
        // Nor one of fewer than 5 digits after the point, as a person's amount in cents or to 3 or 4 decimals (1000000.25,
        // 123456.125, 12345.0625). Until the audit of the float-noise gates this asked 6, which left out exactly the
        // singles the gate of 6 wrongly made the error (Math.fround(54.22 × 999 × 0.2) = 10833.15625).
        fc.pre((String(tax).split(".")[1] ?? "").length >= 5);
        const found = capRules(order(price, quantity, tax));
        expect(found.filter(([, severity]) => severity === "error")).toEqual([]);
      }),
      // Runs counted after the filters. Of 3,000, 86 failed with 7998f30d's gate of 6 digits after the point and
      // 1,567 with no single-precision window; of 1,000, 39 and 516; of 500, 21 and 262.
      { seed: 20261207, numRuns: 500 },
    );
  });

  it("cents/100/d × 0.2 summed q times (d 3 or 7, q up to 999) is never the error", () => {
    const line = fc.record({ cents: fc.integer({ min: 1, max: 20_000 }), divisor: fc.constantFrom(3, 7), quantity: fc.integer({ min: 1, max: 999 }) });
    fc.assert(
      fc.property(line, ({ cents, divisor, quantity }) => {
        const price = cents / 100 / divisor;
        const found = capRules(order(price, quantity, summed(price, quantity)));
        expect(found.filter(([, severity]) => severity === "error")).toEqual([]);
      }),
      // Of 1,000 runs, 76 failed with no sum window (2^-43); of 500, 31; of 300, 18.
      { seed: 20261207, numRuns: 300 },
    );
  });
});
