import { lineStarts } from "../source/lineIndex.js";
import { lintResult, type LintMessage, type LintResult } from "./lintResult.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";

const nonAscii = /[^\x00-\x7f]/;

/**
 * Gives each message whose line holds non-ASCII text before its columns `utf8`: the same
 * columns counted in UTF-8 bytes, as reviewdog's Diagnostic Format counts them. On an ASCII
 * line the two counts agree and nothing is added. `text` is the text the message positions
 * count in (after any byte order mark). A file with no message, or of ASCII alone, costs one
 * test of a regular expression.
 */
export function withUtf8Columns(result: LintResult, text: string): LintResult {
  if (result.messages.length === 0) return result;
  const source = withoutByteOrderMark(text);
  if (!nonAscii.test(source)) return result;
  const starts = lineStarts(source);
  const byteColumn = (line: number, column: number): number => {
    const start = starts[line - 1];
    if (start === undefined) return column;
    return Buffer.byteLength(source.slice(start, start + column - 1), "utf8") + 1;
  };
  let changed = false;
  const messages = result.messages.map((m): LintMessage => {
    const column = byteColumn(m.line, m.column);
    const endColumn = byteColumn(m.endLine, m.endColumn);
    if (column === m.column && endColumn === m.endColumn) return m;
    changed = true;
    return { ...m, utf8: { column, endColumn } };
  });
  return changed ? lintResult(result.filePath, result.kind, messages) : result;
}
