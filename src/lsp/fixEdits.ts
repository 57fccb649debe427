import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Config } from "../config/config.js";
import { fix } from "../fix/fix.js";
import { fixes } from "../fix/fixes.js";
import { planEdits } from "../fix/textEdits.js";
import type { Kind } from "../kinds/kinds.js";
import type { LintMessage } from "../lint/lintResult.js";
import { segments } from "../json/jsonPointer.js";
import { withoutRequestRules } from "../requests/requestRules.js";

/** Whether `path` is `key` or lies under it. */
function within(path: string, key: string): boolean {
  return path === key || path.startsWith(key + "/");
}

/**
 * The edits that mend one finding, as `oms-lint --fix` would make them (the same JSON-level
 * action, planned over the same text), or undefined when its rule has no fix, or when the
 * value's key is repeated in its object (which one the OMS reads is unknown).
 */
/** One finding's fix: what it does, in words, and the edits that do it. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export function quickFix(document: TextDocument, kind: Kind, message: LintMessage, all: readonly LintMessage[]): QuickFix | undefined {
  const fixFor = fixes.get(message.ruleId);
  if (fixFor === undefined) return undefined;
  if (all.some((m) => m.ruleId === "duplicate-key" && within(message.path, m.path))) return undefined;
  const action = fixFor({ ruleId: message.ruleId, severity: message.severity === 2 ? "error" : "warning", message: message.message, path: message.path }, kind);
  const planned = planEdits(document.getText(), [action]);
  if (planned.applied.length === 0) return undefined;
  const name = segments(message.path).at(-1) ?? "the value";
  return {
    title: "remove" in action ? `Remove ${name} (${message.ruleId})` : `Set ${name} to ${JSON.stringify(action.value)} (${message.ruleId})`,
    edits: planned.edits.map((edit) => ({
      range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) },
      newText: edit.content ?? "",
    })),
  };
}

/**
 * Every safe fix of the document at once (`oms-lint --fix`), as one edit of the span between
 * the first and the last changed character: the rest of the text is not touched, so the
 * editor keeps its cursor, folds and undo history there. Undefined when nothing changes.
 */
export function fixAllEdit(document: TextDocument, kind: Kind, config: Config): TextEdit | undefined {
  const text = document.getText();
  const { output } = fix(text, kind, { rules: withoutRequestRules(config.rules), settings: config.settings, ...config.limits });
  if (output === text) return undefined;
  let start = 0;
  while (start < text.length && start < output.length && text.charCodeAt(start) === output.charCodeAt(start)) start++;
  let end = 0;
  while (end < text.length - start && end < output.length - start && text.charCodeAt(text.length - 1 - end) === output.charCodeAt(output.length - 1 - end)) end++;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(text.length - end) },
    newText: output.slice(start, output.length - end),
  };
}
