import { schemaFiles } from "../generated/jsonSchemas.js";

/**
 * The currency codes the documents list for an order: the 35 ISO codes of Create Order's
 * "ISO codes" list (the import document lists none), read from the schema that encodes them,
 * not copied: a rule comparing an order's currency leaves any other value to the schema's one
 * finding (an error on Create Order, schema/create-order-code-list's warning on an import).
 * Read when first asked, not when this module loads: codegen loads the rules, and must run
 * whatever the generated schema it is about to rewrite holds.
 */
let listedCurrencies: ReadonlySet<string> | undefined;

/** Create Order's 35 listed codes, in the document's order. */
export function documentedCurrencies(): ReadonlySet<string> {
  listedCurrencies ??= new Set((schemaFiles.CreateOrderRequest as { properties: { currency: { enum: readonly string[] } } }).properties.currency.enum);
  return listedCurrencies;
}

/** Whether a currency is one of Create Order's 35 listed codes. */
export function isDocumentedCurrency(currency: string): boolean {
  return documentedCurrencies().has(currency);
}

/**
 * The currency codes of ISO 4217 that the runtime's Intl knows (ICU's list, which holds the
 * 35 and the rest: ZAR, PEN, …), or none where Intl cannot list them (an older runtime).
 */
const isoCurrencies: ReadonlySet<string> = new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []);

/**
 * The ISO 4217 code a value spells in any letter case ("zar": ZAR), as far as the runtime
 * knows; undefined for a value that spells none. ISO writes its codes in capitals, and no
 * document says whether the OMS compares them in other case.
 */
export function isoCurrencyCodeIgnoringCase(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const code = value.toUpperCase();
  return isoCurrencies.has(code) ? code : undefined;
}
