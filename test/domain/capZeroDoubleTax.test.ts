import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: 1e-400 × 1 taxed 1e-400 had no finding (100% as written, but JSON.parse reads
 * both as 0, and 0 taxed 0 was passed over as clearly within the cap), where 1e-320 × 1 taxed 1e-320 (a subnormal double,
 * not 0) is the error. Over in one reading only is the float-noise warning: a tax whose double is 0 but whose literal is
 * not is read as written too.
 */
type Line = readonly [string, string, string];
const capFound = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const rows: readonly { name: string; lines: Line[]; found: string[] }[] = [
  { name: "1e-320 × 1 taxed 1e-320: 100% both ways, the error (as before)", lines: [["1e-320", "1", "1e-320"]], found: ["tax-rate-cap 2"] },
  { name: "1e-400 × 1 taxed 1e-400: 100% as written, 0 on 0 as doubles: the float-noise warning", lines: [["1e-400", "1", "1e-400"]], found: ["tax-rate-cap-float-noise 1"] },
  { name: "1 × 1e-400 taxed 1e-400: the quantity so too", lines: [["1", "1e-400", "1e-400"]], found: ["tax-rate-cap-float-noise 1"] },
  { name: "1e-400 × 1 taxed 1e-401: 10% as written: no finding", lines: [["1e-400", "1", "1e-401"]], found: [] },
  { name: "1e-400 × 1 taxed 0: no tax: no finding", lines: [["1e-400", "1", "0"]], found: [] },
  { name: "1 × 1 taxed 1e-400: far within as written: no finding", lines: [["1", "1", "1e-400"]], found: [] },
];

describe("a tax literal whose double is 0 is read as written too", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capFound(row.lines);
      expect(found.map((m) => `${m.ruleId} ${m.severity}`), found.map((m) => m.message).join("\n")).toEqual(row.found);
    });
  }
});
