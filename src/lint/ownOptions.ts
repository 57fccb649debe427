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
  if ((options as unknown) === noOptions || isAnswered(options) || !isCopied(options)) return options;
  // A name a prototype of the caller's gives is copied too, so that a misspelt one is refused as an own one is.
  const own = readAsAnswered(options, names === optionNamesRead ? withInherited(names, options) : names);
  for (const [name, innerNames] of Object.entries(inside)) {
    const value = own[name];
    if (isCopied(value)) own[name] = readAsAnswered(value, typeof innerNames === "function" ? innerNames(value) : innerNames);
  }
  if (inside === readInside && names === optionNamesRead) new AnsweredStamp(own);
  return own as T;
}

/**
 * The options of an entry point that takes `names` alone (splitOrder), read as ownOptions reads the
 * others': each name as the caller's object answers it, none as only a built-in prototype does, the
 * settings by every setting's name (a polluted `idTemplate` or `minorDigits` refused every order).
 */
export function ownOptionsNamed<T>(options: T, names: readonly string[]): T {
  return ownOptions(options, readInside, names);
}

/**
 * The entry points' options read as ownOptions reads them (its copies, and noOptions) or made
 * by oms-lint's own command line and language server as it would (toolOptions): each answers
 * every name as its own, its rules and settings too, and inherits nothing. What is taken out of
 * one, or laid over one, needs no second reading name by name (ownRest, withOptions): the
 * command line paid three such readings a file, ~7% of a run over 10,000 payloads.
 */
function isAnswered(value: unknown): boolean {
  // noOptions is frozen: it is answered by name, not stamped (a private field added to a frozen object is refused by a proposal V8 may take up).
  return value === noOptions || (typeof value === "object" && value !== null && AnsweredStamp.holds(value));
}

/**
 * `rest`, what a rest pattern left of `options`, read as ownOptions reads it: copied as it is
 * when `options` was answered (it holds what `options` held, as own names), else read again.
 */
export function ownRest<T extends object>(options: object, rest: T): T {
  return isAnswered(options) ? answeredCopy(rest) : ownOptions(rest);
}

/** `options` with `more` laid over it: answered as `options` was (the callee's ownOptions then takes it as it is). */
export function withOptions<T extends object, M extends object>(options: T, more: M): T & M {
  return isAnswered(options) ? answeredCopy({ ...options, ...more }) : { ...options, ...more };
}

/**
 * Options that oms-lint's command line and language server make for each file, from a config
 * it has already read and checked: `fields` must hold every name an entry point reads that
 * the tool sets, and its rules and settings must be its own data that inherits nothing
 * (settledData). Taken as answered, they are not read again name by name.
 */
export function toolOptions<T extends object>(fields: T): T {
  return answeredCopy(fields);
}

function answeredCopy<T extends object>(fields: T): T {
  const copy = Object.assign(Object.create(answeredPrototype) as T, fields);
  new AnsweredStamp(copy);
  return copy;
}

/**
 * What an answered copy inherits: nothing, through one frozen empty object of no prototype. V8
 * keeps an object made by Object.create(null) as a dictionary, slow to fill and to read: the
 * command line made four such copies a file (toolOptions, ownRest, withOptions and the rest
 * pattern's copy of one), ~5% of a run over 10,000 payloads.
 */
const answeredPrototype: object = Object.freeze(Object.create(null) as object);

/** Returns the object it is given, so that a subclass's private field is stamped onto that object. */
class Returned {
  constructor(value: object) {
    // The stamp is the point: `new AnsweredStamp(copy)` marks `copy` itself.
    return value;
  }
}

/**
 * The mark of an answered object: a private field, which no caller's object can hold or fake (a
 * Proxy answers `#answered in` for itself, never through a trap) and which no name lists. A
 * WeakSet did the same at twice the cost of the copy it marked (its add and the collector's
 * upkeep of its table: ~165 ns a copy, four a file).
 */
class AnsweredStamp extends Returned {
  readonly #answered = true;
  static holds(value: object): boolean {
    return #answered in value;
  }
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
  ...["source", "filledByClient", "inRequestBody", "placeName", "keepYieldingFindings", "keepEveryFix", "audience"],
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
  filledByClient: undefined,
  inRequestBody: undefined,
  placeName: undefined,
  keepYieldingFindings: undefined,
  keepEveryFix: undefined,
  audience: undefined,
}) as unknown as Readonly<Record<string, never>>;
