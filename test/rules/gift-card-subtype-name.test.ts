import { describe, expect, it } from "vitest";
import { giftCardSubtypeName } from "../../rules/gift-card-subtype-name.js";
import { validate } from "../../src/builtIn/linter.js";
import { importOrder, orderPayment, orderWithPayments, type Json } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const card = (paymentType: string, fields: { [key: string]: Json } = {}) =>
  orderWithPayments([orderPayment({ paymentType, cardIssuer: null, cardNumber: "6006491234", ...fields }, { maxAmount: 25 })]);
const issuerPath = "/orderPayments/0/paymentMethod/cardIssuer";
const unnamed = "without giving the subtype field's name";

ruleTester(giftCardSubtypeName, {
  valid: [
    { name: "GC with a cardIssuer", payload: card("GC", { cardIssuer: "SV", giftCardType: "SV" }) },
    { name: "GC with a subtype under our name", payload: card("GC", { subtype: "BHN", giftCardType: "SV" }) },
    { name: "GC naming neither, with no property we do not know: gift-card-issuer's stated error", payload: card("GC") },
    { name: "another gift card type needs no subtype", payload: card("GX", { giftCardType: "SV" }) },
    // unknown-property names it a typo of cardNumber: no subtype, so gift-card-issuer's stated error stands.
    { name: "GC naming neither, whose one unknown property is a misspelt known field", payload: card("GC", { cardNumbr: "6006491234" }) },
  ],
  invalid: [
    {
      name: "GC with its subtype, maybe, under another name",
      payload: card("GC", { giftCardType: "SV" }),
      errors: [{ path: issuerPath, messageId: "subtypeUnnamed", messageIncludes: ['holds "giftCardType"', unnamed, "this is no fault"] }],
    },
    {
      name: "an empty subtype beside an unknown property",
      payload: card("GC", { subtype: "", gcSubtype: "BHN", giftCardKind: "x" }),
      errors: [{ path: issuerPath, messageId: "subtypeUnnamed", messageIncludes: ['holds "gcSubtype", "giftCardKind"'] }],
    },
    {
      name: "on an import, our reading of Create Order's sentence",
      kind: "importOrder",
      payload: { ...importOrder(), orderPayments: [orderPayment({ paymentType: "GC", cardIssuer: null, cardNumber: "6006491234", giftCardType: "SV" }, { maxAmount: 25 })] },
      errors: [{ path: issuerPath, messageId: "subtypeUnnamed" }],
    },
  ],
});

describe("a generic GC naming neither a cardIssuer nor a subtype", () => {
  const findings = (payload: unknown) =>
    validate("createOrder", payload).diagnostics.filter((d) => d.path === issuerPath).map((d) => [d.ruleId, d.severity, d.evidence]);
  it("is the stated error where it holds nothing else, the warning where a property could be the subtype", () => {
    expect(findings(card("GC"))).toEqual([["gift-card-issuer", "error", "stated"]]);
    expect(findings(card("GC", { giftCardType: "SV" }))).toEqual([["gift-card-subtype-name", "warning", "inferred"]]);
    expect(validate("createOrder", card("GC", { giftCardType: "SV" })).valid).toBe(true);
  });
});
