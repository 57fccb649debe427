import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";

/** The findings of a text linted with every rule, as "ruleId path". */
const findings = (value: unknown, kind?: "orderCustomData") =>
  lintText(JSON.stringify(value, null, 2), kind === undefined ? {} : { kind }).messages.map((m) => `${m.ruleId} ${m.path}`);

/**
 * One cause, one diagnostic (SPEC): a finding gives way only to another rule's finding about the
 * same value. Anything wider drops an error about a different mistake.
 */
describe("a finding gives way to another's only about the same value", () => {
  it("a custom data value that is not a string stays an error beside an unsafe integer elsewhere in the order", () => {
    const found = findings(createOrder({ shippingTax: 2 ** 53, customOrderData: { count: 12 } }));
    expect(found).toContain("unsafe-integer /shippingTax");
    expect(found).toContain("custom-data-value-type /customOrderData/count");
  });

  it("and gives way to the unsafe integer that is its own value (the rounding is the one cause)", () => {
    const found = findings(createOrder({ customOrderData: { count: 2 ** 53 } }));
    expect(found).toContain("unsafe-integer /customOrderData/count");
    expect(found).not.toContain("custom-data-value-type /customOrderData/count");
  });

  it("two unknown fields are two findings, neither giving way to the other", () => {
    const found = findings({ ...createOrder(), wasOne: "x", wasTwo: "y" });
    expect(found.filter((f) => f.startsWith("unknown-property "))).toEqual(["unknown-property /wasOne", "unknown-property /wasTwo"]);
  });
});
