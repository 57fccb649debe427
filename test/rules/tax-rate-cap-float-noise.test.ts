import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taxRateCapFloatNoise } from "../../rules/tax-rate-cap-float-noise.js";
import { validate } from "../../src/builtIn/linter.js";
import { orderItem, orderWithItems, type Json } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

/** A line with the given price, quantity and total tax. */
const line = (actualPrice: Json, quantity: Json, itemTaxOverride: Json) => orderItem({ actualPrice, quantity, itemTaxOverride });
/** An order of the given lines whose itemTaxOverride the OMS takes as their tax (forceItemTaxOverride true, as in the documents' example). */
const order = (...lines: ReturnType<typeof line>[]) => orderWithItems(lines, { forceItemTaxOverride: true });
const taxAt = (index: number) => `/orderItems/${index}/itemSpecifics/itemTaxOverride`;
/** What every message of the rule says: the doubt is ours, and the fix. */
const unsaid = "Whether the OMS compares those digits";
const roundDown = "round the tax to the currency's minor unit, down";

// Found by the rules audit against the seeds (at 73351ccf): 0.22 × 0.2 = 0.044000000000000004 was
// tax-rate-cap's error, blocking the sale in a pre-submit check, though the seed states the 20% cap
// and not whether the OMS compares digits past any currency's minor unit (SPEC §3: when in doubt, warn).
ruleTester(taxRateCapFloatNoise, {
  valid: [
    { name: "exactly 20%, written 0.07 on 0.35 (binary floats say 0.35000000000000003)", payload: order(line(0.35, 1, 0.07)) },
    { name: "a floating-point tax rounded down to cents: 0.04 on 0.22", payload: order(line(0.22, 1, 0.04)) },
    { name: "a real excess (0.05 on 0.22) is tax-rate-cap's error, not this warning", payload: order(line(0.22, 1, 0.05)) },
    { name: "four decimals over by less than a cent are a currency's own precision: tax-rate-cap's", payload: order(line(0.3333, 1, 0.0667)) },
    { name: "a tiny line far over the cap (0.00005 on 0.0001, 50%) is no float noise: tax-rate-cap's", payload: order(line(0.0001, 1, 0.00005)) },
    { name: "SKIP_INTERNATIONAL_TAX bypasses the cap", payload: order(line(0.22, 1, 0.22 * 0.2)), settings: { skipInternationalTax: true } },
  ],
  invalid: [
    {
      name: "a tax computed in floating point (0.22 × 0.2 = 0.044000000000000004) is over by its noise: this warning, saying why and what to do",
      payload: order(line(0.22, 1, 0.22 * 0.2)),
      errors: [{ path: taxAt(0), messageId: "lineRateFloatNoise", messageIncludes: ["itemTaxOverride 0.044000000000000004", "just over 20%", "binary floating point", unsaid, "may refuse the order", roundDown] }],
    },
    {
      name: "the order total over by float noise (a line at 20% beside a zero line taxed 1e-17)",
      payload: order(line(0.1, 1, 0.02), line(0, 1, 1e-17)),
      errors: [{ path: "/orderItems", messageId: "orderRateFloatNoise", messageIncludes: ["round each line's tax", unsaid] }],
    },
    // The text's digits as written, past a double's, are in tax-rate-cap.test.ts's table of this rule.
    {
      name: "the same beside a negative line: the total on the other lines, over by float noise",
      payload: order(line(0.3, 1, 0.06), line(0, 1, 1e-17), line(-1, 1, 0)),
      errors: [{ path: "/orderItems", messageId: "orderRateLeavingOutNegativeLinesFloatNoise", messageIncludes: ["leaving out orderItems 2", "round each line's tax"] }],
    },
  ],
});

describe("one cause, one finding: float noise is this warning, a real excess tax-rate-cap's error", () => {
  const capFindings = (payload: unknown) => validate("createOrder", payload).diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap")).map((d) => [d.ruleId, d.severity, d.evidence, d.path]);

  it("0.044000000000000004 on 0.22: this warning alone, and the order is valid", () => {
    const noisy = order(line(0.22, 1, 0.22 * 0.2));
    expect(capFindings(noisy)).toEqual([["tax-rate-cap-float-noise", "warning", "inferred", taxAt(0)]]);
    expect(validate("createOrder", noisy).valid).toBe(true);
  });

  it("0.05 on 0.22: tax-rate-cap's error alone", () => {
    expect(capFindings(order(line(0.22, 1, 0.05)))).toEqual([["tax-rate-cap", "error", "stated", taxAt(0)]]);
  });

  it("a tax computed as price × quantity × 0.2 in doubles never fails validate(): on its line, this warning or nothing", () => {
    const priced = fc.record({ priceCents: fc.integer({ min: 1, max: 1_000_000 }), quantity: fc.integer({ min: 1, max: 100 }) });
    fc.assert(
      fc.property(priced, ({ priceCents, quantity }) => {
        const price = priceCents / 100;
        const result = validate("createOrder", order(line(price, quantity, price * quantity * 0.2)));
        expect(result.valid).toBe(true);
        for (const found of result.diagnostics.filter((d) => d.path.startsWith("/orderItems"))) expect([found.ruleId, found.severity]).toEqual(["tax-rate-cap-float-noise", "warning"]);
      }),
      { seed: 20261206, numRuns: 100 },
    );
  });
});
