import { quotedText } from "../engine/argumentWords.js";
import { documentedCurrencies, isDocumentedCurrency } from "./currencies.js";

/** A currency of settings.customNoOperationTypes that is none of the documented codes: where it stands below the setting, and what is wrong. */
export interface CurrencyProblem {
  /** The JSON Pointer segments below customNoOperationTypes: the subtype's code, the currency's index. */
  readonly path: readonly [string, number];
  readonly message: string;
}

/**
 * The currencies settings.customNoOperationTypes lists for a subtype (`{ "ZZ": ["USD", "EUR"] }`)
 * that are not among the codes an order's currency may hold: Create Order's "ISO Code Currency"
 * table (USD RUB UAH … in capitals: "Likewise, ISO codes are used to refer to denote the
 * currencies that orders are made in"; the schema's currency enum, an error for any other value).
 * `{ ZZ: ["usd"] }` or `["US Dollar"]` was taken, and a ZZ payment in USD then got "the
 * no-operation subtype ZZ does not support the order's currency "USD" (supported: usd …)"
 * (audit of the ESLint plugin). The config file, the library and the ESLint plugin refuse such
 * an entry in these words. A value of the wrong shape is the shape check's, not named here.
 */
export function customCurrencyProblems(setting: unknown): CurrencyProblem[] {
  if (typeof setting !== "object" || setting === null || Array.isArray(setting)) return [];
  const problems: CurrencyProblem[] = [];
  for (const [code, currencies] of Object.entries(setting)) {
    if (!Array.isArray(currencies)) continue;
    currencies.forEach((currency: unknown, index) => {
      if (typeof currency === "string" && !isDocumentedCurrency(currency)) problems.push({ path: [code, index], message: currencyWords(code, currency) });
    });
  }
  return problems;
}

function currencyWords(code: string, currency: string): string {
  const listed = documentedCurrencies();
  const upper = currency.trim().toUpperCase();
  const near = upper !== currency && listed.has(upper) ? ` (did you mean ${quotedText(upper)}?)` : "";
  return `customNoOperationTypes: the currency ${quotedText(currency)} listed for subtype ${quotedText(code)} is not one of the ${listed.size} currency codes Create Order lists as an order's currency, in capitals: ${[...listed].join(" ")}${near}`;
}
