import type { Diagnostic, Evidence, Severity } from "../engine/diagnostic.js";
import { constraintRules } from "../generated/schemaRules.js";
import { pointer } from "../json/jsonPointer.js";

/** The part of an Ajv error object oms-lint reads. */
export interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  /** The absolute schema path (file#/pointer) of a constraint that names its rule (codegen/schemaRules.ts). */
  readonly constraint?: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
}

/** The rule of every constraint that names none with x-oms-rule. */
export const schemaRuleId = "schema";

/** Keywords whose own error only repeats what the errors beneath it say. */
const echoKeywords = new Set(["if", "allOf"]);

/** The error that failed, under ajv-errors' errorMessage wrapper. */
function originalOf(error: AjvError): AjvError | undefined {
  return error.keyword === "errorMessage" ? (error.params.errors as AjvError[] | undefined)?.[0] : error;
}

/**
 * Where the user fixes an error: a missing property points at where it belongs
 * (`/orderPayments`), not at the object that lacks it.
 */
function errorPath(error: AjvError, original: AjvError | undefined): string {
  const missing = original?.keyword === "required" ? original.params.missingProperty : undefined;
  return typeof missing === "string" ? pointer(error.instancePath, missing) : error.instancePath;
}

/** The severity of a structural rule's finding of this evidence; undefined when the rule is off. */
export type StructuralSeverity = (ruleId: string, evidence: Evidence) => Severity | undefined;

const allErrors: StructuralSeverity = () => "error";

/**
 * Turns the errors of a generated validator into diagnostics. The wording comes from the
 * schema (ajv-errors `errorMessage`); only where a schema has none does Ajv's own stand.
 * Each gets the rule and evidence its constraint names (x-oms-rule, x-oms-evidence), else
 * the rule "schema", stated; its messageId is the failing keyword.
 */
export function schemaDiagnostics(errors: readonly AjvError[] | null | undefined, severityOf: StructuralSeverity = allErrors): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (echoKeywords.has(error.keyword)) continue;
    const original = originalOf(error);
    const named = original?.constraint === undefined ? undefined : constraintRules[original.constraint];
    const ruleId = named?.rule ?? schemaRuleId;
    const evidence: Evidence = named?.evidence ?? "stated";
    const severity = severityOf(ruleId, evidence);
    if (severity === undefined) continue;
    const path = errorPath(error, original);
    const message = error.message ?? `fails the schema's ${error.keyword} constraint`;
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({ ruleId, messageId: original?.keyword ?? error.keyword, severity, evidence, message, path });
  }
  return diagnostics;
}
