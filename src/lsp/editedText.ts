import type { Position, TextDocument, TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { carriageReturn, lineFeed } from "../source/jsonChars.js";
import { CursorText } from "./cursorText.js";
import type { EditWork } from "./editWork.js";

/**
 * The text a didChange's ranged changes make of a document, applied one after another as LSP
 * says (each at positions of the text the ones before it left), in one pass: TextDocument.update
 * copies the whole text at each one, so that 300 keystrokes in an 11.7 MB order, applied at
 * once, took 30 s (audit of the language server). The changes may come in any order (VS Code
 * sends a multi-cursor edit's last to first; another client may send them first to last), and
 * the text's lines may end in "\n", "\r\n" or a lone "\r", as LSP counts them: each change's
 * position resolves as TextDocument's does (offsetAt), against the lines of the text as the
 * changes before it left it: a line past the last stands at the text's end as it is then (some
 * clients address the end that way; one such change sent 300 held keystrokes of an 11.8 MB order
 * to TextDocument.update one at a time, 14 s instead of 0.2: found by the review of the held
 * edits). Taken only where every change is ranged; otherwise undefined, and so for a change that
 * TextDocument would leave with a count of lines that no longer matches its text (pastLastLines).
 */
export function editedText(document: TextDocument, text: string, changes: readonly TextDocumentContentChangeEvent[], work?: EditWork, blockSize?: number): string | undefined {
  if (changes.some((change) => !("range" in change) || change.range === undefined)) return undefined;
  const lineStarts = Array.from({ length: document.lineCount }, (_, line) => document.offsetAt({ line, character: 0 }));
  const edited = new CursorText(text, lineStarts, work, blockSize);
  for (const change of changes as readonly (TextDocumentContentChangeEvent & { range: { start: Position; end: Position } })[]) {
    const { start, end } = inOrder(change.range.start, change.range.end);
    if (pastLastLines(edited, start, end, change.text)) return undefined;
    edited.replace(offsetAt(edited, start), offsetAt(edited, end), change.text);
  }
  return edited.toString();
}

/** A range's ends in the text's order: TextDocument takes a range given end first. */
function inOrder(start: Position, end: Position): { start: Position; end: Position } {
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : { start, end };
}

/**
 * Whether TextDocument.update, given this change, would leave lines with no start: a range that
 * begins past the last line and spans as many lines as the text it puts has line ends has those
 * line starts written at its own lines' places (lineOffsets[range.start.line + 1] and on), past
 * the end of the list. No client means such a range; TextDocument's document then resolves the
 * next positions against lines its text does not have, and only TextDocument can say where.
 */
function pastLastLines(text: CursorText, start: Position, end: Position, put: string): boolean {
  if (start.line < text.lineCount || end.line === start.line) return false;
  let lineEnds = 0;
  for (let at = 0; at < put.length; at++) {
    const code = put.charCodeAt(at);
    if (code === lineFeed || (code === carriageReturn && put.charCodeAt(at + 1) !== lineFeed)) lineEnds++;
  }
  return lineEnds === end.line - start.line;
}

/**
 * TextDocument's offsetAt over the text as edited: a line before the first stands at the text's
 * start, one past the last at its end, and a character past its line's end at that end, before its line end.
 */
function offsetAt(text: CursorText, { line, character }: Position): number {
  if (line < 0) return 0;
  if (line >= text.lineCount) return text.length;
  const lineStart = text.lineStart(line);
  if (character <= 0) return lineStart;
  const next = line + 1 < text.lineCount ? text.lineStart(line + 1) : text.length;
  let offset = Math.min(lineStart + character, next);
  while (offset > lineStart && isLineEnd(text.charCodeAt(offset - 1))) offset--;
  return offset;
}

const isLineEnd = (code: number) => code === lineFeed || code === carriageReturn;
