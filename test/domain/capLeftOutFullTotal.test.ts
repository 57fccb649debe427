import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: 100 × 1 taxed 20, a free line taxed 0.01 and −10 × 1 taxed −3 was tax-rate-cap's
 * error on "item tax 20.01 … on its item subtotal 100 … leaving out orderItems 2", though all lines together are 17.01
 * on 90 (18.9%) and no line's rate is over: the total without the negative lines is our arithmetic (SPEC §3: at most a
 * warning). The error then needed the whole order's total over too. Since the audit of 2026-12-07 it is never the error:
 * the total on the lines of no negative factor is over only by the free line's tax, which has no rate, so that line's
 * tax-rate-cap-no-subtotal warning is the one finding, whatever the whole order's total.
 */
type Line = readonly [string, string, string];
const found = (lines: readonly Line[]) => {
  const text = rawLinesText(lines);
  const cap = (d: { ruleId?: string | null }) => d.ruleId?.startsWith("tax-rate-cap") === true;
  return {
    cli: lintText(text, { kind: "createOrder" }).messages.filter(cap),
    value: validate("createOrder", JSON.parse(text)).diagnostics.filter(cap).map((d) => `${d.ruleId} ${d.severity} ${d.path}`),
  };
};

const rows: readonly { name: string; lines: Line[]; value: string[]; says?: string[]; never?: string[] }[] = [
  {
    name: "the audit's order: the whole total is within 20%: no error, the free line's tax its no-subtotal warning",
    lines: [["100", "1", "20"], ["0", "1", "0.01"], ["-10", "1", "-3"]],
    value: ["tax-rate-cap-no-subtotal warning /orderItems/1/itemSpecifics/itemTaxOverride"],
  },
  {
    name: "the whole total over too (24 on 90): the free line's warning still, no total's finding (until the audit of 2026-12-07, the error)",
    lines: [["100", "1", "20"], ["0", "1", "5"], ["-10", "1", "-1"]],
    value: ["tax-rate-cap-no-subtotal warning /orderItems/1/itemSpecifics/itemTaxOverride"],
    says: ["orderItems 1: itemTaxOverride 5 on a subtotal of 0"],
    never: ["leaving out orderItems 2", "the order's item tax"],
  },
];

describe("an order total counted without its negative lines, over only by a free line's tax, is that line's warning", () => {
  for (const row of rows) {
    it(row.name, () => {
      const { cli, value } = found(row.lines);
      expect(value).toEqual(row.value);
      expect(cli.map((m) => `${m.ruleId} ${m.severity === 2 ? "error" : "warning"}`)).toEqual(row.value.map((v) => v.split(" ").slice(0, 2).join(" ")));
      const words = cli.map((m) => m.message).join("\n");
      for (const w of row.says ?? []) expect(words).toContain(w);
      for (const w of row.never ?? []) expect(words).not.toContain(w);
    });
  }

  it("100 × 1 taxed 20, a free line taxed z cents and −n cents × 1 taxed −m cents: the free line's warning alone, whether the whole total is over 20% or not", () => {
    const cents = (units: number) => (units / 100).toFixed(2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 2000 }), (z, n, m) => {
        const { value } = found([["100", "1", "20"], ["0", "1", cents(z)], [`-${cents(n)}`, "1", m === 0 ? "0" : `-${cents(m)}`]]);
        expect(value).toEqual(["tax-rate-cap-no-subtotal warning /orderItems/1/itemSpecifics/itemTaxOverride"]);
      }),
      { numRuns: 150 },
    );
  });
});
