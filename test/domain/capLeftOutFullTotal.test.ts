import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: 100 × 1 taxed 20, a free line taxed 0.01 and −10 × 1 taxed −3 was tax-rate-cap's
 * error on "item tax 20.01 … on its item subtotal 100 … leaving out orderItems 2", though all lines together are 17.01
 * on 90 (18.9%) and no line's rate is over: the total without the negative lines is our arithmetic (SPEC §3: at most a
 * warning). The error now needs the whole order's total over too; and its message no longer says "all lines'
 * itemTaxOverride added together" beside "leaving out orderItems 2".
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
    name: "the whole total over too (24 on 90): the error on the lines of no negative factor, naming which it counts",
    lines: [["100", "1", "20"], ["0", "1", "5"], ["-10", "1", "-1"]],
    value: ["tax-rate-cap error /orderItems"],
    says: ["leaving out orderItems 2", "the itemTaxOverride of the lines it counts added together"],
    never: ["all lines' itemTaxOverride added together"],
  },
];

describe("an order total counted without its negative lines is the error only where the whole order's total is over too", () => {
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

  it("100 × 1 taxed 20, a free line taxed z cents and −n cents × 1 taxed −m cents: the error iff the whole total is over 20% (BigInt cents)", () => {
    const cents = (units: number) => (units / 100).toFixed(2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 2000 }), (z, n, m) => {
        const [tax, subtotal] = [2000n + BigInt(z) - BigInt(m), 10000n - BigInt(n)];
        const wholeOver = tax > 0n && 5n * tax > subtotal;
        const { value } = found([["100", "1", "20"], ["0", "1", cents(z)], [`-${cents(n)}`, "1", m === 0 ? "0" : `-${cents(m)}`]]);
        expect(value.includes("tax-rate-cap error /orderItems")).toBe(wholeOver);
      }),
      { numRuns: 150 },
    );
  });
});
