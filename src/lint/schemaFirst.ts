import type { Diagnostic } from "../engine/diagnostic.js";
import type { RuleSet } from "../engine/ruleSet.js";

/**
 * One cause, one finding: a rule that says so in its meta (`leavesToSchema`) adds nothing at
 * a pointer where the schema has a finding already (a misspelt required property: the
 * schema's "required" finding stands at the misspelt key and names it).
 */
export function withoutRepeatsOfSchema(set: RuleSet, structural: readonly Diagnostic[], ruled: Diagnostic[]): Diagnostic[] {
  if (structural.length === 0) return ruled;
  const placed = new Set(structural.map((d) => d.path));
  return ruled.filter((d) => !(placed.has(d.path) && set.byId.get(d.ruleId)?.meta.leavesToSchema));
}
