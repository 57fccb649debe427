import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: d42d92ee stopped judging a negative price or quantity known only as an interval
 * (its high end bounds no product from the error's side), and so -1e1200 × 1 taxed 1 had no finding, though its sign is
 * certain and its subtotal at most -1e1100, as -1e400 × 1 taxed 1 (read exactly) gets tax-rate-cap-no-subtotal. A factor
 * whose interval lies wholly at or below zero beside one wholly at or above it is a subtotal of zero or less: the warning.
 */
type Line = readonly [string, string, string];
const capFound = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const noSubtotal = "tax-rate-cap-no-subtotal 1";
const rows: readonly { name: string; lines: Line[]; found: string[]; says?: string }[] = [
  { name: "-1e400 × 1 taxed 1, read exactly: the warning (as before)", lines: [["-1e400", "1", "1"]], found: [noSubtotal] },
  { name: "-1e1200 × 1 taxed 1: a subtotal at most -1e1100, the warning", lines: [["-1e1200", "1", "1"]], found: [noSubtotal], says: "on a subtotal of below -1e1100" },
  { name: "1 × -1e1200 taxed 1: the quantity the interval, the warning", lines: [["1", "-1e1200", "1"]], found: [noSubtotal] },
  { name: "-1e1200 × 1e-1200 taxed 1: both intervals, signs certain, the warning", lines: [["-1e1200", "1e-1200", "1"]], found: [noSubtotal] },
  { name: "-1e1200 × 1 taxed 0: no tax, no finding", lines: [["-1e1200", "1", "0"]], found: [] },
  { name: "-1e1200 × -1 taxed 1: a product above zero known only as an interval, not judged", lines: [["-1e1200", "-1", "1"]], found: [] },
  // A factor written 0 makes the subtotal exactly 0, whatever bounds the other (the audit of 151fbf9b: "a subtotal of below 0").
  { name: "0 × 1e1200 taxed 1: a subtotal of exactly 0, said so", lines: [["0", "1e1200", "1"]], found: [noSubtotal], says: "on a subtotal of 0 (" },
  { name: "-1e1200 × 0 taxed 1: a subtotal of exactly 0, said so", lines: [["-1e1200", "0", "1"]], found: [noSubtotal], says: "on a subtotal of 0 (" },
];

describe("a factor wholly at or below zero beside a positive one: a subtotal of zero or less, whatever its size", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capFound(row.lines);
      expect(found.map((m) => `${m.ruleId} ${m.severity}`), found.map((m) => m.message).join("\n")).toEqual(row.found);
      if (row.says !== undefined) expect(found[0]!.message).toContain(row.says);
    });
  }
});
