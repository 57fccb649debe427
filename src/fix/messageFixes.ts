import type { JsonEdit } from "../engine/jsonEdit.js";
import type { MessageFix } from "../lint/lintResult.js";
import { lineStarts, positionAt } from "../source/lineIndex.js";
import { placesOf, planEditsAt } from "./textEdits.js";

/**
 * Places the JSON edits that fixable findings carry as text edits of their source (the
 * edit --fix would make for each alone), for the formats that offer fixes to a reviewer:
 * SARIF `fixes`, reviewdog's `suggestions`, an editor's quick fix. The text is walked once
 * for all of them, and only when a finding has an edit. `source` is the text after any byte order mark, as
 * every position counts.
 */
export function messageFixes(source: string, actions: readonly JsonEdit[]): (MessageFix | undefined)[] {
  if (actions.length === 0) return [];
  const places = placesOf(source, actions);
  const starts = lineStarts(source);
  return actions.map((action) => {
    const [edit, ...more] = planEditsAt(places, [action]).edits;
    if (edit === undefined || more.length > 0) return undefined;
    return placedFix(source, starts, edit.offset, edit.offset + edit.length, edit.content);
  });
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
