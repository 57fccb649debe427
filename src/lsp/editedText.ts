import type { Position, TextDocument, TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { carriageReturn, lineFeed } from "../source/jsonChars.js";
import { CursorText, type EditWork } from "./cursorText.js";

/**
 * The text a didChange's ranged changes make of a document, applied one after another as LSP
 * says (each at positions of the text the ones before it left), in one pass: TextDocument.update
 * copies the whole text at each one, so that 300 keystrokes in an 11.7 MB order, applied at
 * once, took 30 s (audit of the language server). The changes may come in any order (VS Code
 * sends a multi-cursor edit's last to first; another client may send them first to last), and
 * the text's lines may end in "\n", "\r\n" or a lone "\r", as LSP counts them: each change's
 * position resolves as TextDocument's does (offsetAt), against the lines of the text as the
 * changes before it left it. Taken only where every change is ranged and within the text's lines
 * (a line past the last stands at the text's end as it is then, and TextDocument's count of
 * lines no longer matches its text after one); otherwise undefined.
 */
export function editedText(document: TextDocument, text: string, changes: readonly TextDocumentContentChangeEvent[], work?: EditWork): string | undefined {
  if (changes.some((change) => !("range" in change) || change.range === undefined)) return undefined;
  const lineStarts = Array.from({ length: document.lineCount }, (_, line) => document.offsetAt({ line, character: 0 }));
  const edited = new CursorText(text, lineStarts, work);
  for (const change of changes as readonly (TextDocumentContentChangeEvent & { range: { start: Position; end: Position } })[]) {
    const { start, end } = inOrder(change.range.start, change.range.end);
    if (start.line < 0 || end.line >= edited.lineCount) return undefined;
    edited.replace(offsetAt(edited, start), offsetAt(edited, end), change.text);
  }
  return edited.toString();
}

/** A range's ends in the text's order: TextDocument takes a range given end first. */
function inOrder(start: Position, end: Position): { start: Position; end: Position } {
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : { start, end };
}

/** TextDocument's offsetAt over the text as edited: a character past its line's end stands at that end, before its line end. */
function offsetAt(text: CursorText, { line, character }: Position): number {
  const lineStart = text.lineStart(line);
  if (character <= 0) return lineStart;
  const next = line + 1 < text.lineCount ? text.lineStart(line + 1) : text.length;
  let offset = Math.min(lineStart + character, next);
  while (offset > lineStart && isLineEnd(text.charCodeAt(offset - 1))) offset--;
  return offset;
}

const isLineEnd = (code: number) => code === lineFeed || code === carriageReturn;
