import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: writtenBounds' high end was taken for a price or quantity whatever its sign, so
 * -1e1200 × -1 taxed 3e1099 (a product of 10^1200 as written, a rate of 3e-99 %) was tax-rate-cap-no-subtotal's warning
 * claiming "their product 1e1100 … a rate on it (30%)". A factor below zero known only as an interval has no end that
 * bounds the product from the error's side: the rate is not judged.
 */
type Line = readonly [string, string, string];
const capFound = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const rows: readonly { name: string; lines: Line[]; cli: string[] }[] = [
  { name: "-1e1200 × -1 taxed 3e1099: a product of 10^1200, far within 20%: no finding", lines: [["-1e1200", "-1", "3e1099"]], cli: [] },
  { name: "-1 × -1e1200 taxed 3e1099: the same, the quantity the interval: no finding", lines: [["-1", "-1e1200", "3e1099"]], cli: [] },
  { name: "-1 × -1e999999999 taxed 1e1000: no finding", lines: [["-1", "-1e999999999", "1e1000"]], cli: [] },
];

describe("a negative factor known only as an interval: no rate claimed from its wrong end", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capFound(row.lines);
      expect(found.map((m) => `${m.ruleId} ${m.severity}`), found.map((m) => m.message).join("\n")).toEqual(row.cli);
    });
  }
});
