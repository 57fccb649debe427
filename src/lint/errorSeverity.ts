import { findingRule, type Payload, type StructuralSeverity } from "./schemaDiagnostics.js";
import type { ErrorSeverity } from "./schemaVerdict.js";
import type { CountedGiveWay } from "./countedGiveWay.js";

/**
 * The severity each error of the schema check will have as a finding, as its lists' checks need
 * it (codegen/listTail.ts): the level of its rule under the configuration, undefined where no
 * finding shows it (a rule turned off or missing from the set). The lists decided by evidence:
 * with `schema` at "warn" and `schema/quantity` at "error", 1,005 lines the documents refuse
 * stopped the check at line 1,000 as if the order were refused, and a quantity error at line
 * 1,003 went unseen (valid, exit 0: found by a review of the list budget); with
 * schema/line-item-crucial off, its errors counted toward the limit of 1,000 (found by the
 * schema check's budget audit).
 *
 * Always given, the default levels too: only this, which has the payload, tells a length the
 * two counts disagree on (schema/length-units' warning, not the stated limit's error). The lists
 * decided by evidence under the default levels, and 200 emoji in a billing address line counted
 * as the stated refusal: 1,000 such payments stopped the check at the note, and a refusal past it
 * went unseen, while `schema/quantity: "error"` (any level set) found it (found by the review of
 * this morning's list budget change). It costs nothing on a valid payload, which has no error to
 * ask of.
 *
 * Given the rules' findings (`beside`), the severity is the one the problem stands for after the
 * give-way step (src/lint/countedGiveWay.ts): an error that gives way to a rule's warning is no
 * error a list's check may stop at, as it is none in an order of one.
 */
export function errorSeverity(severityOf: StructuralSeverity, payload: Payload, beside?: CountedGiveWay): ErrorSeverity {
  // Never asked of an echo or a list's note (codegen/listTail.ts tells those itself).
  return (error) => {
    const { ruleId, evidence, uncertain, named } = findingRule(error, payload);
    // A length the counts disagree on within a limit that is itself our reading: schemaFindings shows nothing (schemaDiagnostics.ts).
    if (uncertain && named.evidence !== "stated") return undefined;
    const severity = severityOf(ruleId, evidence);
    return severity === undefined || beside === undefined ? severity : beside.shownAs(error, ruleId, evidence, severity);
  };
}
