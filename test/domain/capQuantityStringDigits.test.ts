import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of c2bbfab6: a quantity sent as a plain decimal string was read only as its double (withStringDigits took a
 * string's digits for the price and tax alone), where a quantity literal is read as written too. 1 × "9007199254740995"
 * taxed 1801439850948199.1 (over as written by 0.1 of tax, within 20% as the doubles 9007199254740996 and
 * 1801439850948199 read it) gave no finding at all; with the tax a string too, 1 × "9007199254740993" taxed
 * "1801439850948198.6" (exactly 20% as written) gave tax-rate-cap-from-strings without saying it is over in one reading only.
 * Strings keep their digits in JSON.parse's value: validate() reads them as lintText does.
 */
const capMessages = (text: string) => ({
  text: lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap")).map((m) => [m.ruleId, m.message]),
  value: validate("createOrder", JSON.parse(text)).diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap")).map((d) => [d.ruleId, d.message]),
});

describe("a quantity sent as a string is read as written, as a quantity literal is", () => {
  it('1 × "9007199254740995" taxed 1801439850948199.1: over as written by 0.1 of tax, tax-rate-cap-from-strings; validate has only the tax\'s double, 20% exactly', () => {
    const found = capMessages(rawLinesText([["1", '"9007199254740995"', "1801439850948199.1"]]));
    expect(found.text.map(([rule]) => rule)).toEqual(["tax-rate-cap-from-strings"]);
    expect(found.text[0]![1]).toContain('quantity "9007199254740995"');
    expect(found.text[0]![1]).toContain("It is over as written by 0.1 of tax,");
    // 5 × 1801439850948199 (the tax's double) is 9007199254740995, the quantity as written: exactly 20%.
    expect(found.value).toEqual([]);
  });

  it('1 × "9007199254740993" taxed "1801439850948198.6": exactly 20% as written, over as the doubles read it, said so as text and as a value', () => {
    const found = capMessages(rawLinesText([["1", '"9007199254740993"', '"1801439850948198.6"']]));
    for (const messages of [found.text, found.value]) {
      expect(messages.map(([rule]) => rule)).toEqual(["tax-rate-cap-from-strings"]);
      expect(messages[0]![1]).toContain("within 20% as written (whether the OMS reads a literal as a double or as written");
      // Said once: the overBy words say it; the reading said it again (the stop's re-read).
      expect(messages[0]![1]!.split("over as JSON.parse reads it").length - 1).toBe(1);
    }
  });
});
