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
