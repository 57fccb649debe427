import { currencyLocale } from "../../rules/currency-locale.js";
import { createOrder, importOrder } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

ruleTester(currencyLocale, {
  valid: [
    { name: "no currencyLocale, as in the documents' example", payload: createOrder() },
    { name: "a euro locale with EUR", payload: createOrder({ currency: "EUR", locale: "de-DE", currencyLocale: "de-DE" }) },
    { name: "null counts as not set", payload: createOrder({ currencyLocale: null }) },
    { name: "an ill-typed currency is the schema's error", payload: createOrder({ currency: 978, currencyLocale: "fr-FR" }) },
    { name: "EUR in lower case is EUR: its locale is used", payload: createOrder({ currency: "eur", currencyLocale: "fr-FR" }) },
    { name: "a currency that is no code (EURO) may be meant as EUR: its locale is judged as with EUR", payload: createOrder({ currency: "EURO", currencyLocale: "fr-FR" }) },
    { name: "no currency (the schema's error) may be meant as EUR: its locale is judged as with EUR", payload: createOrder({ currency: undefined as never, currencyLocale: "fr-FR" }) },
    { name: "likewise on an import", kind: "importOrder", payload: importOrder({ currency: "EURO", currencyLocale: "de-DE" }) },
    // The import document: currencyLocale is "the manufacturer’s language or region. The default is “en-US”" (no EUR restriction).
    { name: "an import in USD with the import document's default en-US", kind: "importOrder", payload: importOrder({ currencyLocale: "en-US" }) },
    { name: "an import in GBP with its own region", kind: "importOrder", payload: importOrder({ currency: "GBP", currencyLocale: "en-GB" }) },
    // What only our reading makes en-CA is currency-locale-implied's (inferred), not this rule's advice.
    { name: "locale en-CA in EUR without currencyLocale (read in its place): currency-locale-implied's", payload: createOrder({ currency: "EUR", locale: "en-CA" }) },
    { name: "currencyLocale en_CA (no IETF code): currency-locale-implied's", payload: createOrder({ currency: "EUR", currencyLocale: "en_CA" }) },
  ],
  invalid: [
    {
      name: "currencyLocale with USD",
      payload: createOrder({ currencyLocale: "en-US" }),
      errors: [{ path: "/currencyLocale", messageId: "notEur", messageIncludes: ['currency is "USD"'] }],
    },
    {
      name: "en-CA with EUR",
      payload: createOrder({ currency: "EUR", currencyLocale: "en-CA" }),
      errors: [{ path: "/currencyLocale", messageId: "enCa" }],
    },
    {
      name: "language tags are case-insensitive",
      payload: createOrder({ currency: "EUR", currencyLocale: "EN-ca" }),
      errors: [{ path: "/currencyLocale", messageId: "enCa" }],
    },
    {
      name: "en-CA with an undocumented currency: only en-CA",
      payload: createOrder({ currency: "eur", currencyLocale: "en-CA" }),
      errors: [{ path: "/currencyLocale", messageId: "enCa" }],
    },
    // One cause, one finding: beside another currency the locale is not used, so only that it is not;
    // so too beside an ISO currency outside the 35, in any letter case (audit at 3df60815: ZAR drew en-CA's).
    ...([
      ["ZAR", "en-CA"],
      ["zar", "en-ca"],
      ["ZAR", "fr-FR"],
      ["usd", "en-CA"],
    ] as const).map(([currency, locale]) => ({
      name: `${locale} with ${currency}, a currency code other than EUR: only that it is not used`,
      payload: createOrder({ currency, currencyLocale: locale }),
      errors: [{ path: "/currencyLocale", messageId: "notEur", messageIncludes: [`currency is "${currency}"`] }],
    })),
    ...([["EURO"], [978], [undefined]] as const).map(([currency]) => ({
      name: `en-CA with currency ${JSON.stringify(currency)}, which may be meant as EUR: en-CA's warning`,
      payload: createOrder({ currency: currency as never, currencyLocale: "en-CA" }),
      errors: [{ path: "/currencyLocale", messageId: "enCa" }],
    })),
    {
      name: "en-CA with CAD: only that it is not used",
      payload: createOrder({ currency: "CAD", currencyLocale: "en-CA" }),
      errors: [{ path: "/currencyLocale", messageId: "notEur", messageIncludes: ['"CAD"'] }],
    },
    {
      name: "en-CA with USD (the seed's own order): only that it is not used",
      payload: createOrder({ currency: "USD", currencyLocale: "en-CA" }),
      errors: [{ path: "/currencyLocale", messageId: "notEur", messageIncludes: ['"USD"'] }],
    },
    {
      name: "en-ca with GBP: only that it is not used",
      payload: createOrder({ currency: "GBP", currencyLocale: "en-ca" }),
      errors: [{ path: "/currencyLocale", messageId: "notEur", messageIncludes: ['"GBP"'] }],
    },
    {
      name: "en-CA on an import too (our reading)",
      kind: "importOrder",
      payload: importOrder({ currency: "CAD", currencyLocale: "en-CA" }),
      errors: [{ path: "/currencyLocale", messageId: "enCa" }],
    },
  ],
});
