import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * README: validate() checks a value as JSON.stringify sends it. JSON.stringify writes NaN and
 * ±Infinity as null: where the field takes null there is no finding, and where it does not, the
 * finding says what the value held and that it is written as null. Found by the audit of a
 * checkout service's pre-submit check: shippingTax -Infinity was warned of as a number that
 * "reads as -Infinity", where the body sent holds null, which the field takes.
 */
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const writtenAsNull = (value: number) => `; this one is ${value}, which no JSON number can be (JSON.stringify writes it as null)`;

describe("NaN and ±Infinity are checked as the null JSON.stringify writes", () => {
  it.each([-Infinity, Infinity, NaN])("shippingTax %s: no finding (the field takes null)", (value) => {
    expect(validate("createOrder", createOrder({ shippingTax: value })).diagnostics).toEqual([]);
  });

  it.each([-Infinity, Infinity, NaN])("manufacturerID %s: the null's error, saying what the value was", (value) => {
    const { valid, diagnostics } = validate("createOrder", createOrder({ manufacturerID: value }));
    expect(valid).toBe(false);
    expect(diagnostics.map((d) => [d.ruleId, d.path, d.message])).toEqual([["schema", "/manufacturerID", expect.stringMatching(/^manufacturerID must be an integer/)]]);
    expect(diagnostics[0]?.message.endsWith(writtenAsNull(value))).toBe(true);
  });

  // Found by the service audit: a boxed NaN (new Number(NaN)), which JSON.stringify writes as null too, lacked the words a plain NaN gets.
  it.each([-Infinity, Infinity, NaN])("manufacturerID new Number(%s): the same words as the plain number", (value) => {
    const { diagnostics } = validate("createOrder", createOrder({ manufacturerID: new Number(value) as never }));
    expect(diagnostics.map((d) => [d.ruleId, d.path, d.message])).toEqual([["schema", "/manufacturerID", expect.stringMatching(/^manufacturerID must be an integer/)]]);
    expect(diagnostics[0]?.message.endsWith(writtenAsNull(value))).toBe(true);
  });
});

describe("property: a body holding NaN or ±Infinity has the findings of its JSON round trip", () => {
  const places = fc.constantFrom("shippingTax", "manufacturerID", "catalogID", "shippingTaxRate", "extra", "customOrderData");
  it("the same findings, those at a non-finite number's place saying it was written as null", () => {
    fc.assert(
      fc.property(places, fc.constantFrom(NaN, Infinity, -Infinity), fc.boolean(), (field, value, inArray) => {
        const body = createOrder({ [field]: (inArray ? [value] : value) as never });
        const found = validate("createOrder", body).diagnostics.map((d) => ({ ...d, message: d.message.replace(writtenAsNull(value), "") }));
        expect(found).toEqual(validate("createOrder", roundTrip(body)).diagnostics);
      }),
      { seed: 20261205, numRuns: 100 },
    );
  });
});
