import { quotedText, shownValue } from "./argumentWords.js";
import { createRequire } from "node:module";
import type { Severity } from "./diagnostic.js";
import { unknownName } from "./nearestName.js";
import type { Rule } from "./rule.js";
import type { RuleSet } from "./ruleSet.js";

/** A rule's level as configured: off, or the severity of its findings (see diagnostic.ts). */
export type RuleLevel = "off" | Severity;

/** A level as the CLI, the config file and the library take it: ESLint's words and numbers too. */
export type RuleLevelInput = RuleLevel | "warn" | 0 | 1 | 2;
/** A rule's configuration: a level, or a level and the rule's options (as in ESLint). */
export type RuleSetting =
  | RuleLevelInput
  | readonly [RuleLevelInput]
  | readonly [RuleLevelInput, Readonly<Record<string, unknown>>];
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/** One rule as a run uses it: its severity, or off, and its options (defaults merged). */
export interface ConfiguredRule {
  readonly level: RuleLevel;
  readonly options: Readonly<Record<string, unknown>>;
}

const levelOf: Readonly<Record<string, RuleLevel>> = { off: "off", warn: "warning", warning: "warning", error: "error", 0: "off", 1: "warning", 2: "error" };

/** The level a setting names, or undefined when it names none. */
export function toRuleLevel(input: unknown): RuleLevel | undefined {
  return (typeof input === "string" || typeof input === "number") && Object.hasOwn(levelOf, input) ? levelOf[input] : undefined;
}

/** A configuration problem: a TypeError in the library; the CLI and the config turn it into exit 2. */
export class RuleConfigError extends TypeError {
  // Named here, not by its identifier: the library bundle minifies identifiers ("Je [TypeError]" in a log).
  static {
    Object.defineProperty(this, "name", { value: "RuleConfigError" });
  }
}

