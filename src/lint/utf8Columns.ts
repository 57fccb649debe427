import { lineStarts } from "../source/lineIndex.js";
import { lintResult, type LintMessage, type LintResult } from "./lintResult.js";
import { byteOrderMarkBytes, withoutByteOrderMark } from "../source/byteOrderMark.js";
import { utf8Column } from "../source/utf8Column.js";

const nonAscii = /[^\x00-\x7f]/;

/**
 * Gives each message whose line holds non-ASCII text before its columns `utf8`: the same
 * columns counted in UTF-8 bytes, as reviewdog's Diagnostic Format counts them. On an ASCII
 * line the two counts agree and nothing is added. `text` is the file's whole text: the
 * message positions count after any byte order mark, and the UTF-8 columns of line 1 count
 * the mark's 3 bytes (utf8Column). A file with no message, or of ASCII alone, costs one test
 * of a regular expression.
 */
export function withUtf8Columns(result: LintResult, text: string): LintResult {
  if (result.messages.length === 0) return result;
  const source = withoutByteOrderMark(text);
  const markBytes = byteOrderMarkBytes(text);
  if (markBytes === 0 && !nonAscii.test(source)) return result;
  const starts = lineStarts(source);
  const byteColumn = (line: number, column: number): number => {
    const start = starts[line - 1];
    if (start === undefined) return column;
    return utf8Column(source, starts, markBytes, line, start + column - 1);
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
