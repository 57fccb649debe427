import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: -1e400 × 1 taxed 0 beside 5 × 1 taxed 1 was tax-rate-cap-no-subtotal's order
 * total on a subtotal spelt in all its 400 digits (-9.999…995e399), cut short by the message, and the redactor took the
 * cut's tail of digits for a card number ("…[redacted]e399"). A subtotal too long to quote whole is written short,
 * rounded to 17 significant digits and said to be "about" that.
 */
type Line = readonly [string, string, string];
const capMessages = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const rows: readonly { name: string; lines: Line[]; says: string }[] = [
  { name: "[-1e400, 1, 0] and [5, 1, 1]: the order total's subtotal about -1e400", lines: [["-1e400", "1", "0"], ["5", "1", "1"]], says: "is on an item subtotal of about -1e400" },
  { name: "[-1e400, 1, 0] and [5, 1, 1]: ... and [7, 1, 0]: about -1e400 still", lines: [["-1e400", "1", "0"], ["5", "1", "1"], ["7", "1", "0"]], says: "is on an item subtotal of about -1e400" },
];

describe("a subtotal of hundreds of digits is quoted short, never cut into a digit run", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capMessages(row.lines);
      expect(found.map((m) => m.ruleId)).toEqual(["tax-rate-cap-no-subtotal"]);
      const [message] = found.map((m) => m.message);
      expect(message).toContain(row.says);
      expect(message).not.toContain("redacted");
      expect(message).not.toMatch(/\d{16}/);
    });
  }
});

/**
 * The same audit's check of the other tax messages: a literal's double beside it was spelt in full (`(as a double
 * 123456789012345680000…0000)`, 301 digits cut short), and the literal cut to its first character to make room
 * (`1…3456789012345678e300`, a 16-digit run after the cut). The double is written as formatCompact writes it.
 */
describe("a literal's double is quoted short beside it", () => {
  it("1.23456789012345678e300 × 1 taxed 1e300: the price whole, its double 1.2345678901234568e300", () => {
    const [found] = capMessages([["1.23456789012345678e300", "1", "1e300"]]).map((m) => m.message);
    expect(found).toContain("actualPrice 1.23456789012345678e300 (as a double 1.2345678901234568e300)");
  });
  it("1 × 1 taxed 1.23456789012345678e300: the tax whole, its double 1.2345678901234568e300", () => {
    const [found] = capMessages([["1", "1", "1.23456789012345678e300"]]).map((m) => m.message);
    expect(found).toContain("itemTaxOverride 1.23456789012345678e300 (as a double 1.2345678901234568e300)");
  });
});
