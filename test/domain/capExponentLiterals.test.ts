import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { overAsWritten as overInShortestForms, rawLinesText, verdicts } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: a literal with an exponent (or longer than 64 characters) was never read as
 * written, so the "written" reading took the tax as written beside the price's double: 4503599627370497.4e0 × 1 taxed
 * 900719925474099.45, within 20% as written (5 × 900719925474099.45 = 4503599627370497.25), was tax-rate-cap's error,
 * exit 1, quoting an actualPrice of 4503599627370497 that is not in the file. Now an exponent literal is read as written
 * too, and a literal the cap cannot read as written (too many digits) makes the written reading unknown: never the error.
 */
const capMessages = (lines: readonly (readonly [string, string, string])[]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const rows: readonly { name: string; lines: [string, string, string][]; cli: string[]; says?: string[]; never?: string[] }[] = [
  {
    name: "4503599627370497.4e0 × 1 taxed 900719925474099.45: within as written, over as doubles: the float-noise warning, as without the exponent",
    lines: [["4503599627370497.4e0", "1", "900719925474099.45"]],
    cli: ["tax-rate-cap-float-noise warning"],
    says: ["actualPrice 4503599627370497.4e0 (as a double 4503599627370497)", "within 20% as written"],
    never: ["actualPrice 4503599627370497 ×"],
  },
  {
    name: "the same without the exponent (unchanged)",
    lines: [["4503599627370497.4", "1", "900719925474099.45"]],
    cli: ["tax-rate-cap-float-noise warning"],
  },
  {
    name: "1.0000000000000001e0 × 5 taxed 1.00000000000000001: within as written (5.00000000000000005 < 5.0000000000000005) and as doubles: no finding",
    lines: [["1.0000000000000001e0", "5", "1.00000000000000001"]],
    cli: [],
  },
  {
    name: "an exponent tax over as written only (1e0 × 5 taxed 100000000000000001e-17): the spelling warning, saying it is over as written",
    lines: [["1e0", "5", "100000000000000001e-17"]],
    cli: ["tax-rate-cap-float-noise warning"],
    says: ["over as written by 0.00000000000000001 of tax"],
  },
  {
    name: "a price of more digits than the cap reads exactly (4503599627370497. then 1,000 fours) taxed 900719925474099.45: over as doubles, within 20% as written even at its interval's low end: the warning, saying so",
    lines: [["4503599627370497." + "4".repeat(1000), "1", "900719925474099.45"]],
    cli: ["tax-rate-cap-float-noise warning"],
    says: ["within 20% as written"],
  },
  {
    name: "a price of more digits than the cap reads exactly whose interval holds 5 × the tax (4503599627370497.24, 790 nines, 5) taxed 900719925474099.45: the written reading unknown, the warning saying so",
    lines: [["4503599627370497.24" + "9".repeat(790) + "5", "1", "900719925474099.45"]],
    cli: ["tax-rate-cap-float-noise warning"],
    says: ["whether it is within 20% as written is unknown"],
  },
  {
    name: "962566690685642321e-1 × 1 taxed 19251333813712846421e-3 (seed 11): over as written by 0.001 of tax, and as doubles read by their shortest forms (5 × 19251333813712850 > 96256669068564240), though the tax's binary value 19251333813712848 is exactly 20%: the error, as the rule's docs read a double past 2^53",
    lines: [["962566690685642321e-1", "1", "19251333813712846421e-3"]],
    cli: ["tax-rate-cap error"],
    says: ["itemTaxOverride 19251333813712846421e-3 (as a double 19251333813712850)"],
  },
  {
    name: "an exponent past the bound (1e-999999999 as the quantity) is not expanded: the written reading unknown, never the error",
    lines: [["1", "1e-999999999", "1"]],
    cli: ["tax-rate-cap-no-subtotal warning"],
  },
];

describe("exponent literals are read as written; a literal not read as written leaves the written reading unknown", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capMessages(row.lines);
      expect(found.map((m) => `${m.ruleId} ${m.severity === 2 ? "error" : "warning"}`)).toEqual(row.cli);
      for (const said of row.says ?? []) expect(found.map((m) => m.message).join("\n")).toContain(said);
      for (const not of row.never ?? []) expect(found.map((m) => m.message).join("\n")).not.toContain(not);
    });
  }

  it("a price under a repeated key (1, then 4503599627370497.4) taxed 900719925474099.45: the last, read as written, is within 20%: never the error", () => {
    const text = rawLinesText([["4503599627370497.4", "1", "900719925474099.45"]]).replace('"actualPrice":4503599627370497.4', '"actualPrice":1,"actualPrice":4503599627370497.4');
    const found = lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));
    expect(found.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(["tax-rate-cap-float-noise 1"]);
    expect(found[0]!.message).toContain("actualPrice 4503599627370497.4 (as a double 4503599627370497)");
  });

  it("a line whose price and tax are written with exponents, at 20% give or take 0.001 of tax: the error only where it is over both as written (exact BigInt decimals) and as doubles (their shortest forms)", () => {
    // price m × 10^-1 and tax (20m + d) × 10^-3, quantity 1: exactly 20% as written for d = 0, over for d > 0.
    const line = fc.tuple(fc.bigInt({ min: 10n ** 15n, max: 10n ** 18n }), fc.integer({ min: -2, max: 2 }));
    fc.assert(
      fc.property(line, ([mantissa, d]) => {
        const [price, tax] = [`${mantissa}e-1`, `${20n * mantissa + BigInt(d)}e-3`];
        // 5 × tax − price, scaled by 10^3: 5 × (20m + d) − 100m = 5d, exactly.
        const overAsWritten = 5n * (20n * mantissa + BigInt(d)) - 100n * mantissa > 0n;
        // As doubles: each read by its shortest round-trip form (String), an integer past 2^53 too, as the rule's docs
        // say ("the numbers as JavaScript holds them"), compared exactly. Not their binary values: at seed 11 the tax
        // 19251333813712848 (spelt 19251333813712850) is exactly 20% of its price's double in binary, over in that form.
        const overAsDoubles = overInShortestForms(String(Number(price)), 1, String(Number(tax)));
        const { text } = verdicts(rawLinesText([[price, "1", tax]]));
        if (text.includes("tax-rate-cap error")) expect(overAsWritten && overAsDoubles).toBe(true);
        if (overAsWritten !== overAsDoubles) expect(text).not.toContain("tax-rate-cap error");
      }),
      { numRuns: 200 },
    );
  });
});
