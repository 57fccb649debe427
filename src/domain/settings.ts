import { shownValue } from "../engine/argumentWords.js";
import { isListOfStrings } from "../json/stringList.js";
import { unknownName } from "../engine/nearestName.js";
import { customCurrencyProblems } from "./customSubtypeCurrencies.js";

/** Settings of the OMS tenant that change what the rules expect (SPEC §3, config `settings`). */
export interface Settings {
  /** The SKIP_INTERNATIONAL_TAX catalog configuration: the 20% tax cap does not apply. */
  readonly skipInternationalTax?: boolean | undefined;
  /** An onBlocks implementation: the OMS splits mixed-availability orders itself. */
  readonly onBlocks?: boolean | undefined;
  /**
   * Implementation-specific no-operation subtypes: a list of codes (every currency), or
   * a map from code to the currencies it supports (`"all"` for every currency).
   */
  readonly customNoOperationTypes?: readonly string[] | Readonly<Record<string, readonly string[] | "all">> | undefined;
  /** Part numbers of certified products (they negate Express shipping). */
  readonly certifiedPartNumbers?: readonly string[] | undefined;
}

const settingChecks: Readonly<Record<keyof Settings, (value: unknown) => boolean>> = {
  skipInternationalTax: (v) => typeof v === "boolean",
  onBlocks: (v) => typeof v === "boolean",
  customNoOperationTypes: (v) =>
    isListOfStrings(v) ||
    (typeof v === "object" && v !== null && Object.values(v).every((currencies) => currencies === "all" || isListOfStrings(currencies))),
  certifiedPartNumbers: isListOfStrings,
};

/** Every setting's name: what the options reader reads of a caller's settings by name (callerField). */
export const settingNames: readonly string[] = Object.keys(settingChecks);

const settingShapes: Readonly<Record<keyof Settings, string>> = {
  skipInternationalTax: "true or false",
  onBlocks: "true or false",
  customNoOperationTypes: 'a list of subtype codes, or an object from code to a list of currencies or "all"',
  certifiedPartNumbers: "a list of part numbers (strings)",
};


/**
 * Settings are a programmer's constants: a misspelt name (`onblocks`) would otherwise change
 * nothing, silently; it is a TypeError. With `shapes`, so is a value of the wrong type (the
 * library's entry points check them so; the rules skip such a value, as they do an ill-typed
 * config file's, which the config's own check has named). `fn` names the function checked.
 */
export function checkSettings(settings: unknown, { shapes = false, fn }: { readonly shapes?: boolean; readonly fn?: string } = {}): void {
  if (settings === undefined || (!shapes && namesChecked.has(settings as object))) return;
  const where = fn === undefined ? "" : `${fn}: `;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    throw new TypeError(`${where}settings must be an object (${Object.keys(settingChecks).join(", ")}); got ${settings === null ? "null" : Array.isArray(settings) ? "an array" : typeof settings}`);
  }
  for (const [name, value] of Object.entries(settings)) {
    if (!Object.hasOwn(settingChecks, name)) throw new TypeError(`${where}${unknownName("setting", name, Object.keys(settingChecks)).message}`);
    const check = settingChecks[name as keyof Settings];
    if (shapes && value !== undefined && !check(value)) {
      throw new TypeError(`${where}setting ${name} must be ${settingShapes[name as keyof Settings]}; got ${shownValue(value)}`);
    }
    // Of the right shape, its currencies must still be codes an order's currency may hold (customSubtypeCurrencies.ts).
    const [currency] = shapes && name === "customNoOperationTypes" ? customCurrencyProblems(value) : [];
    if (currency !== undefined) throw new TypeError(`${where}setting ${currency.message}`);
  }
  // Frozen, its names stay those checked: not checked again at each of a run's files (settledData).
  if (Object.isFrozen(settings)) namesChecked.add(settings);
}

/** Frozen settings whose names were checked. */
const namesChecked = new WeakSet<object>();
