import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: 0 × 1e400 taxed 2 beside 5 × 1 taxed 0 had only the first line's no-subtotal
 * warning, exit 0, though the first line's subtotal as written is exactly 0 (its price is 0) and the order total is 2 on
 * 5, 40% as written (as doubles 0 × Infinity is NaN: no rate). A total whose every line is read as written is judged as
 * written: over in that one reading, the float-noise warning on the total.
 */
type Line = readonly [string, string, string];
const capFound = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const rows: readonly { name: string; lines: Line[]; cli: string[]; total: boolean }[] = [
  { name: "0 × 1e400 taxed 2 beside 5 × 1 taxed 0: 40% as written: the total's warning", lines: [["0", "1e400", "2"], ["5", "1", "0"]], cli: ["tax-rate-cap-float-noise 1", "tax-rate-cap-no-subtotal 1"], total: true },
  { name: "0 × 1e400 taxed 1 beside 5 × 1 taxed 0: exactly 20% as written: no total finding", lines: [["0", "1e400", "1"], ["5", "1", "0"]], cli: ["tax-rate-cap-no-subtotal 1"], total: false },
  { name: "a price of 1e400 untaxed beside 10 taxed 2 and a free line taxed 1: no total finding (unchanged)", lines: [["1e400", "1", "0"], ["10", "1", "2"], ["0", "1", "1"]], cli: ["tax-rate-cap-no-subtotal 1"], total: false },
];

describe("an order total whose lines past the double range are read as written", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capFound(row.lines);
      expect(found.map((m) => `${m.ruleId} ${m.severity}`).sort()).toEqual(row.cli);
      const total = found.filter((m) => m.message.startsWith("the order's item tax"));
      expect(total.length > 0).toBe(row.total);
      // Its doubles give the total no rate (0 × Infinity is NaN): never said to be within 20% as doubles.
      for (const m of total) expect(m.message).not.toContain("within 20% with each number read as that double");
    });
  }
});
