import type { Kind } from "../kinds/kinds.js";
import type { Rule } from "./rule.js";

/**
 * The rules an engine runs, indexed once: the engine is handed them (the library and the
 * CLI pass the built-in set of rules/index.ts, as ESLint's default config passes its core
 * rules) and imports none itself.
 */
export interface RuleSet {
  readonly rules: readonly Rule[];
  readonly byId: ReadonlyMap<string, Rule>;
  /** The payload rules (a check or visitors), by the kinds they apply to (in the set's order). */
  readonly byKind: ReadonlyMap<Kind, readonly Rule[]>;
  /** The rules that check an HTTP request (meta.target "request"). */
  readonly requestRules: readonly Rule[];
  /** Whether the set holds a structural rule: without one, the schema check is not run. */
  readonly structural: boolean;
}

export function createRuleSet(rules: readonly Rule<any>[]): RuleSet {
  const byId = new Map<string, Rule>();
  const byKind = new Map<Kind, Rule[]>();
  const requestRules: Rule[] = [];
  for (const given of rules as readonly Rule[]) {
    const id = given?.meta?.id;
    if (typeof id !== "string" || id === "") throw new TypeError("every rule needs meta.id, a non-empty string");
    const rule = ownRule(given);
    if (byId.has(id)) throw new TypeError(`rule "${id}" is given twice`);
    byId.set(id, rule);
    if (rule.meta.target === "request") requestRules.push(rule);
    if (!rule.check && !rule.visit) continue;
    for (const kind of rule.meta.kinds ?? []) {
      const list = byKind.get(kind) ?? [];
      list.push(rule);
      byKind.set(kind, list);
    }
  }
  const all = [...byId.values()];
  return { rules: all, byId, byKind, requestRules, structural: all.some((rule) => rule.meta.structural === true) };
}

/**
 * A rule as its own properties say, in objects that inherit nothing: the engine asks a rule
 * for what it may lack (`rule.check`, `visit.end`, `meta.outweighs`), and with Object.prototype
 * polluted (`Object.prototype.check = "x"`) every rule without one answered the polluter's, an
 * internal error in each (found by the review of what a polluted prototype reaches). Indexed
 * once, when the set is made: no run pays for it.
 */
export function ownRule<R extends Rule<any, any>>(rule: R): R {
  const own = copyOwn(rule) as { -readonly [K in keyof R]: R[K] };
  own.meta = copyOwn(rule.meta) as R["meta"];
  if (rule.visit) own.visit = copyOwn(rule.visit) as R["visit"];
  return own;
}

function copyOwn(value: object): object {
  return Object.assign(Object.create(null) as object, value);
}
