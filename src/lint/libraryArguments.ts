import { checkSettings } from "../domain/settings.js";
import { nearestName, unknownName } from "../engine/nearestName.js";
import { describeArgument, quotedText } from "../engine/argumentWords.js";

/**
 * The library's arguments, checked at its edge: a wrong one is a TypeError that names the
 * function, the argument and what it takes, never V8's own ("Cannot read properties of
 * null", "input.charCodeAt is not a function") from deep inside. Unknown kinds and rule ids
 * are checked where they are read (validate, ruleConfig); option names and settings here.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  // A Map or Set holds its entries where no name reads them: given as the rules, it turned nothing off, silently (a WeakMap or WeakSet too).
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !isKeyedCollection(value);
}

/** A Map, Set, WeakMap or WeakSet: a collection whose entries no property name reads. */
export function isKeyedCollection(value: object): boolean {
  return value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof WeakSet;
}

/** Whether an argument is a plain object; a revoked Proxy, which no check can read, is a TypeError saying so. */
function readableObject(fn: string, name: string, value: unknown): value is Record<string, unknown> {
  checkReadable(fn, name, value);
  return isPlainObject(value);
}

/** An argument no check can read (a revoked Proxy: every look at it throws) is a TypeError saying so, not V8's words. */
export function checkReadable(fn: string, name: string, value: unknown): void {
  try {
    Array.isArray(value);
  } catch {
    throw new TypeError(`${fn}: ${name} cannot be read (a revoked Proxy?): pass a plain object`);
  }
}

/** The file name argument of the request linters: a string, or left out. */
export function checkFilePath(fn: string, filePath: unknown): void {
  if (filePath !== undefined && typeof filePath !== "string") throw new TypeError(`${fn}: the file name must be a string (such as "orders.http" or "orders.postman_collection.json"); got ${describeArgument(filePath)}`);
}

/** createLinter's argument: `{ rules }`, the rules to run (an array). */
export function checkLinterRules(rules: unknown): void {
  if (!readableObject("createLinter", "its argument", rules) || !Array.isArray(rules.rules)) {
    const got = readableObject("createLinter", "its argument", rules) ? `rules ${describeArgument(rules.rules)}` : describeArgument(rules);
    throw new TypeError(`createLinter: pass { rules: [...] }, the rules to run (the package's rules export and your own defineRule() rules); got ${got}`);
  }
}

/** The text argument: a string (bytes are decoded by the caller, who knows their encoding). */
export function checkText(fn: string, text: unknown): void {
  if (typeof text === "string") return;
  const decode = text instanceof Uint8Array ? ' (decode it first: Buffer.from(bytes).toString("utf8"))' : "";
  throw new TypeError(`${fn}: the text must be a string; got ${describeArgument(text)}${decode}`);
}

/** The largest limit taken: past it a count is no limit at all, and not a whole number JavaScript holds exactly. */
const maxLimit = Number.MAX_SAFE_INTEGER;

/** The names each entry point takes (the service's add failOn, checkRequest's baseUrl). */
export const optionNames = {
  validate: ["rules", "settings", "existing", "maxDepth", "maxEntries", "maxValues"],
  lintText: ["kind", "filePath", "rules", "settings", "existing", "maxDepth", "maxEntries", "maxValues"],
  fix: ["filePath", "rules", "settings", "existing", "maxDepth", "maxEntries", "maxValues"],
  lintRequests: ["rules", "settings", "maxDepth", "maxEntries", "maxValues"],
  splitOrder: ["idTemplate", "settings", "minorDigits", "maxValues"],
  unifiedDiff: ["fromFile", "toFile", "context"],
} as const;

/**
 * An options argument: undefined, or an object that holds only the names `known` lists
 * (a misspelt one would otherwise change nothing, silently), whose `rules` and `settings`
 * are objects, whose settings have their types, whose limits (maxDepth, maxEntries,
 * maxValues) are whole numbers from 1 to 2^53 - 1, and whose `existing` is an
 * object. The one check of every public entry point's options (the service's add failOn).
 */
export function checkOptions(fn: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (!readableObject(fn, "options", options)) throw new TypeError(`${fn}: options must be an object (such as { ${known.slice(0, 2).join(", ")} }); got ${describeArgument(options)}`);
  checkOptionNames(fn, options, known);
  for (const name of ["rules", "settings"] as const) {
    const value = options[name];
    // A revoked Proxy given as the rules or settings: the function's words, not V8's (found by the review of the stop).
    checkReadable(fn, `options.${name}`, value);
    if (value !== undefined && !isPlainObject(value)) {
      const example = name === "rules" ? '{ "tax-rate-cap": "warn" }' : "{ onBlocks: true }";
      throw new TypeError(`${fn}: options.${name} must be an object such as ${example}; got ${describeArgument(value)}`);
    }
  }
  checkSettings(options.settings, { shapes: true, fn });
  for (const name of ["maxDepth", "maxEntries", "maxValues"] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 1)) {
      throw new TypeError(`${fn}: options.${name} must be a whole number from 1 to ${maxLimit}; got ${describeArgument(value)}`);
    }
  }
  if (options.filePath !== undefined && typeof options.filePath !== "string") {
    throw new TypeError(`${fn}: options.filePath must be a string; got ${describeArgument(options.filePath)}`);
  }
  if (options.existing !== undefined && !isPlainObject(options.existing)) {
    throw new TypeError(`${fn}: options.existing must be the custom data record the PUT replaces, { name, value }; got ${describeArgument(options.existing)}`);
  }
}

/** Every name of the options is one the function takes: a misspelt one is a TypeError naming the nearest. */
export function checkOptionNames(fn: string, options: object, known: readonly string[]): void {
  for (const name of Object.keys(options)) if (!known.includes(name)) throw unknownOption(fn, name, known);
}

/** "Did you mean …?"; and failOn, given to a function that lints but fails nothing, is told where it belongs. */
function unknownOption(fn: string, name: string, known: readonly string[]): TypeError {
  if (known.includes("rules") && !known.includes("failOn") && nearestName(name, known) === undefined && nearestName(name, ["failOn"]) !== undefined) {
    const spelt = name === "failOn" ? "" : ' (did you mean "failOn"?)';
    return new TypeError(
      `${fn}: unknown option ${quotedText(name)}${spelt}: ${fn}() fails nothing, it reports every finding; isValid, assertValid, standardSchema, checkRequest and withPreSubmitCheck take failOn. The options are: ${known.join(", ")}`,
    );
  }
  return new TypeError(`${fn}: ${unknownName("option", name, known).message}`);
}
