import { noOperationCardNumber } from "../../rules/no-operation-card-number.js";
import { noOperationPayment, orderPayment, orderWithPayments } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

ruleTester(noOperationCardNumber, {
  valid: [
    { name: "NO with a card number", payload: orderWithPayments([noOperationPayment({})]) },
    { name: "a credit card is not this rule's business", payload: orderWithPayments([orderPayment({ cardNumber: null })]) },
    { name: "NO with a number instead of a string: the schema's one finding (a string or null)", payload: orderWithPayments([noOperationPayment({ cardNumber: 123 })]) },
    { name: "PayPal without a card number", payload: orderWithPayments([orderPayment({ paymentType: "PP", cardNumber: null })]) },
    { name: "a payment without a paymentMethod object is the schema's business", payload: orderWithPayments([{ paymentType: "NO", paymentMethod: null }]) },
    // "must still be populated": spaces hold something; whether the OMS trims them the document
    // does not say (no-operation-card-number-blank's warning).
    { name: "NO with a cardNumber of spaces: not a stated error", payload: orderWithPayments([noOperationPayment({ cardNumber: "   " })]) },
  ],
  invalid: [
    {
      name: "NO without cardNumber: reported where it belongs",
      payload: orderWithPayments([noOperationPayment({ cardNumber: undefined })]),
      errors: [{ path: "/orderPayments/0/paymentMethod/cardNumber", messageId: "missing" }],
    },
    {
      name: "NO with a null cardNumber",
      payload: orderWithPayments([orderPayment(), noOperationPayment({ cardNumber: null })]),
      errors: [{ path: "/orderPayments/1/paymentMethod/cardNumber", messageId: "missing" }],
    },
    {
      name: "NO with an empty cardNumber",
      payload: orderWithPayments([noOperationPayment({ cardNumber: "" })]),
      errors: [{ path: "/orderPayments/0/paymentMethod/cardNumber", messageId: "empty", messageIncludes: ["cardNumber is empty: the cardNumber field must still be populated"] }],
    },
    {
      name: "NO given as the payment's own paymentType",
      payload: orderWithPayments([noOperationPayment({ paymentType: null, cardNumber: undefined }, { paymentType: "NO" })]),
      errors: [{ path: "/orderPayments/0/paymentMethod/cardNumber", messageId: "missing" }],
    },
  ],
});
