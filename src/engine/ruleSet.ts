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
  for (const rule of rules as readonly Rule[]) {
    const id = rule?.meta?.id;
    if (typeof id !== "string" || id === "") throw new TypeError("every rule needs meta.id, a non-empty string");
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
