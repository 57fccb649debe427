import { carriageReturn, lineFeed } from "../source/jsonChars.js";

/** What a CursorText has done: each piece or line start it has passed over, split, put or dropped (what its cost grows with). */
export interface EditWork {
  steps: number;
}

/**
 * A text under edit and where its lines start, held on either side of a cursor, as a gap buffer
 * holds its characters. A JavaScript string cannot be edited in place, and each edit of one as
 * `slice + text + slice` copies all of it; a list of pieces edited anywhere costs a walk from
 * its first piece, and a list of line starts the shift of every one after the edit: for 50,000
 * edits, ascending, work in their product (31 s on a 3 MB order; found by the language server
 * audit). Here an edit is made at the cursor, which costs what it puts and drops, and moving the
 * cursor costs the pieces and line starts it passes: edits that come in the text's order, either
 * way, cost their number and the text's lines. The line starts after the cursor are held as
 * their distance from the text's end, which an edit before them leaves as it is.
 *
 * Lines end as LSP and TextDocument count them: at "\n", "\r\n" or a lone "\r".
 */
export class CursorText {
  /** The pieces before the cursor, in order. */
  readonly #before: string[] = [];
  /** The pieces after it, the last first (the one at the cursor on top). None is empty. */
  readonly #after: string[];
  /** The line starts before the cursor, as offsets, in order. */
  readonly #linesBefore: number[] = [];
  /** The line starts at the cursor or after it, as distances from the text's end, the last first. */
  readonly #linesAfter: number[];
  #cursor = 0;
  #length: number;
  readonly #work: EditWork;

  /** `lineStarts`: where the text's lines start (0 first), as TextDocument counts them. */
  constructor(text: string, lineStarts: readonly number[], work: EditWork = { steps: 0 }) {
    this.#after = text === "" ? [] : [text];
    this.#length = text.length;
    this.#linesAfter = lineStarts.map((start) => text.length - start).reverse();
    this.#work = work;
  }

  get length(): number {
    return this.#length;
  }

  get lineCount(): number {
    return this.#linesBefore.length + this.#linesAfter.length;
  }

  /** Where line `line` (0 ≤ line < lineCount) starts. */
  lineStart(line: number): number {
    const after = line - this.#linesBefore.length;
    return after < 0 ? (this.#linesBefore[line] as number) : this.#length - (this.#linesAfter[this.#linesAfter.length - 1 - after] as number);
  }

  /** The UTF-16 code unit at `offset`, NaN outside the text (as String.prototype.charCodeAt). */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.#length) return Number.NaN;
    this.#moveTo(offset);
    return this.#codeAfter();
  }

  /** Puts `text` in place of the text from `start` to `end` (0 ≤ start ≤ end ≤ length), and its line starts in place of theirs. */
  replace(start: number, end: number, text: string): void {
    this.#moveTo(start);
    this.#dropAfter(end - start);
    // A line starts where a line end is before it, but for a "\r" that a "\n" follows: from the
    // change's start (its "\n" may join the "\r" before) to its end (its "\r" may join the "\n" after).
    let previous = this.#codeBefore();
    if (text !== "") {
      this.#before.push(text);
      this.#cursor += text.length;
      this.#length += text.length;
    }
    const next = this.#codeAfter();
    for (let at = 0; at <= text.length; at++) {
      const code = at < text.length ? text.charCodeAt(at) : next;
      if (start + at === 0 || previous === lineFeed || (previous === carriageReturn && code !== lineFeed)) {
        if (at < text.length) this.#linesBefore.push(start + at);
        else this.#linesAfter.push(this.#length - this.#cursor);
        this.#work.steps++;
      }
      previous = code;
    }
  }

  toString(): string {
    return this.#before.join("") + [...this.#after].reverse().join("");
  }

  /** Drops the `count` characters after the cursor, and the line starts from the cursor to their end. */
  #dropAfter(count: number): void {
    const end = this.#cursor + count;
    while (this.#linesAfter.length > 0 && this.#length - (this.#linesAfter.at(-1) as number) <= end) {
      this.#linesAfter.pop();
      this.#work.steps++;
    }
    this.#length -= count;
    while (count > 0) {
      const piece = this.#after.pop() as string;
      this.#work.steps++;
      if (piece.length > count) this.#after.push(piece.slice(count));
      count -= piece.length;
    }
  }

  #moveTo(offset: number): void {
    while (this.#cursor < offset) {
      const piece = this.#after.pop() as string;
      const taken = Math.min(piece.length, offset - this.#cursor);
      this.#before.push(taken === piece.length ? piece : piece.slice(0, taken));
      if (taken < piece.length) this.#after.push(piece.slice(taken));
      this.#cursor += taken;
      this.#work.steps++;
    }
    while (this.#cursor > offset) {
      const piece = this.#before.pop() as string;
      const given = Math.min(piece.length, this.#cursor - offset);
      this.#after.push(given === piece.length ? piece : piece.slice(piece.length - given));
      if (given < piece.length) this.#before.push(piece.slice(0, piece.length - given));
      this.#cursor -= given;
      this.#work.steps++;
    }
    while (this.#linesAfter.length > 0 && this.#length - (this.#linesAfter.at(-1) as number) < offset) {
      this.#linesBefore.push(this.#length - (this.#linesAfter.pop() as number));
      this.#work.steps++;
    }
    while (this.#linesBefore.length > 0 && (this.#linesBefore.at(-1) as number) >= offset) {
      this.#linesAfter.push(this.#length - (this.#linesBefore.pop() as number));
      this.#work.steps++;
    }
  }

  /** The code unit just before the cursor, NaN at the text's start. */
  #codeBefore(): number {
    const piece = this.#before.at(-1);
    return piece === undefined ? Number.NaN : piece.charCodeAt(piece.length - 1);
  }

  /** The code unit just after the cursor, NaN at the text's end. */
  #codeAfter(): number {
    const piece = this.#after.at(-1);
    return piece === undefined ? Number.NaN : piece.charCodeAt(0);
  }
}
