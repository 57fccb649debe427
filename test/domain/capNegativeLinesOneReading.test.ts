import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of c2bbfab6: an order total over 20% in one reading only is a warning, so it is no cause that hides the
 * zero lines' findings, nor a total to count without the negative lines in place of the full one. [100 × 1 taxed
 * 19.990000000000000001, 0 × 1 taxed 0.01, −1 × 1 taxed 0]: validate gives tax-rate-cap-no-subtotal on the order total
 * (20 on 99) and on line 1; lintText gave only a float-noise warning on the total counted without line 2, and both were
 * lost. lintText reads more (the literals as written) but loses none of what validate finds.
 */
const found = (diagnostics: readonly { ruleId?: string | null; path?: string }[]) => diagnostics.filter((d) => d.ruleId?.startsWith("tax-rate-cap")).map((d) => `${d.ruleId} at ${d.path}`);

describe("a negative line beside an order total over in one reading only: lintText keeps validate's findings", () => {
  it("[100 × 1 taxed 19.990000000000000001, 0 × 1 taxed 0.01, −1 × 1 taxed 0]", () => {
    const text = rawLinesText([["100", "1", "19.990000000000000001"], ["0", "1", "0.01"], ["-1", "1", "0"]]);
    const fromValue = found(validate("createOrder", JSON.parse(text)).diagnostics);
    expect(fromValue).toEqual(["tax-rate-cap-no-subtotal at /orderItems", "tax-rate-cap-no-subtotal at /orderItems/1/itemSpecifics/itemTaxOverride"]);
    expect(found(lintText(text, { kind: "createOrder" }).messages)).toEqual(expect.arrayContaining(fromValue));
  });
});
