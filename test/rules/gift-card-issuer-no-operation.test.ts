import { describe, expect, it } from "vitest";
import { giftCardIssuerNoOperation } from "../../rules/gift-card-issuer-no-operation.js";
import { validate } from "../../src/builtIn/linter.js";
import { importOrder, noOperationPayment, orderPayment, orderWithPayments, type Json } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";
import { runCli } from "../support/cli.js";

/** A Create Order paying with one no-operation payment of subtype `subtype` that names `issuer`. */
const noOperation = (subtype: Json, issuer: Json) => orderWithPayments([noOperationPayment({ noOperationType: subtype, cardIssuer: issuer })]);
const issuerPath = "/orderPayments/0/paymentMethod/cardIssuer";
/** What every finding says the documents do say, and that the rest is our reading. */
const says = ["use GC as the gift card type", "SV SVS Gift Cards", "our reading", "do not say the OMS refuses"];

ruleTester(giftCardIssuerNoOperation, {
  valid: [
    { name: "a no-operation payment naming no issuer, as the import example's", payload: orderWithPayments([noOperationPayment()]) },
    { name: "a no-operation payment naming a card issuer that is no gift card's (VI)", payload: noOperation("VI", "VI") },
    // On a gift card type or CC it is gift-card-issuer's stated error, not this warning.
    { name: "SV on a credit card: gift-card-issuer's error", payload: orderWithPayments([orderPayment({ paymentType: "CC", cardIssuer: "SV" })]) },
    { name: "SV on GC, as the documents ask", payload: orderWithPayments([orderPayment({ paymentType: "GC", cardIssuer: "SV" }, { maxAmount: 25 })]) },
  ],
  invalid: [
    ...[["SV", "SV"], ["GC", "VL"], ["GC", "CL"], ["HI", "SV"]].map(([subtype, issuer]) => ({
      name: `noOperationType ${subtype} with cardIssuer ${issuer}`,
      payload: noOperation(subtype!, issuer!),
      errors: [{ path: issuerPath, messageId: "issuerOnNoOperation", messageIncludes: [`cardIssuer ${issuer}`, ...says] }],
    })),
    {
      name: "the payment's own type counts when the method has none",
      payload: orderWithPayments([{ paymentType: "NO", paymentMethod: { billingAddress: {}, noOperationType: "GC", cardIssuer: "SV", cardNumber: "0000000000000123" }, maxAmount: null }]),
      errors: [{ path: issuerPath, messageId: "issuerOnNoOperation" }],
    },
    {
      name: "on an import, our reading of Create Order's sentences",
      kind: "importOrder",
      payload: { ...importOrder(), orderPayments: [noOperationPayment({ cardIssuer: "SV" })] },
      // Found by the audit of this rule: the import's note said "said by the Create Order document" of what the message says it does not say.
      errors: [{ path: issuerPath, messageId: "issuerOnNoOperation", messageIncludes: ["our reading of the Create Order document's words"], messageExcludes: ["said by the Create Order document"] }],
    },
  ],
});

describe("a gift card issuer on a no-operation payment", () => {
  const findings = (payload: unknown) => validate("createOrder", payload).diagnostics.filter((d) => d.path === issuerPath).map((d) => [d.ruleId, d.severity, d.evidence]);
  it("is this warning alone, and the order passes (it can no longer block a sale)", () => {
    expect(findings(noOperation("SV", "SV"))).toEqual([["gift-card-issuer-no-operation", "warning", "inferred"]]);
    expect(validate("createOrder", noOperation("GC", "VL")).valid).toBe(true);
  });
  it("through the CLI: the warning at cardIssuer and exit 0; on a VA payment, the error and exit 1", async () => {
    const lint = async (payload: unknown) => {
      const { code, stdout } = await runCli(["--stdin", "--kind", "createOrder", "--no-config", "--format", "json"], { input: JSON.stringify(payload) });
      const messages = (JSON.parse(stdout) as { messages: { ruleId: string; severity: number; path: string }[] }[])[0]!.messages;
      return { code, atIssuer: messages.filter((m) => m.path === issuerPath).map((m) => [m.ruleId, m.severity]) };
    };
    expect(await lint(noOperation("SV", "SV"))).toEqual({ code: 0, atIssuer: [["gift-card-issuer-no-operation", 1]] });
    expect(await lint(orderWithPayments([orderPayment({ paymentType: "VA", cardIssuer: "SV" }, { maxAmount: 25 })]))).toEqual({ code: 1, atIssuer: [["gift-card-issuer", 2]] });
  });
  it("on any other payment type stays gift-card-issuer's error, not also this warning", () => {
    expect(findings(orderWithPayments([orderPayment({ paymentType: "VA", cardIssuer: "SV" }, { maxAmount: 25 })]))).toEqual([["gift-card-issuer", "error", "stated"]]);
  });
});
