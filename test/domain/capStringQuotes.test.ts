import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: tax-rate-cap-from-strings' messages contradicted themselves. "0.99999999999999999"
 * × 5 taxed 1 said "on a subtotal of 4.99999999999999995 (actualPrice "0.99999999999999999" read as the double 1 ×
 * quantity 5)"; a quantity "9007199254740995" was "read as the double 9007199254740996" beside a subtotal of
 * 9007199254740995; "1.0000000000000001" on "5" was "read as the double 1 on a subtotal of 5 … just over 20%", though 1
 * on 5 is exactly 20%. A string is now quoted as read with its double beside it, as a literal is, the subtotal its own.
 */
type Line = readonly [string, string, string];
const fromStrings = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" })
    .messages.filter((m) => m.ruleId === "tax-rate-cap-from-strings")
    .map((m) => m.message);

const rows: readonly { name: string; lines: Line[]; says: string[]; never: string[] }[] = [
  {
    name: 'a price "0.99999999999999999" × 5 taxed 1: the string as read, its double beside it',
    lines: [['"0.99999999999999999"', "5", "1"]],
    says: ['on a subtotal of 4.99999999999999995 (actualPrice "0.99999999999999999" (as a double 1) × quantity 5)'],
    never: ["read as the double"],
  },
  {
    name: 'a quantity "9007199254740995" taxed 1801439850948199.1: the quantity as read beside its subtotal, its double beside it',
    lines: [["1", '"9007199254740995"', "1801439850948199.1"]],
    says: ['on a subtotal of 9007199254740995 (actualPrice 1 × quantity "9007199254740995" (as a double 9007199254740996))'],
    never: ["read as the double"],
  },
  {
    name: 'a tax "1.0000000000000001" on 1 × "5": the tax as read, over 20% as read, its double beside it',
    lines: [["1", '"5"', '"1.0000000000000001"']],
    says: ['itemTaxOverride "1.0000000000000001" (as a double 1) on a subtotal of 5 (actualPrice 1 × quantity "5" read as 5)'],
    never: ["read as the double"],
  },
];

describe("a number sent as a string is quoted as read, its double beside it", () => {
  for (const row of rows) {
    it(row.name, () => {
      const said = fromStrings(row.lines).join("\n");
      expect(said).not.toBe("");
      for (const words of row.says) expect(said).toContain(words);
      for (const words of row.never) expect(said).not.toContain(words);
    });
  }
});
