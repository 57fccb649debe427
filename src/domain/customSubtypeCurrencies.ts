import { quotedText } from "../engine/argumentWords.js";

/** A currency of settings.customNoOperationTypes that cannot be an ISO 4217 code: where it stands below the setting, and what is wrong. */
export interface CurrencyProblem {
  /** The JSON Pointer segments below customNoOperationTypes: the subtype's code, the currency's index. */
  readonly path: readonly [string, number];
  readonly message: string;
}

/** An ISO 4217 alphabetic code's shape: three capital letters A to Z. */
const isoShape = /^[A-Z]{3}$/;

/**
 * The currencies settings.customNoOperationTypes lists for a subtype (`{ "ZZ": ["USD", "EUR"] }`)
 * that cannot be ISO 4217 codes: not three capital letters. The documents name an order's
 * currency by its ISO code, written in capitals (Create Order's "ISO Code Currency" table;
 * Historic Order Import: "A International Standards Organization code", no list), so `["usd"]`
 * or `["US Dollar"]` can never match an order's currency: a ZZ payment in USD got "the
 * no-operation subtype ZZ does not support the order's currency "USD" (supported: usd …)". An
 * ISO code outside Create Order's 35 (ZAR) is taken: import orders may be in it (the 35-code
 * limit on imports is our reading, a warning; SPEC §3 lets an inference refuse nothing). The
 * config file, the library and the ESLint plugin refuse such an entry in these words. A value of
 * the wrong shape is the shape check's, not named here.
 */
export function customCurrencyProblems(setting: unknown): CurrencyProblem[] {
  if (typeof setting !== "object" || setting === null || Array.isArray(setting)) return [];
  const problems: CurrencyProblem[] = [];
  for (const [code, currencies] of Object.entries(setting)) {
    if (!Array.isArray(currencies)) continue;
    currencies.forEach((currency: unknown, index) => {
      if (typeof currency === "string" && !isoShape.test(currency)) problems.push({ path: [code, index], message: currencyWords(code, currency) });
    });
  }
  return problems;
}

function currencyWords(code: string, currency: string): string {
  const upper = currency.trim().toUpperCase();
  const near = isoShape.test(upper) ? ` (did you mean ${quotedText(upper)}?)` : "";
  return `customNoOperationTypes: the currency ${quotedText(currency)} listed for subtype ${quotedText(code)} cannot be an ISO 4217 currency code: three capital letters, as the documents write an order's currency (stated: Create Order's "ISO Code Currency" table, USD EUR …; Historic Order Import, "A International Standards Organization code"), so it could never match one${near}`;
}
