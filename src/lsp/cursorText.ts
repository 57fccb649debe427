import { carriageReturn, lineFeed } from "../source/jsonChars.js";
import type { EditWork } from "./editWork.js";
import { LineStartGap, lineBlockSize } from "./lineStartGap.js";

/** The longest piece two short ones next to each other are joined into (a copy of that many characters at most). */
const joinedPieceLength = 4096;

/**
 * A text under edit and where its lines start, held on either side of a cursor, as a gap buffer
 * holds its characters. A JavaScript string cannot be edited in place, and each edit of one as
 * `slice + text + slice` copies all of it; a list of pieces edited anywhere costs a walk from
 * its first piece, and a list of line starts the shift of every one after the edit: for 50,000
 * edits, ascending, work in their product (31 s on a 3 MB order; found by the language server
 * audit). Here an edit is made at the cursor, which costs what it puts and drops, and moving the
 * cursor costs the pieces it passes (short ones next to each other joined) and the blocks of line
 * starts (LineStartGap): edits that come in the text's order, either way, cost their number and
 * the text's lines, and edits that jump back and forth (two cursors far apart) the blocks between,
 * not the lines (found by the review of the held edits). The line starts after the cursor are
 * held as their distance from the text's end, which an edit before them leaves as it is.
 *
 * Lines end as LSP and TextDocument count them: at "\n", "\r\n" or a lone "\r".
 */
export class CursorText {
  /** The pieces before the cursor, in order. */
  readonly #before: string[] = [];
  /** The pieces after it, the last first (the one at the cursor on top). None is empty. */
  readonly #after: string[];
  /** The line starts, those before the cursor apart from those at it or after it. */
  readonly #lines: LineStartGap;
  #cursor = 0;
  #length: number;
  readonly #work: EditWork;

  /** `lineStarts`: where the text's lines start (0 first), as TextDocument counts them; `blockSize`: how many of them a block of them holds. */
  constructor(text: string, lineStarts: readonly number[], work: EditWork = { steps: 0 }, blockSize = lineBlockSize) {
    this.#after = text === "" ? [] : [text];
    this.#length = text.length;
    this.#lines = new LineStartGap(lineStarts, text.length, work, blockSize);
    this.#work = work;
  }

  get length(): number {
    return this.#length;
  }

  get lineCount(): number {
    return this.#lines.count;
  }

  /** Where line `line` (0 ≤ line < lineCount) starts. */
  lineStart(line: number): number {
    return this.#lines.lineStart(line, this.#length);
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
    // The line starts are parted where an edit is made (those after it are held from the text's end), not where a character is read.
    this.#lines.moveTo(start, this.#length);
    this.#dropAfter(end - start);
    // A line starts where a line end is before it, but for a "\r" that a "\n" follows: from the
    // change's start (its "\n" may join the "\r" before) to its end (its "\r" may join the "\n" after).
    let previous = this.#codeBefore();
    if (text !== "") {
      this.#putBefore(text);
      this.#cursor += text.length;
      this.#length += text.length;
    }
    const next = this.#codeAfter();
    for (let at = 0; at <= text.length; at++) {
      const code = at < text.length ? text.charCodeAt(at) : next;
      if (start + at === 0 || previous === lineFeed || (previous === carriageReturn && code !== lineFeed)) {
        if (at < text.length) this.#lines.pushBefore(start + at);
        else this.#lines.pushAfter(this.#cursor, this.#length);
      }
      previous = code;
    }
  }

  toString(): string {
    return this.#before.join("") + [...this.#after].reverse().join("");
  }

  /** Drops the `count` characters after the cursor, and the line starts from the cursor to their end. */
  #dropAfter(count: number): void {
    this.#lines.dropAfterThrough(this.#cursor + count, this.#length);
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
      this.#putBefore(taken === piece.length ? piece : piece.slice(0, taken));
      if (taken < piece.length) this.#after.push(piece.slice(taken));
      this.#cursor += taken;
      this.#work.steps++;
    }
    while (this.#cursor > offset) {
      const piece = this.#before.pop() as string;
      const given = Math.min(piece.length, this.#cursor - offset);
      this.#putAfter(given === piece.length ? piece : piece.slice(piece.length - given));
      if (given < piece.length) this.#before.push(piece.slice(0, piece.length - given));
      this.#cursor -= given;
      this.#work.steps++;
    }
  }

  /**
   * Puts a piece just before the cursor, joined to the one there when the two are short: a move
   * costs the pieces it passes, and keystrokes, or the short stretches between random edits,
   * would otherwise leave one each (50,000 edits in random order on a 3.9 MB order: 10 s of pieces passed).
   */
  #putBefore(piece: string): void {
    const last = this.#before.at(-1);
    if (last !== undefined && last.length + piece.length <= joinedPieceLength) this.#before[this.#before.length - 1] = last + piece;
    else this.#before.push(piece);
  }

  /** Puts a piece just after the cursor, joined to the one there when the two are short (see #putBefore). */
  #putAfter(piece: string): void {
    const next = this.#after.at(-1);
    if (next !== undefined && next.length + piece.length <= joinedPieceLength) this.#after[this.#after.length - 1] = piece + next;
    else this.#after.push(piece);
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
