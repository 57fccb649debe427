import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/** An order of one line as text, forceItemTaxOverride true, its tax written as `tax` spells it. */
const orderText = (price: number, quantity: number, tax: string) =>
  JSON.stringify(orderWithItems([orderItem({ actualPrice: price, quantity, itemTaxOverride: 0 })], { forceItemTaxOverride: true })).replace('"itemTaxOverride":0', `"itemTaxOverride":${tax}`);

/** The cap rules' findings (rule, severity) of the text through lintText, and of JSON.parse(text) through validate(). */
function verdicts(text: string): { text: string[]; value: string[] } {
  // lintText's messages give ESLint's severities (1 a warning, 2 an error), validate()'s diagnostics the words.
  const severity = (s: unknown) => (s === 1 ? "warning" : s === 2 ? "error" : String(s));
  const said = (found: readonly { ruleId?: string | null; severity: unknown }[]) => found.filter((d) => d.ruleId?.startsWith("tax-rate-cap")).map((d) => `${d.ruleId} ${severity(d.severity)}`);
  return { text: said(lintText(text, { kind: "createOrder" }).messages), value: said(validate("createOrder", JSON.parse(text)).diagnostics) };
}

/** A double's exact decimal expansion, as Java's new BigDecimal(double) writes it (toFixed is exact up to 100 places). */
const exactExpansion = (x: number) => x.toFixed(100).replace(/0+$/, "").replace(/\.$/, "");

/** The three spellings of one double: its shortest form, C's %.17g (toPrecision(17)), and its exact expansion. */
const spellings = (x: number) => [String(x), x.toPrecision(17), exactExpansion(x)];

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

// Digits written past a double's are read as noise only where the doubles are within 20% (the explicit rule that keeps
// 1.0000000000000001 on 1 × 5 the warning now that the gates read its double's shortest form, 1: one digit).
describe("digits written past the double", () => {
  it("1.0000000000000001 on 1 × 5: the float-noise warning, saying the double is within 20%; JSON.parse's 1 is exactly 20%", () => {
    const text = orderText(5, 1, "1.0000000000000001");
    expect(verdicts(text)).toEqual({ text: ["tax-rate-cap-float-noise warning"], value: [] });
    const [found] = lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId === "tax-rate-cap-float-noise");
    expect(found?.message).toContain("by a number written with more digits than the double its literal parses to keeps (such as 1.0000000000000001, which JSON.parse reads as 1), and within 20% with each number read as that double");
  });

  it("1.0000001000000000001 on 1 × 5: over 20% as a double too (1.0000001, 5 × 10^-7 over), so tax-rate-cap's error", () => {
    expect(verdicts(orderText(5, 1, "1.0000001000000000001"))).toEqual(error);
  });
});
