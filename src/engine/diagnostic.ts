/** What a check reports: the one result type the rules, the library and every formatter share. */
export type Severity = "error" | "warning";

export interface Diagnostic {
  /** The rule that found it: a rule id, "schema" for structural errors, "parse" for unreadable JSON. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** JSON Pointer (RFC 6901) to the most specific value to fix; for a missing property, where it belongs. */
  readonly path: string;
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly diagnostics: readonly Diagnostic[];
}

export function summarize(diagnostics: readonly Diagnostic[]): ValidationResult {
  let errorCount = 0;
  for (const d of diagnostics) if (d.severity === "error") errorCount++;
  return { valid: errorCount === 0, errorCount, warningCount: diagnostics.length - errorCount, diagnostics };
}
