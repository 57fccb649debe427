import type { Diagnostic } from "../engine/diagnostic.js";
import { pointer } from "../json/jsonPointer.js";

/** The part of an Ajv error object oms-lint reads. */
export interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
}

/** Keywords whose own error only repeats what the errors beneath it say. */
const echoKeywords = new Set(["if", "allOf"]);

/**
 * Where the user fixes an error: a missing property points at where it belongs
 * (`/orderPayments`), not at the object that lacks it.
 */
function errorPath(error: AjvError): string {
  const original = error.keyword === "errorMessage" ? (error.params.errors as AjvError[] | undefined)?.[0] : error;
  const missing = original?.keyword === "required" ? original.params.missingProperty : undefined;
  return typeof missing === "string" ? pointer(error.instancePath, missing) : error.instancePath;
}

/**
 * Turns the errors of a generated validator into diagnostics. The wording comes from the
 * schema (ajv-errors `errorMessage`); only where a schema has none does Ajv's own stand.
 */
export function schemaDiagnostics(errors: readonly AjvError[] | null | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (echoKeywords.has(error.keyword)) continue;
    const path = errorPath(error);
    const message = error.message ?? `fails the schema's ${error.keyword} constraint`;
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({ ruleId: "schema", severity: "error", message, path });
  }
  return diagnostics;
}
