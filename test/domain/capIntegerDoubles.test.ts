import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rawLinesText, verdicts } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: 368934881474191032320 (5·2^66) × 1 taxed 73786976294838206464 (2^66) is exactly
 * 20%, as written and as doubles (each literal is its double's exact value), yet validate() gave tax-rate-cap's error
 * and the CLI the float-noise warning "over as JSON.parse reads it": an integer double past 2^53 was read through its
 * shortest form (2^66 as 73786976294838210000, 3,136 more) instead of its value. SPEC §4: exactly 20% passes.
 */
const rows: readonly { name: string; line: [string, string, string] }[] = [
  { name: "5·2^66 × 1 taxed 2^66: exactly 20%", line: ["368934881474191032320", "1", "73786976294838206464"] },
  { name: "379250519572480 × 848905 taxed 64389532463535226880: exactly 20%", line: ["379250519572480", "848905", "64389532463535226880"] },
];

describe("an integer double past 2^53 is read as its value: exactly 20% passes", () => {
  for (const row of rows) {
    it(row.name, () => {
      expect(verdicts(rawLinesText([row.line]))).toEqual({ text: [], value: [] });
    });
  }

  it("integer doubles p and t with 5t = p exactly: no finding in the CLI nor in validate()", () => {
    // t an integer double up to 2^1000 whose 5t is a double too (t = m·2^e, m below 2^50, so 5m keeps 53 bits).
    const integerDouble = fc.tuple(fc.integer({ min: 1, max: 2 ** 50 }), fc.integer({ min: 0, max: 1000 })).map(([m, e]) => m * 2 ** e);
    fc.assert(
      fc.property(integerDouble, (t) => {
        const p = 5 * t;
        fc.pre(Number.isFinite(p) && BigInt(p) === 5n * BigInt(t));
        expect(verdicts(rawLinesText([[BigInt(p).toString(), "1", BigInt(t).toString()]]))).toEqual({ text: [], value: [] });
      }),
      { numRuns: 60 },
    );
  });
});
