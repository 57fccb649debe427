import type { LintMessage, MessageFix } from "../lint/lintResult.js";
import { segments } from "../json/jsonPointer.js";

/** Why a suggestion's title says --fix leaves it: the finding is our reading, or its message says why. */
function heldBack(message: LintMessage): string {
  return message.evidence === "inferred" ? ", our reading: --fix leaves it" : ", --fix leaves it: see the message";
}

/**
 * What one finding's edit does, in words: *Set maxAmount to null (max-amount-null-preferred)*
 * for a safe fix (`preferred`: the one `--fix` makes), *Remove price (create-order-fields, our
 * reading: --fix leaves it)* for a suggestion. The language server's quick fix and ESLint's
 * suggestion say the same (the editor audit: ESLint's said only "Apply oms-lint's edit").
 */
export function fixTitle(message: LintMessage, edit: MessageFix, preferred: boolean): string {
  const name = segments(message.path).at(-1) ?? "the value";
  const what = edit.text === "" ? `Remove ${name}` : `Set ${name} to ${edit.text}`;
  return `${what} (${message.ruleId}${preferred ? "" : heldBack(message)})`;
}
