import { asObject, asString, isPresent } from "../src/domain/payloadParts.js";
import { readOnImport } from "../src/domain/importReading.js";
import { defineRule } from "../src/engine/rule.js";

/** en-CA as a language tag (case-insensitive, RFC 5646), or as a POSIX or Java locale writes it (en_CA). */
function enCaSpelling(value: unknown): "tag" | "underscore" | undefined {
  const text = asString(value)?.toLowerCase();
  return text === "en-ca" ? "tag" : text === "en_ca" ? "underscore" : undefined;
}

export const currencyLocaleImplied = defineRule({
  meta: {
    id: "currency-locale-implied",
    description:
      "en-CA as the currency locale by our reading: a Create Order in EUR without currencyLocale, whose locale (read in its place) is en-CA; or currencyLocale written en_CA, which is no IETF code.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    source: {
      document: "Create Order (seeds/004), Optional Parameters",
      passage:
        "currencyLocale string An Internet Engineering Task Force code identifier … This is only used when “currency=EUR,” in order to distinguish the type of euro based on locale. If this parameter is not provided in the request body, then “locale” is referenced instead because they are usually the same value. Note that “en-CA” should not be used for this value – while orders can be created in this locale, it will cause errors down the line such as blank packing slips.",
    },
    // Read in currencyLocale's place only when the currency is EUR and currencyLocale is left out (a key the client names may be it).
    reads: { fromLocale: ["/currency", "/currencyLocale"] },
    messages: {
      fromLocale:
        "currency is EUR and currencyLocale is not given, so the OMS references locale {{locale}} in its place (\"If this parameter is not provided in the request body, then “locale” is referenced instead\"), and en-CA \"should not be used\" for currencyLocale: it causes errors down the line such as blank packing slips. The document gives that advice for the currencyLocale value; that it holds for the locale read in its place is our reading (set currencyLocale to the order's euro locale, such as fr-FR)",
      underscore:
        "currencyLocale {{value}} is en-CA as a POSIX or Java locale writes it, not the IETF code the document asks for (\"An Internet Engineering Task Force code identifier\"): read as en-CA, it \"should not be used\" (blank packing slips down the line); whether the OMS reads it so, or not at all, the document does not say (our reading: send the IETF code of the order's euro locale, such as fr-FR)",
    },
  },
  visit: {
    payload({ value, kind, report }) {
      const order = asObject(value);
      const currencyLocale = order?.currencyLocale;
      // en-CA itself, in any letter case, is currency-locale's advice (advised); its other spelling is our reading.
      if (enCaSpelling(currencyLocale) === "underscore") report({ path: "/currencyLocale", messageId: "underscore", data: { value: JSON.stringify(currencyLocale) } });
      // Only Create Order says the locale is referenced in currencyLocale's place; the import
      // document gives currencyLocale a default of its own ("The default is “en-US”").
      if (kind !== "createOrder" || isPresent(currencyLocale) || order?.currency !== "EUR") return;
      const locale = order.locale;
      if (enCaSpelling(locale) !== undefined) report({ path: "/locale", messageId: "fromLocale", data: { locale: JSON.stringify(locale) } });
    },
  },
});
