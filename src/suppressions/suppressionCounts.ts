import { isInternalError, isUnreadFault, isUnwrittenFix, lintResult, type LintMessage, type LintResult } from "../lint/lintResult.js";

/**
 * A suppressions record's counts and what they leave out of a file's result: the command line's
 * record of negative fixtures (src/cli/suppressions.ts) and the editor's view of it (the language
 * server) apply the same counts.
 */

/** Per file (relative to the working folder, with /), per rule: how many errors are expected. ESLint's eslint-suppressions.json. */
export type SuppressionCounts = Record<string, Record<string, { count: number }>>;

/**
 * The rules whose errors in a file its recorded counts suppress: each with at most its count of
 * errors (ESLint's rule: with more, which of them is new cannot be told, so all are reported).
 */
export function withinCounts(errors: ReadonlyMap<string, number>, expected: Readonly<Record<string, { count: number }>>): Set<string> {
  const suppressed = new Set<string>();
  for (const [ruleId, { count }] of Object.entries(expected)) if ((errors.get(ruleId) ?? 0) <= count) suppressed.add(ruleId);
  return suppressed;
}

/** The messages but the errors of the suppressed rules (a fault of the run that tested nothing is never suppressed). */
export function withoutSuppressed(messages: readonly LintMessage[], suppressed: ReadonlySet<string>): LintMessage[] {
  return messages.filter((m) => !(m.severity === 2 && suppressed.has(m.ruleId) && !testedNothing(m)));
}

/**
 * A file's result with the errors its recorded counts suppress left out, as the CLI leaves them
 * out of its report, and nothing of the record's check of a run (a count no longer reached, a
 * key no file matches): the editor's view of the record (the language server), where a
 * document's text is not the file the next run reads, and no run is passed or failed.
 */
export function suppressedByCounts(result: LintResult, expected: Readonly<Record<string, { count: number }>> | undefined): LintResult {
  if (expected === undefined) return result;
  const suppressed = withinCounts(errorsByRule(result.messages), expected);
  return suppressed.size === 0 ? result : lintResult(result.filePath, result.kind, withoutSuppressed(result.messages, suppressed));
}

/**
 * The rules whose errors suppressing left out of a result (`before` as the rules found it,
 * `after` suppressed): withoutSuppressed leaves out every error of a rule or none. Their fixes
 * are what a fix of the file must not make: the record holds those errors on purpose (a negative
 * fixture), and fixed, the next run fails on the count no longer reached.
 */
export function hiddenRules(before: LintResult, after: LintResult): Set<string> {
  const kept = errorsByRule(after.messages);
  return new Set([...errorsByRule(before.messages).keys()].filter((ruleId) => !kept.has(ruleId)));
}

/**
 * The errors of a result, counted by rule (ESLint counts errors only: warnings never fail a
 * run). A fault of the run is no rule's error to count: recorded, it would pass for ever
 * having tested nothing (see testedNothing).
 */
export function errorsByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) if (m.severity === 2 && !testedNothing(m)) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * Whether the message is a fault of the run that tested nothing: a file that was not read
 * (found by the review of the last stop), or a fixed text --fix could not write (found by the
 * files audit: `--suppress-all` recorded `{ "fix": { "count": 1 } }` for a file with a hard
 * link, and every later --fix passed without a word that it was not fixed), or a rule's internal
 * error (audit of the service surface: recorded, a crashing rule passed for ever). It is never
 * recorded, and no count hides it.
 */
export function testedNothing(message: LintMessage): boolean {
  return isUnreadFault(message) || isUnwrittenFix(message) || isInternalError(message);
}
