import { describe, expect, it } from "vitest";
import { maxAmountString } from "../../rules/max-amount-string.js";
import { toolLinter, validate } from "../../src/builtIn/linter.js";
import { assertValid, isValid } from "../../src/service/assertValid.js";
import { importOrder, orderPayment, orderWithPayments, type Json, type JsonObject } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const paidWith = (amount: Json, payment: JsonObject = {}) => orderWithPayments([orderPayment({}, { ...payment, maxAmount: amount })]);
const at = "/orderPayments/0/maxAmount";
/** What every finding says of its evidence: the type is the example's, not the documents' word. */
const ourReading = "is our reading";

ruleTester(maxAmountString, {
  valid: [
    { name: "a positive number", payload: paidWith(25) },
    { name: "-1", payload: paidWith(-1) },
    { name: "null", payload: paidWith(null) },
    // Not a string: max-amount's error, not this rule's warning.
    { name: "zero (max-amount's)", payload: paidWith(0) },
    { name: "a boolean (max-amount's)", payload: paidWith(true) },
  ],
  invalid: [
    {
      // The audit's order: a clean Create Order whose limit and authorisation came as strings.
      name: "a numeric string in range: the number it spells is allowed, the string is our reading",
      payload: paidWith("25.00", { authAmount: "20.00" }),
      errors: [{ path: at, messageId: "spellsAllowed", messageIncludes: ['maxAmount is the string "25.00"', ourReading, "a number the documents allow"] }],
    },
    { name: '"-1" spells the documents\' -1', payload: paidWith("-1"), errors: [{ path: at, messageId: "spellsAllowed", messageIncludes: ['"-1"', ourReading] }] },
    {
      name: '"0" spells a number out of range: one finding, which says so',
      payload: paidWith("0"),
      errors: [{ path: at, messageId: "spellsRefused", messageIncludes: ['"0"', ourReading, "0 is not null, -1 or a positive number"] }],
    },
    {
      // Read as written, not as the double -1 it makes.
      name: "a string just past -1 spells no -1",
      payload: paidWith("-1.0000000000000000001"),
      errors: [{ path: at, messageId: "spellsRefused", messageIncludes: ["-1.0000000000000000001 is not null, -1"] }],
    },
    { name: "an empty string", payload: paidWith(""), errors: [{ path: at, messageId: "spellsNoNumber", messageIncludes: ["maxAmount is a string that spells no number as written", ourReading] }] },
    { name: "a word", payload: paidWith("unlimited"), errors: [{ path: at, messageId: "spellsNoNumber", messageExcludes: ["unlimited"] }] },
    { name: "a number with its currency", payload: paidWith("25 USD"), errors: [{ path: at, messageId: "spellsNoNumber" }] },
    {
      name: "on a Historic Order Import, with the note that the import document does not say it",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [orderPayment({}, { maxAmount: "5" })] }),
      errors: [{ path: at, messageId: "spellsAllowed" }],
    },
  ],
});

describe("max-amount-string: what a user of the library sees", () => {
  it("a clean Create Order with a string maxAmount is valid: warnings only, none an error", () => {
    const result = validate("createOrder", paidWith("25.00", { authAmount: "20.00" }));
    expect(result.errorCount).toBe(0);
    expect(result.valid).toBe(true);
    expect(result.diagnostics.filter((d) => d.path === at).map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["max-amount-string", "warning", "inferred"]]);
  });

  it("the service's guards pass it (a warning never fails them), and the language server's linter agrees", () => {
    const order = paidWith("25.00", { authAmount: "20.00" });
    expect(isValid("createOrder", order)).toBe(true);
    expect(() => assertValid("createOrder", order)).not.toThrow();
    const found = toolLinter.lintText(JSON.stringify(order, null, 2), { kind: "createOrder" }).messages.filter((m) => m.path === at);
    expect(found.map((m) => [m.ruleId, m.severity])).toEqual([["max-amount-string", 1]]);
  });

  it("a string that spells 0 is still one finding, a warning", () => {
    const result = validate("createOrder", paidWith("0"));
    expect(result.diagnostics.filter((d) => d.path === at).map((d) => [d.ruleId, d.severity])).toEqual([["max-amount-string", "warning"]]);
  });
});
