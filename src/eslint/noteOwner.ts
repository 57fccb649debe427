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
 *
 * Of those ESLint shows (`on`: the rules it runs): one that gives way to another rule's finding
 * is not shown, and the note stood under its rule alone. 1,001 forced lines without
 * itemSpecifics, `oms-lint/schema/line-item-crucial` at "error" and
 * `oms-lint/force-item-tax-override` at "warn": each line's schema finding gives way to the
 * rule's warning, and the note was the file's one error, where the CLI's note is a warning (found
 * by the review of the counted give-way). Where every finding it counted gives way, it is
 * reported under the rule they give way to.
 */
export function eslintRuleOf(message: LintMessage, messages: readonly LintMessage[], on: ReadonlySet<string> = new Set()): string {
  if (message.ruleId !== schemaRuleId || message.level !== "warning") return message.ruleId;
  const list = message.path.slice(0, message.path.lastIndexOf("/") + 1);
  if (list === "") return message.ruleId;
  const inList = (other: LintMessage) => other !== message && other.ruleId !== schemaRuleId && other.path.startsWith(list);
  const hidden = (other: LintMessage) => other.givesWayTo?.some((rule) => on.has(rule)) === true;
  const shown = messages.find((other) => inList(other) && !hidden(other));
  if (shown !== undefined) return shown.ruleId;
  const counted = messages.find(inList);
  return counted?.givesWayTo?.find((rule) => on.has(rule)) ?? counted?.ruleId ?? message.ruleId;
}
