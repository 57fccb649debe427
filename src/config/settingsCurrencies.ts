import { customCurrencyProblems } from "../domain/customSubtypeCurrencies.js";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The currencies of settings.customNoOperationTypes, at the top and in every `overrides` entry,
 * that are no documented code (customSubtypeCurrencies.ts), each at its own place in the config
 * file, in the words the library and the ESLint plugin use. A setting the schema already faulted
 * (`faulted`, its pointer) is not looked into.
 */
export function settingsCurrencyProblems(file: unknown, faulted: (path: string) => boolean): { readonly path: string; readonly message: string }[] {
  if (!isObject(file)) return [];
  const overrides = Array.isArray(file.overrides) ? file.overrides : [];
  const places: [string, unknown][] = [["/settings", file.settings], ...overrides.map((entry, i): [string, unknown] => [`/overrides/${i}/settings`, isObject(entry) ? entry.settings : undefined])];
  return places.flatMap(([where, settings]) => {
    const at = `${where}/customNoOperationTypes`;
    if (!isObject(settings) || faulted(at)) return [];
    return customCurrencyProblems(settings.customNoOperationTypes).map(({ path: [code, index], message }) => ({
      path: `${at}/${code.replace(/~/g, "~0").replace(/\//g, "~1")}/${index}`,
      message: `settings.${message}`,
    }));
  });
}
