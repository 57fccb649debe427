import { asObject } from "./payloadParts.js";
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
 * here": settings.customNoOperationTypes names them. The settings come from a config file, so
 * entries of the wrong type are skipped, never trusted.
 */
export function customSubtypes(settings: Settings): ReadonlyMap<string, Currencies> {
  const configured: unknown = settings.customNoOperationTypes;
  const subtypes = new Map<string, Currencies>();
  if (Array.isArray(configured)) {
    for (const code of configured) if (typeof code === "string") subtypes.set(code, "all");
    return subtypes;
  }
  for (const [code, currencies] of Object.entries(asObject(configured) ?? {})) {
    if (currencies === "all") subtypes.set(code, "all");
    else if (Array.isArray(currencies)) subtypes.set(code, currencies.filter((c): c is string => typeof c === "string"));
  }
  return subtypes;
}


/** Whether the tenant has listed its custom subtypes: only then is an unlisted subtype known to be wrong. */
export function customSubtypesListed(settings: Settings): boolean {
  return settings.customNoOperationTypes !== undefined && settings.customNoOperationTypes !== null;
}
