import type { Diagnostic } from "../src/engine/diagnostic.js";
import { defineRule, type Rule } from "../src/engine/rule.js";
import { isUnsafeInteger, refusesTheNumber } from "./unsafe-integer.js";
import { severityForEvidence } from "../src/engine/ruleEngine.js";
import { schemaRuleDefinitions } from "../src/generated/schemaRules.js";
import { allKinds } from "../src/kinds/kinds.js";

/**
 * A type the documents do not state (our reading of their examples: a warning) refused a
 * number beyond 2^53: unsafe-integer's finding at that value is the one (it may be rounded),
 * with the same fix. A stated type is the one finding instead (see unsafe-integer).
 */
function typeReadingYields(own: Diagnostic, other: Diagnostic): boolean {
  return own.evidence !== "stated" && refusesTheNumber(own) && isUnsafeInteger(other);
}

/**
 * The structural checks: every constraint of the kinds' JSON Schemas (schemas/), run by the
 * precompiled validators. A constraint belongs to this rule unless it names its own with
 * `x-oms-rule` (codegen/schemaRules.ts); its messageId is the failing keyword, its message
 * the schema's errorMessage.
 */
export const schema = defineRule({
  meta: {
    id: "schema",
    description:
      "The payload must match its kind's JSON Schema (schemas/<kind>.json): the required fields, types, lengths and codes the vendor's documents give.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: allKinds,
    structural: true,
    yieldsTo: typeReadingYields,
    source: {
      document: "Create Order (seeds/004), Primary Elements; and the parameters of each document",
      passage: "These are listed in detail in the Create Order Schema, but examples also follow below.",
    },
    messages: {},
  },
});

/** The rules that single constraints name with x-oms-rule (defined under x-oms-rules in schemas/). */
export const schemaConstraintRules: readonly Rule[] = schemaRuleDefinitions.map(({ id, description, evidence, source }) =>
  defineRule({
    meta: { id, description, evidence, defaultSeverity: severityForEvidence(evidence), kinds: allKinds, structural: true, yieldsTo: typeReadingYields, source, messages: {} },
  }),
);
