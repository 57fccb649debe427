import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/** An order's text of one line of `price` × `quantity` taxed `tax`, each written into the text as given (forceItemTaxOverride true). */
function lineText(price: string, quantity: string, tax: string): string {
  return JSON.stringify(orderWithItems([orderItem({ actualPrice: 0, quantity: 0, itemTaxOverride: 0 })], { forceItemTaxOverride: true }), null, 2)
    .replace('"actualPrice": 0', `"actualPrice": ${price}`)
    .replace('"quantity": 0', `"quantity": ${quantity}`)
    .replace('"itemTaxOverride": 0', `"itemTaxOverride": ${tax}`);
}
const capFindings = (text: string) => lintText(text, { kind: "createOrder" }).messages.filter((d) => d.ruleId?.startsWith("tax-rate-cap"));

// Found by the audit of the quantity's reading: only a quantity past 2^53 was read as written; a long decimal quantity
// literal was read as its double, though the docs say a line's quantity is read as written like its price and tax.
describe("a line's long decimal quantity literal is read as written, as a price literal is", () => {
  it("1 × 5.0000000000000004 taxed 1.00000000000000008 is exactly 20% as written (and as doubles): no finding", () => {
    expect(capFindings(lineText("1", "5.0000000000000004", "1.00000000000000008"))).toEqual([]);
  });

  it("1 × 4.9999999999999999 taxed 1.0000000000000001 is over as written by 1.0000000000000001 − 0.99999999999999998, the quantity quoted as written", () => {
    const found = capFindings(lineText("1", "4.9999999999999999", "1.0000000000000001"));
    expect(found.map((d) => [d.ruleId, d.path])).toEqual([["tax-rate-cap-float-noise", "/orderItems/0/itemSpecifics/itemTaxOverride"]]);
    expect(found[0]?.message).toContain("on a subtotal of 4.9999999999999999 (actualPrice 1 × quantity 4.9999999999999999)");
    expect(found[0]?.message).toContain("over as written by 0.00000000000000012 of tax");
  });

  it("over 20% on its doubles by more than a cent (1.01 on 1 × 4.9999999999999999), the error quotes the quantity beside its double", () => {
    const found = capFindings(lineText("1", "4.9999999999999999", "1.01"));
    expect(found.map((d) => d.ruleId)).toEqual(["tax-rate-cap"]);
    expect(found[0]?.message).toContain("actualPrice 1 × quantity 4.9999999999999999 (as a double 5)");
  });

  /** A finding's place and how far over as written it says the line is: what a literal and a string share. */
  const verdicts = (text: string) => capFindings(text).map((d) => [d.path, /over as written by ([\d.]+)/.exec(d.message)?.[1]]);
  /** A decimal of 18 to 22 characters next to `near` (4.999999999999999 or 5.000000000000000): its double mostly drops digits. */
  const longNear = (...near: string[]) => fc.tuple(fc.constantFrom(...near), fc.stringMatching(/^[0-9]{1,5}$/)).map(([start, digits]) => start + digits);
  const longQuantity = longNear("4.999999999999999", "5.000000000000000");
  const tax = fc.oneof(fc.constantFrom("1", "1.01", "0.99"), longNear("0.999999999999999", "1.000000000000000"));

  it("a quantity spelt as a long literal and as a string give the same findings (place and excess as written)", () => {
    fc.assert(
      fc.property(longQuantity, tax, (quantity, itemTax) => {
        expect(verdicts(lineText("1", quantity, itemTax))).toEqual(verdicts(lineText("1", JSON.stringify(quantity), itemTax)));
      }),
      { numRuns: 60 },
    );
  });
});
