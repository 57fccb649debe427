import { TextDocument, type Position, type Range, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { updateDocument } from "./documentUpdate.js";

/** Changes held unapplied at most: past this many, those held are applied, and holding starts again. */
export const maxDeferredChanges = 1000;

/**
 * A document whose changes are applied when it is first read (a lint, a request about it), all
 * at once (updateDocument: in one pass where it can). Each didChange was applied as it came, at
 * the cost of a copy of the whole text: an editor's keystrokes that came while an 11.7 MB order
 * was linted (300 of them: 54 s) were applied one after another once the lint was done (audit
 * of the language server).
 *
 * The document it is built on (`base`) is its own: a later version takes it over (and may change
 * it in place, as TextDocument.update does), and this one keeps only its text, to build its own
 * again should it be read after all.
 */
class DeferredDocument implements TextDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  #base: TextDocument | string;
  #pending: readonly TextDocumentContentChangeEvent[];

  constructor(base: TextDocument, pending: readonly TextDocumentContentChangeEvent[], version: number) {
    this.uri = base.uri;
    this.languageId = base.languageId;
    this.version = version;
    this.#base = base;
    this.#pending = pending;
  }

  /** How many changes it holds unapplied (what its memory grows with). */
  get heldChanges(): number {
    return this.#pending.length;
  }

  get lineCount(): number {
    return this.#applied().lineCount;
  }

  getText(range?: Range): string {
    return this.#applied().getText(range);
  }

  positionAt(offset: number): Position {
    return this.#applied().positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.#applied().offsetAt(position);
  }

  getLineRange(line: number): Range {
    return this.#applied().getLineRange(line);
  }

  getEOLCharacters(line: number): string {
    return this.#applied().getEOLCharacters(line);
  }

  /** This document with `changes` made after its own, at `version`: the new one takes over the base. (Not `then`: a document with a `then` is a thenable, which an await would call.) */
  changed(changes: readonly TextDocumentContentChangeEvent[], version: number): DeferredDocument {
    // A change that sends the whole text makes every change before it moot: held, each kept a
    // copy of the text (300 of a 2 MB document: past a 400 MB heap; found by the review of the
    // language server). The document starts again from that text, with the changes after it.
    let whole = changes.length - 1;
    while (whole >= 0 && "range" in (changes[whole] as object) && (changes[whole] as { range?: Range }).range !== undefined) whole--;
    if (whole !== -1) {
      const base = TextDocument.create(this.uri, this.languageId, version, (changes[whole] as { text: string }).text);
      return new DeferredDocument(base, changes.slice(whole + 1), version);
    }
    if (this.#pending.length + changes.length > maxDeferredChanges) this.#applied();
    const base = this.#ownBase();
    this.#base = base.getText();
    return new DeferredDocument(base, [...this.#pending, ...changes], version);
  }

  #ownBase(): TextDocument {
    if (typeof this.#base === "string") this.#base = TextDocument.create(this.uri, this.languageId, this.version, this.#base);
    return this.#base;
  }

  #applied(): TextDocument {
    const base = this.#ownBase();
    if (this.#pending.length === 0) return base;
    this.#base = updateDocument(base, [...this.#pending], this.version);
    this.#pending = [];
    return this.#base;
  }
}

/** TextDocuments' update: the changes held until the document is read (DeferredDocument). */
export function deferredUpdate(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  return document instanceof DeferredDocument ? document.changed(changes, version) : new DeferredDocument(document, changes, version);
}
