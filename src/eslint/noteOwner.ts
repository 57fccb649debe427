import type { LintMessage } from "../lint/lintResult.js";
import { listOf } from "../lint/listLimitNote.js";

/** The rule of a list's note in the CLI. */
const schemaRuleId = "schema";

/** A list's note's messageId (src/lint/schemaDiagnostics.ts). */
const listNoteId = "errorLimit";

/** The schema check's rules (`schema/…`) of the findings of `list` before the note: those it counted. */
function schemaRulesBefore(note: LintMessage, messages: readonly LintMessage[], list: string): string[] {
  const before = messages.slice(0, Math.max(0, messages.indexOf(note)));
  return [...new Set(before.filter((other) => other.ruleId.startsWith(`${schemaRuleId}/`) && other.path.startsWith(list)).map((other) => other.ruleId))];
}

/**
 * The ESLint rule a message is reported under: its own, but for a list's note that counted only
 * warnings. That note is the `schema` rule's in the CLI, a warning there (a long order whose
 * every line draws a warning is one the OMS may well take); ESLint gives a rule one severity,
 * and `oms-lint/schema`'s is "error" in the recommended config, so ESLint failed the order with
 * an error saying "none of them an error" where the CLI exits 0 (found by the review of the
 * list budget). It is reported under a rule of the findings it counted (`countedRules`, the
 * schema/… rules of its list's findings before it), whose severity ESLint's config sets: a
 * warning by default, as in the CLI. Any other rule's finding in the list is not one it counted:
 * taking the first finding of the list that was not the schema's, the note of 1,001 lines of
 * quantity 0 was availability-split's where line 0's availability was "D", and unknown-property's
 * where line 0 had a stray key and that rule was at "error": an error in ESLint saying "none of
 * them an error", one more than the CLI's count (audit of the note's owner).
 *
 * Of those ESLint shows (`on`: the rules it runs): one that gives way to another rule's finding
 * is not shown, and the note stood under its rule alone. 1,001 forced lines without
 * itemSpecifics, `oms-lint/schema/line-item-crucial` at "error" and
 * `oms-lint/force-item-tax-override` at "warn": each line's schema finding gives way to the
 * rule's warning, and the note was the file's one error, where the CLI's note is a warning (found
 * by the review of the counted give-way). Where every finding it counted gives way, it is
 * reported under the rule they give way to.
 *
 * A note that came without its counted rules (a pass that did not ask for them; every ESLint pass
 * asks now, a Postman collection's bodies included, so this is a defensive default) is never left under the bare `schema` rule: the rules it
 * counted are those of the schema check's findings of its list before it (fix audit: a
 * collection's 1,001 lines of quantity 0 were an error under oms-lint/schema where the CLI exits 0).
 */
export function eslintRuleOf(message: LintMessage, messages: readonly LintMessage[], on: ReadonlySet<string> = new Set()): string {
  if (message.ruleId !== schemaRuleId || message.level !== "warning" || message.messageId !== listNoteId) return message.ruleId;
  const list = listOf(message.path);
  const rules = message.countedRules ?? schemaRulesBefore(message, messages, list);
  if (rules.length === 0) return message.ruleId;
  const counted = (other: LintMessage) => other !== message && rules.includes(other.ruleId) && other.path.startsWith(list);
  const hidden = (other: LintMessage) => other.givesWayTo?.some((rule) => on.has(rule)) === true;
  const shown = messages.find((other) => counted(other) && !hidden(other));
  if (shown !== undefined) return shown.ruleId;
  const first = messages.find(counted);
  return first?.givesWayTo?.find((rule) => on.has(rule)) ?? first?.ruleId ?? rules[0]!;
}
