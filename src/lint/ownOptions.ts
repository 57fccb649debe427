import { callerField, inheritedNames } from "../engine/callerField.js";
import { isKeyedCollection } from "./libraryArguments.js";
import { settingNames } from "../domain/settings.js";

/**
 * A caller's options as the caller's object answers them, in objects that inherit nothing:
 * with Object.prototype polluted (a deep merge that wrote through `__proto__`), options that
 * do not hold `rules` answered the polluter's (`Object.prototype.rules = { schema: "off" }`
 * made a refused body valid), and ones that do not hold `maxDepth`, `settings` or `existing`
 * answered theirs (found by the review of what a polluted prototype reaches). Each name an
 * entry point reads is read as callerField reads it: an option given by inheritance, as a
 * getter (called once), as a non-enumerable property or through a Proxy is honoured, one only
 * a built-in prototype answers is not. The own enumerable names are copied too, so that the
 * checks still list (and refuse) a misspelt one. The rules config and the settings are read
 * the same way: their own names, those a prototype of the caller's gives, and, for the settings,
 * each setting's name.
 */
export function ownOptions<T>(options: T, inside: Readonly<Record<string, InnerNames>> = readInside, names: readonly string[] = optionNamesRead): T {
  if ((options as unknown) === noOptions || !isCopied(options)) return options;
  // A name a prototype of the caller's gives is copied too, so that a misspelt one is refused as an own one is.
  const own = readAsAnswered(options, names === optionNamesRead ? withInherited(names, options) : names);
  for (const [name, innerNames] of Object.entries(inside)) {
    const value = own[name];
    if (isCopied(value)) own[name] = readAsAnswered(value, typeof innerNames === "function" ? innerNames(value) : innerNames);
  }
  return own as T;
}

/** The names read inside an option: a list, or what an object answers them from. */
type InnerNames = readonly string[] | ((value: object) => readonly string[]);

/**
 * The options whose names are read by name: the rules config (a rule's level, by its own names and
 * those it inherits from a prototype of the caller's) and the settings (by every setting's name,
 * and the names a prototype of the caller's gives, so that a misspelt one is refused).
 */
const readInside: Readonly<Record<string, InnerNames>> = { rules: inheritedNames, settings: (value) => withInherited(settingNames, value) };

/** `names`, and those a prototype of the caller's gives `value` (a new list only where one does: every call reads its options here). */
function withInherited(names: readonly string[], value: object): readonly string[] {
  const inherited = inheritedNames(value);
  return inherited.length === 0 ? names : [...names, ...inherited];
}

/** Every option an entry point that reads its options here takes: the library's, the service's. */
const optionNamesRead: readonly string[] = [
  ...["kind", "filePath", "rules", "settings", "existing", "maxDepth", "maxEntries", "maxValues"],
  ...["source", "keepYieldingFindings", "keepEveryFix", "audience"],
  ...["failOn", "baseUrl", "onInvalid", "maxBodySize"],
];

/** A revoked Proxy, which no look can read, is left for the checks to refuse in their words (checkReadable), and a Map, Set, WeakMap or WeakSet, whose entries no name reads, too. */
function isCopied(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  try {
    return !Array.isArray(value) && !ArrayBuffer.isView(value) && Object.getPrototypeOf(value) !== null && !isKeyedCollection(value);
  } catch {
    return false;
  }
}

/** Own enumerable keys, as the checks list them (Object.keys), and each of `names` the object answers (callerField), into an object with no prototype. */
function readAsAnswered(value: object, names: readonly string[]): Record<string, unknown> {
  const copy = Object.assign(Object.create(null) as Record<string, unknown>, value);
  for (const name of names) {
    if (Object.hasOwn(copy, name)) continue;
    const answer = callerField(value, name);
    if (answer !== undefined) copy[name] = answer;
  }
  return copy;
}

/**
 * No options given: every name an entry point reads is its own, undefined, so that none is read
 * off a polluted Object.prototype. One shape of own names rather than an object of no
 * prototype, a dictionary V8 reads slower (validate() took 3% longer, interleaved runs).
 */
export const noOptions: Readonly<Record<string, never>> = Object.freeze({
  kind: undefined,
  filePath: undefined,
  rules: undefined,
  settings: undefined,
  existing: undefined,
  maxDepth: undefined,
  maxEntries: undefined,
  maxValues: undefined,
  source: undefined,
  keepYieldingFindings: undefined,
  keepEveryFix: undefined,
  audience: undefined,
}) as unknown as Readonly<Record<string, never>>;
