import { lintResult, type LintMessageDraft, type LintResult } from "../../src/lint/lintResult.js";

/** A finding of the given severity on line `line`: many of them make a report as large as a test needs, with no file linted. */
export const finding = (severity: 1 | 2, line: number): LintMessageDraft => ({
  ruleId: severity === 2 ? "duplicate-key" : "unknown-property",
  messageId: severity === 2 ? "duplicate" : "unknown",
  severity,
  evidence: severity === 2 ? "stated" : "inferred",
  message: severity === 2 ? '"orderID" is set twice in this object' : "unknown property",
  path: "/orderID",
  line,
  column: 3,
  endLine: line,
  endColumn: 12,
});

/** One result a file, each file's findings of the severities given, on lines 1, 2, …. */
export function filesOfFindings(folder: string, files: readonly (readonly (1 | 2)[])[]): LintResult[] {
  return files.map((severities, index) => lintResult(`${folder}/file-${index}.json`, "createOrder", severities.map((severity, i) => finding(severity, i + 1))));
}

/** Two files' results: the first holds `warnings` warnings, the second `errors` errors, found after them. */
export const warningsThenErrors = (folder: string, warnings: number, errors: number): LintResult[] =>
  filesOfFindings(folder, [Array<1>(warnings).fill(1), Array<2>(errors).fill(2)]);
