import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { editedText } from "./editedText.js";

/**
 * A didChange's changes applied to a document. TextDocument.update applies them one at a
 * time, each rebuilding the text and shifting every line offset after it: one keystroke at
 * 16,000 cursors in a 2 MB order (select every occurrence, then type) took two minutes, and
 * the server answered nothing meanwhile (audit of the editor surface). Two or more are applied
 * in one pass (editedText), whatever their order: the pass for changes listed last to first,
 * as VS Code sends a multi-cursor edit, was a second mechanism beside it once editedText took
 * any order in time linear in the changes (50,000 listed either way on a 3.9 MB order, 0.10–0.18
 * CPU-s through either).
 */
export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  if (changes.length < 2) return TextDocument.update(document, changes, version);
  const text = document.getText();
  // A document whose lines TextDocument no longer counts as its text has them keeps being changed by it (see linesOfText).
  if (!linesOfText(document, text)) return TextDocument.update(document, changes, version);
  // Several changes in any order (a multi-cursor edit listed either way; a run of keystrokes, gathered by deferredUpdate), in one pass.
  const edited = editedText(document, text, changes);
  return edited === undefined ? TextDocument.update(document, changes, version) : TextDocument.create(document.uri, document.languageId, version, edited);
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
