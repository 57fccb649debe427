import type { ConfiguredRule } from "../engine/ruleConfig.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { schemaRuleDefinitions } from "../generated/schemaRules.js";
import { findingRule, schemaRuleId, type Payload, type StructuralSeverity } from "./schemaDiagnostics.js";
import type { UnseenError } from "./schemaVerdict.js";

/** Every rule that owns schema constraints. */
const structuralRuleIds: readonly string[] = [schemaRuleId, ...schemaRuleDefinitions.map(({ id }) => id)];

/** The last rule set and configuration asked of (both kept as they are, the configuration cached by its content: ruleConfig.ts), and the answer. */
let last: { readonly set: RuleSet; readonly configured: ReadonlyMap<string, ConfiguredRule>; readonly unseen: boolean } | undefined;

/**
 * Whether a structural rule is off in the configuration or missing from the set: asked of
 * every rule by id, ~25 lookups, it cost every validate() call about 0.4 µs of ~5 (measured
 * interleaved against the stop's start on the documents' example); a service validates with one
 * configuration, so the last answer is kept.
 */
function someStructuralRuleUnseen(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>): boolean {
  if (last?.set !== set || last.configured !== configured) {
    last = { set, configured, unseen: structuralRuleIds.some((id) => configured.get(id)?.level === "off" || !set.byId.has(id)) };
  }
  return last.unseen;
}

/**
 * The errors of the schema check that no finding will show, as its lists' checks need them
 * (codegen/listTail.ts): those of a structural rule the configuration turns off, or the set
 * lacks. A list's limit of 1,000 problems counted them, so that an order of 1,001 lines each
 * without a partNumber, with schema/line-item-crucial off, showed no finding of the rule but
 * a note that the lines before the last "have at least 1000 problems": a warning about
 * problems turned off, which failed `--max-warnings 0` (found by the schema check's budget
 * audit). Undefined when every structural rule is on, the usual case: the lists then count
 * every error but the echoes, with no call per error.
 */
export function unseenErrors(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>, severityOf: StructuralSeverity, payload: Payload): UnseenError | undefined {
  if (!someStructuralRuleUnseen(set, configured)) return undefined;
  return (error) => {
    // An inner list's note is no problem of a rule (codegen/listTail.ts drops echoes itself).
    if (error.keyword === "errorLimit") return false;
    const { ruleId, evidence } = findingRule(error, payload);
    return severityOf(ruleId, evidence) === undefined;
  };
}
