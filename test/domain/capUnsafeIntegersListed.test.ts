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
});
