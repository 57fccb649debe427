import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of c2bbfab6: a line's whole numbers past 2^53 were listed as written only for the first 1,001 in the text
 * (the unsafe-integer facts' cap), so line 1001 of 1,002 lines of 1 × 9007199254740993 taxed 1801439850948198.6
 * (exactly 20% as written, over as JSON.parse reads it) fell back to its doubles: tax-rate-cap's error, exit 1, quoting a
 * quantity of 9007199254740992 that is not in the file. Every line reads its literals as written, however many.
 */
const capFindings = (text: string) => lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

/** 1,001 lines within the cap (no tax) whose quantities, past 2^53, fill the unsafe-integer list, then `line`. */
const afterFullList = (line: readonly [string, string, string]) => rawLinesText([...Array.from({ length: 1001 }, () => ["1", "9007199254740993", "0"] as const), line]);

describe("a line's integers past 2^53 are read as written on every line, past the unsafe-integer list's 1,001", () => {
  it("1,002 lines of 1 × 9007199254740993 taxed 1801439850948198.6 (the audit's repro): no tax-rate-cap error, no quantity quoted as its double", () => {
    const found = capFindings(rawLinesText(Array.from({ length: 1002 }, () => ["1", "9007199254740993", "1801439850948198.6"] as const)));
    expect(found.filter((m) => m.ruleId === "tax-rate-cap" || m.severity === 2)).toEqual([]);
    expect(found.filter((m) => m.message.includes("quantity 9007199254740992"))).toEqual([]);
  });

  it("line 1001, 1 × 9007199254740993 taxed 1801439850948198.6, is the float-noise warning quoting the quantity as written", () => {
    const found = capFindings(afterFullList(["1", "9007199254740993", "1801439850948198.6"]));
    expect(found.map((m) => m.ruleId)).toEqual(["tax-rate-cap-float-noise"]);
    expect(found[0]!.message).toContain("orderItems 1001:");
    expect(found[0]!.message).toContain("quantity 9007199254740993 (as a double 9007199254740992)");
    expect(found[0]!.message).toContain("It is over as JSON.parse reads it by 0.1 of tax,");
  });

  it("line 1001, 45035996273704964 × 1 taxed 9007199254740993 (its price and tax past 2^53), is 0.2 over as written: the float-noise warning", () => {
    const found = capFindings(afterFullList(["45035996273704964", "1", "9007199254740993"]));
    expect(found.map((m) => m.ruleId)).toEqual(["tax-rate-cap-float-noise"]);
    expect(found[0]!.message).toContain("orderItems 1001: itemTaxOverride 9007199254740993 on");
    expect(found[0]!.message).toContain("It is over as written by 0.2 of tax,");
  });

  it("a line of 1 × (2^53 + k) taxed (2^53 + k)/5 ± 0.1, after 1,001 unsafe integers, is judged as the same line alone; never the error unless over as written", () => {
    const unsafeLine = fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(-1, 0, 1)).map(([k, tenths]) => {
      const quantity = 2n ** 53n + BigInt(k);
      const taxTenths = 2n * quantity + BigInt(tenths);
      return { line: ["1", String(quantity), `${taxTenths / 10n}.${taxTenths % 10n}`] as const, overAsWritten: tenths > 0 };
    });
    const lastLine = (text: string, index: number) => capFindings(text).map((m) => `${m.ruleId}: ${m.message.replace(`orderItems ${index}:`, "orderItems N:")}`);
    fc.assert(
      fc.property(unsafeLine, ({ line, overAsWritten }) => {
        const [alone, afterList] = [lastLine(rawLinesText([line]), 0), lastLine(afterFullList(line), 1001)];
        expect(afterList).toEqual(alone);
        if (!overAsWritten) expect(afterList.filter((said) => said.startsWith("tax-rate-cap:"))).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });
});
