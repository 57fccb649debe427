import { giftCardMaxAmount } from "../../rules/gift-card-max-amount.js";
import { importOrder, orderPayment, orderWithPayments, type Json } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const giftCard = (paymentType: string, maxAmount: Json | undefined) => {
  const payment = orderPayment({ paymentType, cardIssuer: paymentType === "GC" ? "SV" : null, cardNumber: "6006491234", pin: "1234" }, { maxAmount: maxAmount ?? null });
  if (maxAmount === undefined) delete payment.maxAmount;
  return payment;
};
const giftCardTypes = ["GC", "GT", "GX", "IM", "M1", "M2", "M3", "VA"];

ruleTester(giftCardMaxAmount, {
  valid: [
    { name: "a credit card with null (no maximum)", payload: orderWithPayments([orderPayment()]) },
    ...giftCardTypes.map((type) => ({ name: `a ${type} gift card limited to its balance`, payload: orderWithPayments([giftCard(type, 25)]) })),
    {
      name: "the documents' split: $5 on giftcard1, $10 on giftcard2, the rest on a credit card with no limit",
      payload: orderWithPayments([giftCard("GC", 5), giftCard("GX", 10), orderPayment()]),
    },
    { name: "zero is max-amount's error, not this rule's", payload: orderWithPayments([giftCard("GC", 0)]) },
    { name: "a string is max-amount-string's warning, not this rule's", payload: orderWithPayments([giftCard("GC", "25")]) },
    {
      // JSON.parse reads it as -1; the file holds no -1, which is max-amount's error (audit: never quote a value the file does not hold).
      name: "a literal just past -1, as written, is max-amount's error, not this rule's -1",
      text: JSON.stringify(orderWithPayments([giftCard("GC", 0)]), null, 2).replace('"maxAmount": 0', '"maxAmount": -1.0000000000000000001'),
    },
  ],
  invalid: [
    {
      name: "null on a gift card",
      payload: orderWithPayments([giftCard("GC", null)]),
      errors: [{ path: "/orderPayments/0/maxAmount", messageId: "noBalance", messageIncludes: ["maxAmount is null on a GC gift card"] }],
    },
    {
      name: "-1 on a gift card",
      payload: orderWithPayments([orderPayment(), giftCard("VA", -1)]),
      errors: [{ path: "/orderPayments/1/maxAmount", messageId: "noBalance", messageIncludes: ["-1", "VA"] }],
    },
    {
      // The documents say what null and -1 mean ("no maximum amount"), not what a missing maxAmount does.
      name: "absent on a gift card: reported where it belongs, without crediting the documents with its meaning",
      payload: orderWithPayments([giftCard("M3", undefined)]),
      errors: [
        {
          path: "/orderPayments/0/maxAmount",
          messageId: "missing",
          messageIncludes: [
            "maxAmount is missing on a M3 gift card payment: the documents say that null and -1 mean no maximum amount, not what a missing maxAmount means; if the payment is a gift card, maxAmount should be the available balance (a positive number)",
          ],
        },
      ],
    },
    {
      name: "the payment's own paymentType when the method's is null",
      payload: orderWithPayments([orderPayment({ paymentType: null }, { paymentType: "GT", maxAmount: null })]),
      errors: [{ path: "/orderPayments/0/maxAmount", messageId: "noBalance", messageIncludes: ["GT"] }],
    },
    {
      name: "applies to imports too",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [giftCard("GX", -1)] }),
      errors: [{ path: "/orderPayments/0/maxAmount", messageId: "noBalance" }],
    },
  ],
});
