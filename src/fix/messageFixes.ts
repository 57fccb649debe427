import { parseTree, type Node } from "jsonc-parser";
import type { LintMessage, LintResult, MessageFix } from "../lint/lintResult.js";
import { lineStarts, positionAt } from "../source/lineIndex.js";
import { fixes } from "./fixes.js";
import { planEdits } from "./textEdits.js";

/**
 * The result with each fixable problem carrying its own fix (the edit --fix would make for
 * it alone), for the formats that offer fixes to a reviewer: SARIF `fixes`, reviewdog's
 * `suggestions`. Costs nothing when no message has a fix; one parse of the text otherwise.
 * A value whose key is repeated is never fixed (which one the OMS reads is unknown), as in fix().
 */
export function withMessageFixes(result: LintResult, text: string): LintResult {
  const kind = result.kind;
  if (kind === null || !result.messages.some((m) => fixes.has(m.ruleId))) return result;
  // Positions count after a byte order mark, as every position does.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const repeated = result.messages.filter((m) => m.ruleId === "duplicate-key").map((m) => m.path);
  let root: Node | undefined;
  let starts: Uint32Array | undefined;
  const messages = result.messages.map((m): LintMessage => {
    const fixFor = fixes.get(m.ruleId);
    if (fixFor === undefined || repeated.some((key) => m.path === key || m.path.startsWith(`${key}/`))) return m;
    root ??= parseTree(source);
    const action = fixFor({ ruleId: m.ruleId, severity: m.severity === 2 ? "error" : "warning", message: m.message, path: m.path }, kind);
    const [edit, ...more] = planEdits(source, [action], root).edits;
    if (edit === undefined || more.length > 0) return m;
    starts ??= lineStarts(source);
    return { ...m, fix: placedFix(source, starts, edit.offset, edit.offset + edit.length, edit.content) };
  });
  return { ...result, messages };
}

function placedFix(source: string, starts: Uint32Array, from: number, to: number, text: string): MessageFix {
  const start = positionAt(starts, from);
  const end = positionAt(starts, to);
  const utf8Column = (line: number, offset: number) => Buffer.byteLength(source.slice(starts[line - 1], offset), "utf8") + 1;
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text,
    utf8: { column: utf8Column(start.line, from), endColumn: utf8Column(end.line, to) },
  };
}
