import { describe, expect, it } from "vitest";
import { noOperationCardNumberBlank } from "../../rules/no-operation-card-number-blank.js";
import { validate } from "../../src/builtIn/linter.js";
import { importOrder, noOperationPayment, orderPayment, orderWithPayments } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const cardPath = "/orderPayments/0/paymentMethod/cardNumber";

ruleTester(noOperationCardNumberBlank, {
  valid: [
    { name: "NO with a bogus number, as the import example sends it", payload: orderWithPayments([noOperationPayment({})]) },
    { name: "an empty cardNumber is not populated: no-operation-card-number's stated error", payload: orderWithPayments([noOperationPayment({ cardNumber: "" })]) },
    { name: "a missing cardNumber likewise", payload: orderWithPayments([noOperationPayment({ cardNumber: undefined })]) },
    { name: "a credit card of spaces is not a no-operation payment", payload: orderWithPayments([orderPayment({ cardNumber: "  " })]) },
  ],
  invalid: [
    {
      name: "NO with a cardNumber of spaces: whether the OMS counts them as populated, the document does not say",
      payload: orderWithPayments([noOperationPayment({ cardNumber: "  " })]),
      errors: [{ path: cardPath, messageId: "spaces", messageIncludes: ["holds only spaces", "\"must still be populated\"", "does not say"] }],
    },
    {
      name: "on an import too, saying the sentence is Create Order's",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [noOperationPayment({ cardNumber: "\t" })] }),
      errors: [{ path: cardPath, messageId: "spaces" }],
    },
  ],
});

describe("a no-operation payment's blank cardNumber", () => {
  it("is one finding: empty is the stated error, spaces this warning", () => {
    const found = (cardNumber: string) =>
      validate("createOrder", orderWithPayments([noOperationPayment({ cardNumber })])).diagnostics.filter((d) => d.path === cardPath).map((d) => [d.ruleId, d.severity]);
    expect(found("")).toEqual([["no-operation-card-number", "error"]]);
    expect(found("   ")).toEqual([["no-operation-card-number-blank", "warning"]]);
  });
});
