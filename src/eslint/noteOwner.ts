import type { LintMessage } from "../lint/lintResult.js";

/** The rule whose findings a list's note counted, for ESLint to report the note under. */
const schemaRuleId = "schema";

/**
 * The ESLint rule a message is reported under: its own, but for a list's note that counted only
 * warnings. That note is the `schema` rule's in the CLI, a warning there (a long order whose
 * every line draws a warning is one the OMS may well take); ESLint gives a rule one severity,
 * and `oms-lint/schema`'s is "error" in the recommended config, so ESLint failed the order with
 * an error saying "none of them an error" where the CLI exits 0 (found by the review of the
 * list budget). It is reported under the rule of the findings it counted (those of the same
 * list before it), whose severity ESLint's config sets: a warning by default, as in the CLI.
 */
export function eslintRuleOf(message: LintMessage, messages: readonly LintMessage[]): string {
  if (message.ruleId !== schemaRuleId || message.level !== "warning") return message.ruleId;
  const list = message.path.slice(0, message.path.lastIndexOf("/") + 1);
  if (list === "") return message.ruleId;
  const counted = messages.find((other) => other !== message && other.ruleId !== schemaRuleId && other.path.startsWith(list));
  return counted?.ruleId ?? message.ruleId;
}
