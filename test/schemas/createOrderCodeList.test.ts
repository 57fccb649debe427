import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder, noOperationPayment } from "../support/payloads.js";
import { withValueAt } from "../support/mutate.js";

/**
 * A code that only Create Order's lists refuse: on a Historic Order Import, whose document gives
 * no such list, schema/create-order-code-list's warning (our reading, SPEC §3); on a Create
 * Order, the schema's stated error, as before.
 */
const property = { seed: 20261205, numRuns: 100 };
const createOrderCurrencies = "USD RUB UAH CAD MEX HUF GBP MXN IDR CHF EUR IRR NOK DKK KWD SEK SGD TWD HKD PLN QAR CNY RON SAR JPY ARS THB NZD BRL AED KRW HRK AUD INR CZK".split(" ");

interface CodeCase {
  readonly name: string;
  readonly path: string;
  readonly value: string;
  /** What the import's message must say, besides that the list is Create Order's and our reading. */
  readonly importSays: readonly string[];
}

const cases: readonly CodeCase[] = [
  { name: "a real ISO 4217 currency Create Order does not list (ZAR)", path: "/currency", value: "ZAR", importSays: ['got "ZAR", an ISO 4217 currency code that is not among Create Order\'s 35'] },
  { name: "a currency that is no code at all (USDX)", path: "/currency", value: "USDX", importSays: ['got "USDX" (did you mean USD?)'] },
];

const at = (kind: "createOrder" | "importOrder", payload: unknown, path: string) => {
  const result = validate(kind, payload);
  return { valid: result.valid, here: result.diagnostics.filter((d) => d.path === path) };
};

describe("Create Order's code lists on a Historic Order Import", () => {
  for (const { name, path, value, importSays } of cases) {
    it(`${name}: on an import, the warning of our reading, and the import stays valid`, () => {
      const { valid, here } = at("importOrder", withValueAt(importOrder(), path, value), path);
      expect(here.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["schema/create-order-code-list", "warning", "inferred"]]);
      const message = here[0]?.message ?? "";
      for (const words of ["the Create Order document lists", "the Historic Order Import document lists no", "our reading", ...importSays]) expect(message).toContain(words);
      expect(valid).toBe(true);
    });
    it(`${name}: on a Create Order, the stated error as before`, () => {
      const { valid, here } = at("createOrder", withValueAt(createOrder(), path, value), path);
      expect(here.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["schema", "error", "stated"]]);
      expect(valid).toBe(false);
    });
  }

  it("never offers one of Create Order's 35 in place of a currency ISO 4217 has", () => {
    const iso = Intl.supportedValuesOf("currency").filter((code) => !createOrderCurrencies.includes(code));
    expect(iso).toContain("ZAR");
    fc.assert(
      fc.property(fc.constantFrom(...iso), (code) => {
        const { valid, here } = at("importOrder", withValueAt(importOrder(), "/currency", code), "/currency");
        expect(here).toHaveLength(1);
        expect(here[0]?.message).toContain(`got "${code}", an ISO 4217 currency code that is not among Create Order's 35`);
        expect(here[0]?.message).not.toContain("did you mean");
        expect(valid).toBe(true);
      }),
      property,
    );
  });

  it("takes every code Create Order lists on an import, as on a Create Order", () => {
    for (const currency of createOrderCurrencies) expect(at("importOrder", importOrder({ currency }), "/currency").here, currency).toEqual([]);
  });

  it("a currency that is not a string is the type's one finding, stated by the import's row", () => {
    expect(at("importOrder", importOrder({ currency: 5 }), "/currency").here.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["schema", "error", "stated"]]);
  });

  it("an unlisted currency under the import's HI subtype (USD only) is this one finding, not the subtype's too", () => {
    const payload = importOrder({ currency: "ZAR", orderPayments: [noOperationPayment()] });
    const found = validate("importOrder", payload).diagnostics.filter((d) => d.path === "/currency" || d.path.endsWith("/noOperationType"));
    expect(found.map((d) => [d.ruleId, d.path])).toEqual([["schema/create-order-code-list", "/currency"]]);
  });

  it("turned off, an import in ZAR has nothing at /currency; a Create Order keeps its error", () => {
    const off = { rules: { "schema/create-order-code-list": "off" as const } };
    expect(validate("importOrder", importOrder({ currency: "ZAR" }), off).diagnostics.filter((d) => d.path === "/currency")).toEqual([]);
    expect(validate("createOrder", createOrder({ currency: "ZAR" }), off).diagnostics.filter((d) => d.path === "/currency").map((d) => d.ruleId)).toEqual(["schema"]);
  });
});
