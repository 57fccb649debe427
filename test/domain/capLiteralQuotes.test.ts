import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: small slips in how a line's literals were quoted. "X (as a double X)" where the
 * literal is its double ("quantity 9007199254740994 (as a double 9007199254740994)", "1e16 (as a double
 * 10000000000000000)"): the double is quoted only where its value differs from the written one. A long literal was
 * cut mid-phrase with its double ("quantity 9007199254740993.000…le 9007199254740992))"): the literal is shortened
 * first. A quantity of 1e-400 was quoted as "quantity 0" (read as written since 4fdfd6cf).
 */
type Line = readonly [string, string, string];
const capWords = (lines: readonly Line[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" })
    .messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"))
    .map((m) => m.message)
    .join("\n");

const rows: readonly { name: string; lines: Line[]; says: string[]; never: string[] }[] = [
  {
    name: "a quantity of 9007199254740994, its own double: quoted once",
    lines: [["1", "9007199254740994", "1801439850948199"]],
    says: ["(actualPrice 1 × quantity 9007199254740994)"],
    never: ["(as a double 9007199254740994)"],
  },
  {
    name: "a price of 1e16, its own double: no double quoted beside it",
    lines: [["1e16", "1", "2000000000000000.5"]],
    says: ["on a subtotal of 10000000000000000"],
    never: ["(as a double 10000000000000000)"],
  },
  {
    name: "a quantity of 9007199254740993. and 200 zeros: shortened, then its double whole",
    lines: [["1", "9007199254740993." + "0".repeat(200), "1801439850948199"]],
    says: ["9007199254740993.000", "…", "(as a double 9007199254740992))"],
    never: [],
  },
  {
    name: "a quantity of 1e-400: quoted as written, not as 0",
    lines: [["1", "1e-400", "1"]],
    says: ["quantity 1e-400 (as a double 0)"],
    never: ["quantity 0)"],
  },
];

describe("a line's literals are quoted once where they are their doubles, shortened before their double is added", () => {
  for (const row of rows) {
    it(row.name, () => {
      const words = capWords(row.lines);
      expect(words).not.toBe("");
      for (const w of row.says) expect(words).toContain(w);
      for (const w of row.never) expect(words).not.toContain(w);
    });
  }
});
