import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { carriageReturn } from "../source/jsonChars.js";
import { editedText } from "./editedText.js";

/**
 * A didChange's changes applied to a document. TextDocument.update applies them one at a
 * time, each rebuilding the text and shifting every line offset after it: one keystroke at
 * 16,000 cursors in a 2 MB order (select every occurrence, then type) took two minutes, and
 * the server answered nothing meanwhile (audit of the editor surface). Changes listed last
 * to first, as VS Code sends a multi-cursor edit, each wholly before the one listed before
 * it, leave the text before them as it was: their places in the text as it was are theirs,
 * and the new text is built in one pass. Any other list is applied as TextDocument does.
 */
export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  const text = document.getText();
  // A document whose lines TextDocument no longer counts as its text has them keeps being changed by it (see linesOfText).
  if (changes.length > 1 && !linesOfText(document, text)) return TextDocument.update(document, changes, version);
  const spans = descendingSpans(document, text, changes);
  if (spans === undefined) {
    // Several changes in any other order (a run of keystrokes, gathered by deferredUpdate; a multi-cursor edit listed first to last), in one pass.
    const edited = changes.length < 2 ? undefined : editedText(document, text, changes);
    return edited === undefined ? TextDocument.update(document, changes, version) : TextDocument.create(document.uri, document.languageId, version, edited);
  }
  const pieces: string[] = [];
  let end = text.length;
  for (const span of spans) {
    pieces.push(text.slice(span.end, end), span.text);
    end = span.start;
  }
  pieces.push(text.slice(0, end));
  return TextDocument.create(document.uri, document.languageId, version, pieces.reverse().join(""));
}

/**
 * Whether the document's lines start where its text's do. TextDocument keeps where lines start
 * as it applies a change, and after a change at a line past the last its count no longer matches
 * the text (found by deferredUpdate's property): the next changes' positions resolve against its
 * count, so the document built afresh here, which counts the text's lines, would place them elsewhere.
 */
function linesOfText(document: TextDocument, text: string): boolean {
  const counted = TextDocument.create(document.uri, document.languageId, document.version, text);
  if (counted.lineCount !== document.lineCount) return false;
  for (let line = 1; line < counted.lineCount; line++) if (counted.offsetAt({ line, character: 0 }) !== document.offsetAt({ line, character: 0 })) return false;
  return true;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The changes as spans of the text as it was, when there are two or more, all ranged, each
 * ending where or before the one listed before it starts, on a line that change left in place;
 * otherwise undefined. A change moves the start of its own line only when it stands just after
 * a carriage return (what it puts there, or the line feed its removal brings there, may join
 * the two into one line end): a position on that line is then not where it was.
 */
function descendingSpans(document: TextDocument, text: string, changes: readonly TextDocumentContentChangeEvent[]): Span[] | undefined {
  if (changes.length < 2) return undefined;
  const spans: Span[] = [];
  let limit = Number.POSITIVE_INFINITY;
  let limitLine = Number.POSITIVE_INFINITY;
  let lineMoved = false;
  for (const change of changes) {
    if (!("range" in change) || change.range === undefined) return undefined;
    const { start: from, end: to } = change.range;
    // A line past the last stands at the end of the text as it is then, which each change moves (found by the review of the stop).
    if (from.line >= document.lineCount || to.line >= document.lineCount) return undefined;
    const start = document.offsetAt(from);
    const end = document.offsetAt(to);
    // A position past its line's end stands at the end of that line as the text is then: not, on the line of the change before it, where it was.
    const clamped = end - document.offsetAt({ line: to.line, character: 0 }) !== to.character;
    // A range whose start is after its end, as positions: TextDocument orders the two first; left to it (found by the review of the stop).
    const reversed = from.line > to.line || (from.line === to.line && from.character > to.character);
    if (reversed || end < start || end > limit || to.line > limitLine || (to.line === limitLine && (lineMoved || clamped))) return undefined;
    spans.push({ start, end, text: change.text });
    limit = start;
    limitLine = from.line;
    // Just after a carriage return, what the change puts or leaves there may join it with a line feed (or part them).
    lineMoved = text.charCodeAt(start - 1) === carriageReturn;
  }
  return spans;
}
