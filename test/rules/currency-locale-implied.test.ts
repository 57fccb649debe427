import { describe, expect, it } from "vitest";
import { currencyLocaleImplied } from "../../rules/currency-locale-implied.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const euroOrder = (overrides: Record<string, unknown>) => createOrder({ currency: "EUR", ...overrides } as never);

ruleTester(currencyLocaleImplied, {
  valid: [
    { name: "the documents' example (en-US, USD)", payload: createOrder() },
    { name: "locale en-CA in USD: currencyLocale \"is only used when currency=EUR\"", payload: createOrder({ locale: "en-CA" }) },
    { name: "locale en-CA in EUR with a currencyLocale of its own: the locale is not read in its place", payload: euroOrder({ locale: "en-CA", currencyLocale: "fr-FR" }) },
    { name: "currencyLocale en-CA itself is currency-locale's advice, not this", payload: euroOrder({ currencyLocale: "en-CA" }) },
    { name: "another euro locale in the underscore form is not en-CA (no IETF code, but not judged)", payload: euroOrder({ currencyLocale: "fr_FR" }) },
    {
      name: "on an import the locale is not read in currencyLocale's place: its document gives currencyLocale \"The default is “en-US”\"",
      kind: "importOrder",
      payload: importOrder({ currency: "EUR", locale: "en-CA" }),
    },
  ],
  invalid: [
    {
      name: "locale en-CA in EUR without currencyLocale: the locale is referenced in its place",
      payload: euroOrder({ locale: "en-CA" }),
      errors: [{ path: "/locale", messageId: "fromLocale", messageIncludes: ['locale "en-CA" in its place', "“locale” is referenced instead", "our reading"] }],
    },
    {
      name: "currencyLocale null counts as not given",
      payload: euroOrder({ locale: "en-CA", currencyLocale: null }),
      errors: [{ path: "/locale", messageId: "fromLocale" }],
    },
    {
      name: "currencyLocale en_CA: en-CA in the form a POSIX or Java locale takes",
      payload: euroOrder({ currencyLocale: "en_CA" }),
      errors: [{ path: "/currencyLocale", messageId: "underscore", messageIncludes: ['"en_CA"', "not the IETF code the document asks for", "does not say"] }],
    },
    {
      name: "in any letter case, and on an import too",
      kind: "importOrder",
      payload: importOrder({ currency: "EUR", currencyLocale: "EN_ca" }),
      errors: [{ path: "/currencyLocale", messageId: "underscore" }],
    },
  ],
});

describe("en-CA as the currency locale", () => {
  it("is one warning at each place, with its evidence", () => {
    const found = (value: unknown) => validate("createOrder", value).diagnostics.map((d) => [d.ruleId, d.severity, d.evidence, d.path]);
    expect(found(euroOrder({ locale: "en-CA" }))).toEqual([["currency-locale-implied", "warning", "inferred", "/locale"]]);
    expect(found(euroOrder({ currencyLocale: "en-CA" }))).toEqual([["currency-locale", "warning", "advised", "/currencyLocale"]]);
    expect(found(euroOrder({ currencyLocale: "en_CA" }))).toEqual([["currency-locale-implied", "warning", "inferred", "/currencyLocale"]]);
  });

  it("locale en-ca is en-CA here too, and its letter case a cause of its own (schema/locale-case)", () => {
    const found = (value: unknown) => validate("createOrder", value).diagnostics.map((d) => [d.ruleId, d.severity, d.path]);
    // Sending the listed spelling mends the case, not the blank packing slips: two causes, one finding each.
    expect(found(euroOrder({ locale: "en-ca" }))).toEqual([
      ["schema/locale-case", "warning", "/locale"],
      ["currency-locale-implied", "warning", "/locale"],
    ]);
    expect(found(createOrder({ locale: "EN-CA" }))).toEqual([["schema/locale-case", "warning", "/locale"]]);
    expect(found(euroOrder({ locale: "en-ca", currencyLocale: "fr-FR" }))).toEqual([["schema/locale-case", "warning", "/locale"]]);
  });
});
