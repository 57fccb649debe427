import type { JsonEdit } from "../engine/jsonEdit.js";
import type { MessageFix } from "../lint/lintResult.js";
import { byteOrderMarkBytes, withoutByteOrderMark } from "../source/byteOrderMark.js";
import { lineStarts, positionAt } from "../source/lineIndex.js";
import { utf8Column } from "../source/utf8Column.js";
import { placesOf, planEditsAt } from "./textEdits.js";

/**
 * Places the JSON edits that fixable findings carry as text edits of their source (the
 * edit --fix would make for each alone), for the formats that offer fixes to a reviewer:
 * SARIF `fixes`, reviewdog's `suggestions`, an editor's quick fix. The text is walked once
 * for all of them, and only when a finding has an edit. `text` is the file's whole text: every
 * position counts after any byte order mark, the UTF-8 columns of line 1 count its 3 bytes too
 * (utf8Column).
 */
export function messageFixes(text: string, actions: readonly JsonEdit[]): (MessageFix | undefined)[] {
  if (actions.length === 0) return [];
  const source = withoutByteOrderMark(text);
  const places = placesOf(source, actions);
  const starts = lineStarts(source);
  const markBytes = byteOrderMarkBytes(text);
  return actions.map((action) => {
    const [edit, ...more] = planEditsAt(places, [action]).edits;
    if (edit === undefined || more.length > 0) return undefined;
    return placedFix({ source, starts, markBytes }, edit.offset, edit.offset + edit.length, edit.content);
  });
}

function placedFix(lines: { source: string; starts: Uint32Array; markBytes: number }, from: number, to: number, text: string): MessageFix {
  const start = positionAt(lines.starts, from);
  const end = positionAt(lines.starts, to);
  const byteColumn = (line: number, offset: number) => utf8Column(lines.source, lines.starts, lines.markBytes, line, offset);
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text,
    utf8: { column: byteColumn(start.line, from), endColumn: byteColumn(end.line, to) },
  };
}
