import { asObject, field } from "./payloadParts.js";
import type { Settings } from "./settings.js";

/** The currencies a subtype supports: a list, or every currency. */
export type Currencies = readonly string[] | "all";

const usdOnly: Currencies = ["USD"];

/** The documents' table of no-operation subtypes and their "Supported Currencies". */
export const documentedSubtypes: ReadonlyMap<string, Currencies> = new Map<string, Currencies>([
  ["AM", usdOnly], ["AX", usdOnly], ["CA", usdOnly], ["DR", usdOnly], ["DS", usdOnly],
  // "FX Fedex Crossborder USD (Note that while orders can be placed in different currencies to
  // Crossborder, it is converted to USD before being sent by Fedex": other currencies are taken.
  ["FX", "all"],
  ["GC", "all"], ["HI", usdOnly], ["KI", "all"], ["KL", "all"], ["MA", usdOnly], ["PC", usdOnly],
  ["PY", usdOnly], ["SR", "all"], ["SV", usdOnly], ["TR", usdOnly], ["VI", usdOnly],
]);

export const documentedList = [...documentedSubtypes.keys()].join(" ");

/**
 * "there are also custom subtypes that are only used by specific implementations and not listed
 * here": settings.customNoOperationTypes names them. The currencies the one subtype `code` is
 * listed with there (a list of codes: every currency), else undefined. The settings come from
 * a config file, so entries of the wrong type are skipped, never trusted. Only `code` is
 * looked up: a rule asks once per payment, and nothing is built for it.
 */
export function customSubtype(settings: Settings, code: string): Currencies | undefined {
  const configured: unknown = settings.customNoOperationTypes;
  if (Array.isArray(configured)) return configured.includes(code) ? "all" : undefined;
  const currencies = field(asObject(configured), code);
  if (currencies === "all") return "all";
  return Array.isArray(currencies) ? currencies.filter((c): c is string => typeof c === "string") : undefined;
}

/** Whether the tenant has listed its custom subtypes: only then is an unlisted subtype known to be wrong. */
export function customSubtypesListed(settings: Settings): boolean {
  return settings.customNoOperationTypes !== undefined && settings.customNoOperationTypes !== null;
}
