import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: a tax of 1e400 (or a 401-digit integer) on 1 × 1 is a rate of about 10^402 %
 * as written and Infinity as a double, over 20% in both readings, yet the CLI gave only the schema's (or
 * unsafe-integer's) warning: the cap's gathering dropped a number that is not finite and skipped the line. Now such a
 * tax on a positive finite subtotal is tax-rate-cap's error, read as written where the text has it; a price or quantity
 * past the double range gives no false error (it left the line out of the order total, which then read 3 on 10).
 */
type Line = readonly [string, string, string];
const capFound = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const rows: readonly { name: string; lines: Line[]; cli: string[]; says?: string[] }[] = [
  { name: "1 × 1 taxed 1e400: the error, quoting 1e400", lines: [["1", "1", "1e400"]], cli: ["tax-rate-cap 2"], says: ["itemTaxOverride 1e400 (as a double Infinity)"] },
  { name: "1 × 1 taxed a 401-digit integer: the error", lines: [["1", "1", "1" + "0".repeat(400)]], cli: ["tax-rate-cap 2"] },
  { name: "1 × 1 taxed 1e999999999 (past what is read as written): the error all the same, over whatever it is", lines: [["1", "1", "1e999999999"]], cli: ["tax-rate-cap 2"] },
  { name: "1 × 1 taxed -1e400: no tax over the cap", lines: [["1", "1", "-1e400"]], cli: [] },
  { name: "0 × 1 taxed 1e400: a tax on no subtotal, the no-subtotal warning", lines: [["0", "1", "1e400"]], cli: ["tax-rate-cap-no-subtotal 1"] },
  { name: "a price of 1e400 taxed 1: no finding", lines: [["1e400", "1", "1"]], cli: [] },
  {
    name: "a price of 1e400 untaxed beside 10 taxed 2 and a free line taxed 1: the order total is nowhere near 20%, no error",
    lines: [["1e400", "1", "0"], ["10", "1", "2"], ["0", "1", "1"]],
    cli: ["tax-rate-cap-no-subtotal 1"],
  },
  // As written 1 × 10^400 taxed 10^400 is 100%; as doubles Infinity on Infinity is no rate: over in one reading only.
  { name: "a quantity of 1e400 taxed 1e400: no false error, over as written only: the warning", lines: [["1", "1e400", "1e400"]], cli: ["tax-rate-cap-float-noise 1"] },
  // The audit of bd3fd4af: a line whose price is past the double range was dropped, whatever its tax.
  { name: "1e400 × 1 taxed 3e399: 30% as written, no rate as doubles: the warning", lines: [["1e400", "1", "3e399"]], cli: ["tax-rate-cap-float-noise 1"], says: ["actualPrice 1e400 (as a double Infinity)"] },
  { name: "1e400 × 1 taxed 1e401: the warning, not the error", lines: [["1e400", "1", "1e401"]], cli: ["tax-rate-cap-float-noise 1"] },
  { name: "1e400 × 1 taxed 1e399: 10% as written: no finding", lines: [["1e400", "1", "1e399"]], cli: [] },
  // The audit of bd3fd4af: the rate of a tax past what is read exactly was the largest double's, said as the rate.
  { name: "1 × 1 taxed 1e1101 (past what is read exactly): the error, its rate a lower bound", lines: [["1", "1", "1e1101"]], cli: ["tax-rate-cap 2"], says: ["is a tax rate of at least "] },
  // The audit of bd3fd4af: as doubles the subtotal (1e308 × 10) and the tax are both Infinity, which is no rate, and the
  // line was the error "21%": over as written only is the float-noise warning.
  { name: "1e308 × 10 taxed 2.1e308: Infinity on Infinity as doubles, over as written only: the warning", lines: [["1e308", "10", "2.1e308"]], cli: ["tax-rate-cap-float-noise 1"], says: ["on a subtotal of 1e309 (actualPrice 1e308 × quantity 10)"] },
];

describe("a number past the double range on a line: the tax over the cap, a price or quantity no false error", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capFound(row.lines);
      expect(found.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(row.cli);
      for (const words of row.says ?? []) expect(found.map((m) => m.message).join("\n")).toContain(words);
    });
  }
});
