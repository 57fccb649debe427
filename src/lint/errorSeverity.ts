import type { Severity } from "../engine/diagnostic.js";
import type { ConfiguredRule } from "../engine/ruleConfig.js";
import { severityForEvidence } from "../engine/ruleEngine.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { constraintRules, schemaRuleDefinitions } from "../generated/schemaRules.js";
import { findingRule, schemaRuleId, type Payload, type StructuralSeverity } from "./schemaDiagnostics.js";
import type { ErrorSeverity } from "./schemaVerdict.js";

/**
 * Each structural rule's level when the configuration leaves it, the one its evidence gives
 * (a stated constraint's error, a warning else): the validators' lists decide by evidence
 * alone when every rule stands there (codegen/listTail.ts). A rule whose constraints' evidence
 * gives two levels has none: any level configured for it is one the evidence does not give.
 */
const defaultLevels: ReadonlyMap<string, Severity | undefined> = (() => {
  const levels = new Map<string, Set<Severity>>([[schemaRuleId, new Set(["error"])]]);
  for (const { id, evidence } of schemaRuleDefinitions) levels.set(id, new Set([severityForEvidence(evidence)]));
  for (const { rule, evidence } of Object.values(constraintRules)) levels.get(rule)?.add(severityForEvidence(evidence));
  return new Map([...levels].map(([id, severities]) => [id, severities.size === 1 ? [...severities][0] : undefined]));
})();

/** The last rule set and configuration asked of (both kept as they are, the configuration cached by its content: ruleConfig.ts), and the answer. */
let last: { readonly set: RuleSet; readonly configured: ReadonlyMap<string, ConfiguredRule>; readonly asByDefault: boolean } | undefined;

/**
 * Whether every structural rule is in the set and at its default level: asked of every rule by
 * id, ~25 lookups, it cost every validate() call about 0.4 µs of ~5 (measured interleaved
 * against the stop's start on the documents' example); a service validates with one
 * configuration, so the last answer is kept.
 */
function structuralLevelsAsByDefault(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>): boolean {
  if (last?.set !== set || last.configured !== configured) {
    const asByDefault = [...defaultLevels].every(([id, level]) => set.byId.has(id) && (configured.get(id) === undefined || configured.get(id)?.level === level));
    last = { set, configured, asByDefault };
  }
  return last.asByDefault;
}

/**
 * The severity each error of the schema check will have as a finding, as its lists' checks need
 * it (codegen/listTail.ts): the level of its rule under the configuration, undefined where no
 * finding shows it (a rule turned off or missing from the set). The lists decided by evidence:
 * with `schema` at "warn" and `schema/quantity` at "error", 1,005 lines the documents refuse
 * stopped the check at line 1,000 as if the order were refused, and a quantity error at line
 * 1,003 went unseen (valid, exit 0: found by a review of the list budget); with
 * schema/line-item-crucial off, its errors counted toward the limit of 1,000 (found by the
 * schema check's budget audit). Undefined when every structural rule is on at its default
 * level, the usual case: the lists then decide by evidence, with no call per error.
 */
export function errorSeverity(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>, severityOf: StructuralSeverity, payload: Payload): ErrorSeverity | undefined {
  if (structuralLevelsAsByDefault(set, configured)) return undefined;
  // Never asked of an echo or a list's note (codegen/listTail.ts tells those itself).
  return (error) => {
    const { ruleId, evidence, uncertain, named } = findingRule(error, payload);
    // A length the counts disagree on within a limit that is itself our reading: schemaFindings shows nothing (schemaDiagnostics.ts).
    if (uncertain && named.evidence !== "stated") return undefined;
    return severityOf(ruleId, evidence);
  };
}