const noOptions: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Checks a rules configuration against the rules of the set and turns it into levels and
 * options: an unknown rule id, a malformed level or options the rule's schema refuses
 * throw a RuleConfigError naming the rule and the option. Cached by what the configuration
 * says, not by the object that says it: a service that validates with one configuration (or
 * builds the same one per call) checks it once, and one that changes its object between
 * calls gets the change (found by the service audit: a rule turned off, or on, in the same
 * object after a first call was ignored, and an unknown id added later was no TypeError).
 * `fn` names the library's function in the error (found by the service audit: `rule
 * "unknown-property": a setting is …` named none); the command line and config have none.
 */
export function configureRules(set: RuleSet, config: RulesConfig | undefined, fn?: string): ReadonlyMap<string, ConfiguredRule> {
  if (config === undefined) return emptyConfiguration;
  const key = frozenKeys.get(config) ?? contentKey(config);
  let byContent = cache.get(set);
  if (!byContent) cache.set(set, (byContent = new Map()));
  const cached = key === undefined ? undefined : byContent.get(key);
  if (cached) return cached;
  const configured = new Map<string, ConfiguredRule>();
  const where = fn === undefined ? "" : `${fn}: `;
  for (const [id, setting] of Object.entries(config)) {
    const rule = set.byId.get(id);
    if (!rule) throw new RuleConfigError(`${where}${unknownName("rule", id, [...set.byId.keys()]).message}`);
    const level = toRuleLevel(Array.isArray(setting) ? setting[0] : setting);
    const given: unknown = Array.isArray(setting) ? setting[1] : undefined;
    if (level === undefined || (Array.isArray(setting) && (setting.length > 2 || (given !== undefined && !isPlainObject(given))))) {
      throw new RuleConfigError(`${where}rule "${id}": a setting is "off", "warn", "error" (or 0, 1, 2), or ["warn" | "error", { options }]; got ${shownValue(setting)}`);
    }
    if (given !== undefined) checkOptions(rule, given as Readonly<Record<string, unknown>>, where);
    const options = given === undefined ? (rule.meta.defaultOptions ?? noOptions) : { ...rule.meta.defaultOptions, ...(given as object) };
    configured.set(id, { level, options });
  }
  if (key !== undefined) {
    // The oldest goes first: a service that builds a new configuration per call cannot grow this.
    if (byContent.size >= keptConfigurations) byContent.delete(byContent.keys().next().value!);
    byContent.set(key, configured);
  }
  return configured;
}

const emptyConfiguration: ReadonlyMap<string, ConfiguredRule> = new Map();
const cache = new WeakMap<RuleSet, Map<string, ReadonlyMap<string, ConfiguredRule>>>();
/** Configurations kept per rule set: a service has a handful. */
const keptConfigurations = 64;

/** How much of a configuration contentKey reads before it gives up on caching it: far more than any configuration holds. */
const keyedValues = 10_000;

/**
 * What a configuration says, as its JSON text, when it is plain data: two such configurations
 * with the same text are configured alike. Undefined (configured afresh each time) for one
 * holding anything else: a getter (it may answer otherwise at the next read: found by the
 * review of the session, where a getter's first answer was cached under the second's text),
 * an object of a class (a Set and a Map both write `{}`), a function, a symbol, a BigInt,
 * undefined, a cycle, or more than `keyedValues` values.
 */
function contentKey(config: RulesConfig): string | undefined {
  let left = keyedValues;
  const pending: unknown[] = [config];
  const seen = new Set<object>();
  let frozen = true;
  while (pending.length > 0) {
    const value = pending.pop();
    if (--left < 0) return undefined;
    if (value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) continue;
    if (typeof value !== "object" || seen.has(value)) return undefined;
    seen.add(value);
    frozen &&= Object.isFrozen(value);
    const prototype: unknown = Object.getPrototypeOf(value);
    if (Array.isArray(value) ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) return undefined;
    const descriptors = Object.getOwnPropertyDescriptors(value);
    for (const key of Reflect.ownKeys(descriptors)) {
      const descriptor = descriptors[key as string]!;
      if (typeof key === "symbol" || !("value" in descriptor)) return undefined;
      if (descriptor.enumerable) pending.push(descriptor.value);
    }
  }
  const key = JSON.stringify(config);
  if (frozen) frozenKeys.set(config, key);
  return key;
}

/**
 * The keys of configurations frozen throughout (every object and array of plain data in them):
 * such a one says the same at every call, so its key is made once (the command line's, one a
 * run: settledData), not walked again at each of a run's files.
 */
const frozenKeys = new WeakMap<RulesConfig, string>();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type OptionsCheck = ((options: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null };
const compiled = new WeakMap<object, OptionsCheck>();
let ajv: { compile(schema: object): OptionsCheck } | undefined;

/**
 * Options are checked against the rule's options schema; a rule without one takes none.
 * Ajv is loaded and a schema compiled only when options are given (a service that sets
 * none never pays for it), once per schema.
 */
function checkOptions(rule: Rule, options: Readonly<Record<string, unknown>>, at: string): void {
  const id = rule.meta.id;
  const schema = rule.meta.optionsSchema;
  if (!schema) {
    const names = Object.keys(options);
    if (names.length > 0) throw new RuleConfigError(`${at}rule "${id}" takes no options; got option ${quotedText(names[0]!)}`);
    return;
  }
  let check = compiled.get(schema);
  if (!check) {
    if (!ajv) {
      const { Ajv } = createRequire(import.meta.url)("ajv") as { Ajv: new (options: object) => { compile(schema: object): OptionsCheck } };
      ajv = new Ajv({ allErrors: false, strict: false });
    }
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
  if (check(options)) return;
  const error = check.errors?.[0];
  const extra = error?.keyword === "additionalProperties" ? error.params.additionalProperty : undefined;
  const problem = typeof extra === "string" ? `has no option ${quotedText(extra)}` : `option ${error?.instancePath.slice(1).replace(/\//g, ".") || "object"} ${error?.message ?? "is not valid"}`;
  throw new RuleConfigError(`${at}rule "${id}" ${problem}`);
}
