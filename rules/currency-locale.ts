import { asObject, asString, isPresent } from "../src/domain/payloadParts.js";
import { isDocumentedCurrency } from "../src/domain/currencies.js";
import { defineRule } from "../src/engine/rule.js";
import { readOnImport } from "../src/domain/importReading.js";

export const currencyLocale = defineRule({
  meta: {
    id: "currency-locale",
    description:
      "currencyLocale is only used with currency EUR on a Create Order (not on an import, whose document gives it the default en-US), and en-CA should not be used for it (blank packing slips down the line).",
    defaultSeverity: "warning",
    evidence: "advised",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    source: {
      document: "Create Order (seeds/004), Optional Parameters",
      passage:
        "This is only used when “currency=EUR,” in order to distinguish the type of euro based on locale. … Note that “en-CA” should not be used for this value – while orders can be created in this locale, it will cause errors down the line such as blank packing slips.",
    },
    messages: {
      notEur:
        "currencyLocale is set but the currency is {{currency}}: currencyLocale is only used when currency=EUR (to distinguish the type of euro); leave it out",
      enCa: "currencyLocale en-CA should not be used: orders can be created in this locale, but it causes errors down the line such as blank packing slips",
    },
    // currencyLocale set beside another currency is the advice, whatever it holds; a currency the client fills may be EUR.
    sureOfAnyString: ["notEur"],
    reads: { notEur: ["/currency"] },
  },
  visit: {
    payload({ value, kind, report }) {
      const order = asObject(value);
      if (!isPresent(order?.currencyLocale)) return;
      // A missing, ill-typed or undocumented currency ("eur", "EURO") is the schema's one finding,
      // at /currency: the fault is the currency, not the locale, so there is nothing to compare.
      // Not on an import: its document defines currencyLocale as "the manufacturer’s language or
      // region" with "The default is “en-US”", whatever the currency, so "only used when
      // currency=EUR" (Create Order's) contradicts it there.
      const currency = asString(order?.currency);
      if (kind !== "importOrder" && currency !== undefined && currency !== "EUR" && isDocumentedCurrency(currency)) {
        // One cause, one finding: "This is only used when “currency=EUR,”", so beside another
        // currency the locale is not used at all and en-CA's packing slips are not its trouble;
        // leaving it out mends both (audit at d7d7efe9: USD with en-CA drew both warnings).
        report({ path: "/currencyLocale", messageId: "notEur", data: { currency: JSON.stringify(currency) } });
        return;
      }
      // Language tags are case-insensitive (RFC 5646), so "en-ca" is the same locale.
      const locale = order?.currencyLocale;
      if (typeof locale === "string" && locale.toLowerCase() === "en-ca") report({ path: "/currencyLocale", messageId: "enCa" });
    },
  },
});
