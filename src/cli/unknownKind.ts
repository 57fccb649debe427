import { lintResult, type LintResult } from "../lint/lintResult.js";

/** The message lintText gives a payload whose kind cannot be told. */
const kindRuleId = "kind";

/**
 * A file found in a folder walk or by a glob whose kind cannot be told is not the run's
 * failure unless asked: `--unknown-kind warn` (the default) reports it as a warning, `off`
 * not at all, `error` as an error. A file named outright keeps its error (you asked for it)
 * unless --unknown-kind is given (the caller picks the level), and one whose errors the
 * suppressions file records keeps it always (a negative fixture that must trip its rules); a
 * config `files` entry or --kind names its kind, and then it is linted as that.
 */
export function withUnknownKindLevel(result: LintResult, level: "error" | "warn" | "off"): LintResult {
  if (level === "error" || !kindUnknown(result)) return result;
  const messages =
    level === "off"
      ? result.messages.filter((m) => m.ruleId !== kindRuleId)
      : result.messages.map((m) => (m.ruleId === kindRuleId ? { ...m, severity: 1 as const, message: `${m.message} (a warning: --unknown-kind error makes it an error)` } : m));
  return lintResult(result.filePath, result.kind, messages);
}

/** Whether lintText could not tell the file's kind (so no rule of a kind ran on it); asked of the result as linted, before --unknown-kind. */
export function kindUnknown(result: LintResult): boolean {
  return result.kind === null && result.messages.some((m) => m.ruleId === kindRuleId);
}
