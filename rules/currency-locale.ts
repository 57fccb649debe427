import { asObject, isPresent } from "../src/domain/payloadParts.js";
import { isDocumentedCurrency, isoCurrencyCodeIgnoringCase } from "../src/domain/currencies.js";
import { defineRule } from "../src/engine/rule.js";
import { readOnImport } from "../src/domain/importReading.js";

/** The currency code a value spells in any letter case: an ISO 4217 code, or one of the 35 where the runtime lists none. */
function currencyCode(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return isoCurrencyCodeIgnoringCase(value) ?? (isDocumentedCurrency(value.toUpperCase()) ? value.toUpperCase() : undefined);
}

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
      // A currency code other than EUR, in any letter case and whether or not among the 35 (ZAR,
      // whose refusal is the schema's error at /currency): the locale is not used (audit at
      // 3df60815: ZAR with en-CA drew the packing slips' warning). A missing or ill-typed currency,
      // or one that is no code ("EURO"), may be meant as EUR: the locale is judged as with EUR.
      // Not on an import: its document defines currencyLocale as "the manufacturer’s language or
      // region" with "The default is “en-US”", whatever the currency, so "only used when
      // currency=EUR" (Create Order's) contradicts it there.
      const currency = order?.currency;
      const code = currencyCode(currency);
      if (kind !== "importOrder" && code !== undefined && code !== "EUR") {
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
