/**
 * A text under edit, held as the pieces it is made of: slices of the text it was (which share
 * its memory) and the texts put in. A JavaScript string cannot be edited in place, and each
 * edit of one as `slice + text + slice` copies all of it once the next edit slices the result;
 * here an edit costs the number of pieces, and the whole text is built once, at the end.
 */
export class PieceText {
  readonly #pieces: string[];
  #length: number;

  constructor(text: string) {
    this.#pieces = [text];
    this.#length = text.length;
  }

  get length(): number {
    return this.#length;
  }

  /** The UTF-16 code unit at `offset`, NaN outside the text (as String.prototype.charCodeAt). */
  charCodeAt(offset: number): number {
    let at = 0;
    for (const piece of this.#pieces) {
      if (offset < at + piece.length) return piece.charCodeAt(offset - at);
      at += piece.length;
    }
    return Number.NaN;
  }

  /** Puts `text` in place of the text from `start` to `end` (0 ≤ start ≤ end ≤ length). */
  replace(start: number, end: number, text: string): void {
    const first = this.#split(start);
    const last = this.#split(end);
    this.#pieces.splice(first, last - first, ...(text === "" ? [] : [text]));
    this.#length += text.length - (end - start);
  }

  toString(): string {
    return this.#pieces.join("");
  }

  /** The index of the piece that starts at `offset`, splitting the one across it in two. */
  #split(offset: number): number {
    let at = 0;
    for (let i = 0; i < this.#pieces.length; i++) {
      if (at === offset) return i;
      const piece = this.#pieces[i] as string;
      if (offset < at + piece.length) {
        this.#pieces.splice(i, 1, piece.slice(0, offset - at), piece.slice(offset - at));
        return i + 1;
      }
      at += piece.length;
    }
    return this.#pieces.length;
  }
}
