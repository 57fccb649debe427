import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineText, spellings, verdicts } from "../support/capVerdicts.js";

/** An order of one line as text, forceItemTaxOverride true, its tax written as `tax` spells it. */
const orderText = (price: number, quantity: number, tax: string) => lineText(String(price), quantity, tax);

// The audit of the float-noise gates: a single-precision tax was known as one only when written as its shortest form, so the
// same double spelt out exactly (Java) or to 17 digits (C, .NET G17) fell to the sum window and was tax-rate-cap's error,
// and lintText (the CLI) disagreed with validate(JSON.parse(text)), which sees only the double.
describe("a single-precision tax gets one verdict however its double is spelt", () => {
  it.each([
    [0.01, 1, ["0.0020000000949949026", "0.00200000009499490261077880859375"]],
    [0.98, 999, ["195.8040008544922", "195.80400085449219"]],
  ])("%s × %s taxed %j: the float-noise warning each way, through lintText and validate", (price, quantity, taxes) => {
    for (const tax of taxes) expect(verdicts(orderText(price, quantity, tax))).toEqual({ text: ["tax-rate-cap-float-noise warning"], value: ["tax-rate-cap-float-noise warning"] });
  });

  it("Math.fround(cents/100 × q × 0.2), or a single near it, written three ways: one verdict, as text and as a value", () => {
    const line = fc.record({ cents: fc.integer({ min: 1, max: 200_000 }), quantity: fc.constantFrom(1, 3, 7, 999), step: fc.integer({ min: -2, max: 2 }) });
    fc.assert(
      fc.property(line, ({ cents, quantity, step }) => {
        const price = cents / 100;
        const single = Math.fround(price * quantity * 0.2);
        // A neighbour of that single (step units of single precision's last place), over or under 20% by its own step.
        const tax = Math.fround(single + step * (Math.fround(single * (1 + 2 ** -23)) - single));
        const [shortest, ...others] = spellings(tax).map((written) => verdicts(orderText(price, quantity, written)));
        expect(shortest!.text).toEqual(shortest!.value);
        for (const other of others) expect(other).toEqual(shortest);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});

// The audit of 5ddde9de..df0eb79b: the 13- and 14-digit gates counted the written digits, so 9000000000.001 on 45000000000
// (0.001 over, the same 13 digits as its double's shortest form) was tax-rate-cap's error, and that double spelt exactly
// or to 17 digits passed the sum's 14-digit gate and was read within 2^-43 of it: the float-noise warning, exit 0.
const error = { text: ["tax-rate-cap error"], value: ["tax-rate-cap error"] };

describe("a large tax gets one verdict however its double is spelt", () => {
  it.each(["9000000000.001", "9000000000.00099945068359375", "9000000000.0009995"])("45000000000 × 1 taxed %s: tax-rate-cap's error, through lintText and validate", (tax) => {
    expect(verdicts(orderText(45_000_000_000, 1, tax))).toEqual(error);
  });

  it("whole-cent subtotals 10^10…10^11 taxed 0.2 × S + 0.001, written three ways: one verdict, as text and as a value", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 12n, max: 10n ** 13n - 1n }), (cents) => {
        const thousandths = cents * 2n + 1n;
        const tax = Number(`${thousandths / 1000n}.${(thousandths % 1000n).toString().padStart(3, "0")}`);
        const [shortest, ...others] = spellings(tax).map((written) => verdicts(orderText(Number(cents) / 100, 1, written)));
        expect(shortest!.text).toEqual(shortest!.value);
        for (const other of others) expect(other).toEqual(shortest);
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
