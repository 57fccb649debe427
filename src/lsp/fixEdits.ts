import { ownField } from "../engine/ownField.js";
import { fileConfig } from "../config/fileConfig.js";
import { ruleLevel } from "../config/config.js";
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { toolLinter } from "../builtIn/linter.js";
import type { Config } from "../config/config.js";
import type { Kind } from "../kinds/kinds.js";
import type { LintMessage } from "../lint/lintResult.js";
import { fixTitle } from "../fix/fixTitle.js";

/** One finding's fix: what it does, in words, and the edit that does it. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** A safe fix (the one `--fix` makes); false for a suggestion (a finding that is only our reading, or an edit its rule holds back). */
  readonly preferred: boolean;
}

/**
 * The edit that mends one finding: the fix its rule reported with it (the edit `--fix` would
 * make for it alone), or its suggestion (an inferred finding's edit, which `--fix` never
 * makes, so its title says it is our reading), placed in the text; undefined when it has
 * neither. Positions count after a byte order mark, as every oms-lint position does; an
 * editor that keeps the mark counts it.
 */
export function quickFix(message: LintMessage, bom: boolean): QuickFix | undefined {
  const fix = ownField(message, "fix");
  const edit = fix ?? ownField(message, "suggestion");
  if (edit === undefined) return undefined;
  const shift = (line: number) => (bom && line === 1 ? 1 : 0);
  const preferred = fix !== undefined;
  return {
    title: fixTitle(message, edit, preferred),
    preferred,
    edits: [
      {
        range: {
          start: { line: edit.line - 1, character: edit.column - 1 + shift(edit.line) },
          end: { line: edit.endLine - 1, character: edit.endColumn - 1 + shift(edit.endLine) },
        },
        newText: edit.text,
      },
    ],
  };
}

/**
 * Every safe fix of the document at once (`oms-lint --fix`). As one edit a fix, when the
 * document's findings' own fixes, made all at once, give what `--fix` gives (they do not
 * overlap, and no fix needs a second pass): the text between them is not touched, so the
 * editor keeps its cursors, folds and bookmarks there (audit of the editor surface: one edit
 * from the first fix to the last had replaced 57 lines for two). Else as one edit of the span
 * between the first and the last changed character. Undefined when nothing changes. The rules
 * whose errors the suppressions record hides in the file (`hidden`) are not fixed: the editor
 * shows none of them, and fix-all on save removed a negative fixture's recorded fields, after
 * which `npx oms-lint .` failed on the count no longer reached (language server audit).
 */
export function fixAllEdits(document: TextDocument, kind: Kind, config: Config, filePath: string, messages: readonly LintMessage[], bom: boolean, hidden: ReadonlySet<string> = new Set(), kindToldFromContent = false): TextEdit[] | undefined {
  const text = document.getText();
  // The rules and settings of this file: the config's, with its overrides for this path; the hidden rules off.
  const file = fileConfig(config, filePath, config.rules);
  const rules = hidden.size === 0 ? file.rules : { ...file.rules, ...Object.fromEntries([...hidden].map((ruleId) => [ruleId, ruleLevel("off")])) };
  // A kind told from the content holds a Create Order's fixes, as --fix does (heldOrderFixes.ts).
  const { output } = toolLinter.fix(text, kind, { ...file, rules, ...config.limits, kindToldFromContent });
  if (output === text) return undefined;
  return eachFix(document, text, output, messages.filter((m) => !hidden.has(m.ruleId)), bom) ?? [spanEdit(document, text, output)];
}

/** Whether fix-all has a fix to make of these findings: one of a rule the record does not hide (a BOM's removal aside, which no finding reports). */
export function fixAllOffered(messages: readonly LintMessage[], hidden: ReadonlySet<string> = new Set()): boolean {
  return messages.some((m) => ownField(m, "fix") !== undefined && !hidden.has(m.ruleId));
}

/** The findings' fixes as edits, when made at once they give `output`; else undefined. */
function eachFix(document: TextDocument, text: string, output: string, messages: readonly LintMessage[], bom: boolean): TextEdit[] | undefined {
  const edits = messages.flatMap((message) => (ownField(message, "fix") === undefined ? [] : (quickFix(message, bom)?.edits ?? [])));
  const spans = edits.map((edit) => ({ edit, start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) })).sort((a, b) => a.start - b.start || a.end - b.end);
  let made = "";
  let at = 0;
  for (const { edit, start, end } of spans) {
    if (start < at) return undefined;
    made += text.slice(at, start) + edit.newText;
    at = end;
  }
  return made + text.slice(at) === output ? spans.map(({ edit }) => edit) : undefined;
}

/** Whether `offset` falls between the \r and the \n of a CRLF in `text`. */
function withinCrlf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset - 1) === 0x0d && text.charCodeAt(offset) === 0x0a;
}

/**
 * One edit of the span between the first and the last character `output` changes, widened so
 * that neither end falls between the \r and the \n of a CRLF: no LSP position stands there
 * (a line ends before its \r\n), and TextDocument.applyEdits moves one that would back before
 * the \r, so the editor kept a \r that --fix removes (`{\r\n` for `{\n`: audit of the server).
 */
function spanEdit(document: TextDocument, text: string, output: string): TextEdit {
  let start = 0;
  while (start < text.length && start < output.length && text.charCodeAt(start) === output.charCodeAt(start)) start++;
  // The common head ends before the \r: the span takes in the whole CRLF.
  if (withinCrlf(text, start)) start--;
  let end = 0;
  while (end < text.length - start && end < output.length - start && text.charCodeAt(text.length - 1 - end) === output.charCodeAt(output.length - 1 - end)) end++;
  // The common tail starts after the \n: the span takes in the whole CRLF (its \n, the same in both, is written again).
  if (end > 0 && withinCrlf(text, text.length - end)) end--;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(text.length - end) },
    newText: output.slice(start, output.length - end),
  };
}
