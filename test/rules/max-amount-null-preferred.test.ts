import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxAmountNullPreferred } from "../../rules/max-amount-null-preferred.js";
import { edited, importOrder, orderPayment, orderWithPayments, type JsonObject } from "../support/payloads.js";
import { ruleDiagnostics, ruleTester } from "../support/ruleTester.js";

const unlimited = (method: JsonObject, payment: JsonObject = {}) => orderPayment(method, { maxAmount: -1, ...payment });
/** A payment whose method has no paymentType: the payment's own one counts. */
const ownTypeOnly = (paymentType: string) => {
  const payment = unlimited({}, { paymentType });
  delete (payment.paymentMethod as JsonObject).paymentType;
  return payment;
};
/** The line and column of the value after `"key": ` in the text (1-based). */
const at = (text: string, keyAndValue: string) => {
  const offset = text.indexOf(keyAndValue) + keyAndValue.indexOf(": ") + 2;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
};
const nullPreferred = ["TK", "LV", "VO", "CC", "CS", "NO", "TD", "PZ", "PL", "NG", "ST"];

ruleTester(maxAmountNullPreferred, {
  valid: [
    { name: "null on a credit card, as in the documents' example", payload: orderWithPayments([orderPayment()]) },
    { name: "a positive limit on a credit card", payload: orderWithPayments([orderPayment({}, { maxAmount: 10 })]) },
    { name: "-1 on PayPal (not in the list)", payload: orderWithPayments([unlimited({ paymentType: "PP" })]) },
    { name: "-1 on eBay (not in the list)", payload: orderWithPayments([unlimited({ paymentType: "EB" })]) },
    { name: "-1 on ADS (not in the list)", payload: orderWithPayments([unlimited({ paymentType: "AD" })]) },
    { name: "-1 on a gift card (not in the list)", payload: orderWithPayments([unlimited({ paymentType: "GC", cardIssuer: "SV" })]) },
    { name: "-1 without a payment type", payload: orderWithPayments([unlimited({ paymentType: null })]) },
    {
      // JSON.parse reads it as -1; the file holds no -1 (max-amount's error), and its fix must not make it null.
      name: "a literal just past -1, as written, is no -1",
      text: JSON.stringify(orderWithPayments([orderPayment({}, { maxAmount: 0 })]), null, 2).replace('"maxAmount": 0', '"maxAmount": -0.99999999999999999999'),
    },
    {
      // The audit: an escaped key ("max\u0041mount") was not searched for as written, and its literal was fixed to null as a -1.
      name: "a literal just past -1 under an escaped key is no -1 either",
      text: JSON.stringify(orderWithPayments([orderPayment({}, { maxAmount: 0 })]), null, 2).replace('"maxAmount": 0', '"max\\u0041mount": -1.0000000000000000001'),
    },
    {
      // The audit: past 64 characters a literal was judged by its double, and `--fix` made this refused value null.
      name: "a literal of 65 characters just past -1 is no -1, whatever its length",
      text: JSON.stringify(orderWithPayments([orderPayment({}, { maxAmount: 0 })]), null, 2).replace('"maxAmount": 0', `"maxAmount": -1.${"0".repeat(61)}1`),
    },
    {
      // Under a repeated key the literals were left to the double JSON.parse kept (-1), and --fix made the last, no -1 as written, null.
      name: "a repeated maxAmount whose last literal is no -1 as written",
      text: JSON.stringify(orderWithPayments([orderPayment({}, { maxAmount: 0 })]), null, 2).replace('"maxAmount": 0', '"maxAmount": -1, "maxAmount": -1.0000000000000000001'),
    },
    {
      // Past 1,001 literals read as written the rest are not listed: one left out must not be called -1 and made null.
      name: "a literal just past -1 after 1,001 maxAmounts read as written",
      text: JSON.stringify(orderWithPayments([...Array<JsonObject>(1001).fill(orderPayment({}, { maxAmount: 777777 })), orderPayment({}, { maxAmount: 0 })]), null, 1)
        .replaceAll("777777", "-2.0000000000000000001")
        .replace('"maxAmount": 0', '"maxAmount": -1.0000000000000000001'),
    },
  ],
  invalid: [
    ...nullPreferred.map((paymentType) => ({
      name: `-1 on ${paymentType}`,
      payload: orderWithPayments([unlimited({ paymentType })]),
      errors: [{ path: "/orderPayments/0/maxAmount", messageId: "preferNull", messageIncludes: [`on a ${paymentType} payment`] }],
      // The fix: -1 becomes null, which means the same (no maximum amount).
      output: edited(orderWithPayments([unlimited({ paymentType })]), { "/orderPayments/0/maxAmount": null }),
    })),
    {
      name: "the payment's own paymentType when the method has none",
      payload: orderWithPayments([orderPayment({}, { maxAmount: 5 }), ownTypeOnly("TK")]),
      errors: [{ path: "/orderPayments/1/maxAmount", messageId: "preferNull", messageIncludes: ["TK"] }],
      output: edited(orderWithPayments([orderPayment({}, { maxAmount: 5 }), ownTypeOnly("TK")]), { "/orderPayments/1/maxAmount": null }),
    },
    {
      name: "the Historic Order Import example's NO payment with -1",
      kind: "importOrder",
      payload: importOrder(),
      errors: [{ path: "/orderPayments/0/maxAmount", messageId: "preferNull", messageIncludes: ["NO"] }],
      // The import document's own example value: null is only offered there (our reading), never written by --fix.
      output: null,
      suggestions: [edited(importOrder(), { "/orderPayments/0/maxAmount": null })],
    },
    {
      name: "placed at the line and column of the -1, in the text as written",
      kind: "importOrder",
      text: JSON.stringify(importOrder(), null, 2),
      errors: [{ path: "/orderPayments/0/maxAmount", messageId: "preferNull", ...at(JSON.stringify(importOrder(), null, 2), '"maxAmount": -1') }],
      output: null,
      suggestions: [edited(importOrder(), { "/orderPayments/0/maxAmount": null })],
    },
  ],
});

describe("max-amount-null-preferred, for any length of literal", () => {
  /** A CC payment (null preferred) whose maxAmount is the literal as written. */
  const written = (literal: string) => JSON.stringify(orderWithPayments([orderPayment({}, { maxAmount: 0 })]), null, 2).replace('"maxAmount": 0', `"maxAmount": ${literal}`);

  // The audit: a literal past 64 characters was read as its double, -1, and fixed to null.
  it("calls a literal -1, and offers null, only when it is -1 as written, whatever its length", () => {
    fc.assert(
      fc.property(fc.nat({ max: 400 }), fc.boolean(), (zeros, minusOne) => {
        const literal = `-1.${"0".repeat(zeros)}${minusOne ? "0" : "1"}`;
        expect(ruleDiagnostics(maxAmountNullPreferred, { text: written(literal) }).length, literal).toBe(minusOne ? 1 : 0);
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
