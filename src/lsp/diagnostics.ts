import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver";
import { escapeControls } from "../formatters/displayText.js";
import type { LintMessage } from "../lint/lintResult.js";

/** What a published diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  /** The finding's JSON Pointer. */
  readonly path: string;
}

/**
 * The range of a message as LSP counts: 0-based lines, UTF-16 columns (oms-lint's columns are
 * UTF-16 already), end exclusive. oms-lint counts line 1's columns after a byte order mark;
 * an editor that keeps the mark in the text counts it.
 */
export function messageRange(m: LintMessage, bom: boolean): Range {
  const shift = (line: number) => (bom && line === 1 ? 1 : 0);
  return {
    start: { line: m.line - 1, character: m.column - 1 + shift(m.line) },
    end: { line: m.endLine - 1, character: m.endColumn - 1 + shift(m.endLine) },
  };
}

/**
 * One oms-lint message as an LSP diagnostic: source "oms-lint", the rule id as code, the docs
 * page as its description, the message as the CLI's formatters write it (escapeControls: a
 * bidi override or a zero-width space in a request's URL reached the editor raw, audit).
 */
export function toDiagnostic(m: LintMessage, bom: boolean, docsUrl?: (ruleId: string) => string | undefined): Diagnostic {
  const href = docsUrl?.(m.ruleId);
  const data: DiagnosticData = { path: m.path };
  return {
    range: messageRange(m, bom),
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: "oms-lint",
    code: m.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: escapeControls(m.message),
    data,
  };
}

/** Whether a position (0-based) lies within a range, ends included (a hover at a word's end still counts). */
export function rangeContains(range: Range, line: number, character: number): boolean {
  if (line < range.start.line || line > range.end.line) return false;
  if (line === range.start.line && character < range.start.character) return false;
  if (line === range.end.line && character > range.end.character) return false;
  return true;
}
