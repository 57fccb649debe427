import type { EditWork } from "./editWork.js";

/** Line starts held in one block at most: a move costs the blocks it passes, and up to this many of the line starts in the block it stops in. */
export const lineBlockSize = 512;

/**
 * Line starts `origin + rels[i]` for i from `lo` on, in the text's order. Where the origin is
 * depends on the side: before the cursor, `anchor` is the origin's offset; after it, its distance
 * from the text's end, which an edit at the cursor leaves as it is. A block moves from one side
 * to the other by its anchor alone.
 */
interface Block {
  anchor: number;
  rels: number[];
  lo: number;
}

const sizeOf = (block: Block) => block.rels.length - block.lo;

/**
 * Where a text's lines start, held on either side of a cursor (as CursorText holds its pieces)
 * in blocks: moving the cursor passes whole blocks, not every line start it passes, so that
 * edits that jump back and forth across the text (two cursors far apart, VS Code listing each
 * keystroke's changes far first) cost the blocks between, not the lines (300 such keystrokes on
 * an 11.8 MB order of 450,000 lines: 2.5 s; found by the review of the language server's held
 * edits). The cursor here is where the last edit was made, which may differ from CursorText's
 * (moved to read a character): what is after it is held from the text's end, and every call
 * is told the text's `length` as it is then.
 */
export class LineStartGap {
  /** Blocks before the cursor, in the text's order. */
  readonly #before: Block[] = [];
  /** Blocks after it, the last first (the one at the cursor on top). */
  readonly #after: Block[] = [];
  #countBefore = 0;
  #countAfter: number;
  readonly #work: EditWork;
  readonly #blockSize: number;

  /** `lineStarts`: ascending offsets in a text of `length`, all after the cursor (at 0). */
  constructor(lineStarts: readonly number[], length: number, work: EditWork, blockSize = lineBlockSize) {
    this.#work = work;
    this.#blockSize = blockSize;
    this.#countAfter = lineStarts.length;
    for (let end = lineStarts.length; end > 0; end -= blockSize) {
      const start = Math.max(0, end - blockSize);
      const origin = lineStarts[start] as number;
      this.#after.push({ anchor: length - origin, rels: lineStarts.slice(start, end).map((offset) => offset - origin), lo: 0 });
    }
  }

  get count(): number {
    return this.#countBefore + this.#countAfter;
  }

  /** Where line `line` (0 ≤ line < count) starts: looked for from the cursor, whose neighbourhood edits keep to. */
  lineStart(line: number, length: number): number {
    let index = this.#countBefore - 1 - line;
    for (let at = this.#before.length - 1; index >= 0; at--) {
      const block = this.#before[at] as Block;
      if (index < sizeOf(block)) return block.anchor + (block.rels[block.rels.length - 1 - index] as number);
      index -= sizeOf(block);
      this.#work.steps++;
    }
    index = line - this.#countBefore;
    for (let at = this.#after.length - 1; at >= 0; at--) {
      const block = this.#after[at] as Block;
      if (index < sizeOf(block)) return length - block.anchor + (block.rels[block.lo + index] as number);
      index -= sizeOf(block);
      this.#work.steps++;
    }
    throw new RangeError(`line ${line} of ${this.count}`);
  }

  /** Holds the line starts before `offset` before the cursor, the others after it. */
  moveTo(offset: number, length: number): void {
    for (let top = this.#after.at(-1); top !== undefined && length - top.anchor + (top.rels.at(-1) as number) < offset; top = this.#after.at(-1)) {
      this.#after.pop();
      this.#countAfter -= sizeOf(top);
      this.#countBefore += sizeOf(top);
      this.#pushBlock(this.#before, { ...top, anchor: length - top.anchor }, length);
    }
    while (this.#after.length > 0 && this.#firstAfter(length) < offset) this.pushBefore(this.#popAfter(length));
    for (let top = this.#before.at(-1); top !== undefined && top.anchor + (top.rels[top.lo] as number) >= offset; top = this.#before.at(-1)) {
      this.#before.pop();
      this.#countBefore -= sizeOf(top);
      this.#countAfter += sizeOf(top);
      this.#pushBlock(this.#after, { ...top, anchor: length - top.anchor }, length);
    }
    while (this.#before.length > 0 && this.#lastBefore() >= offset) this.pushAfter(this.#popBefore(), length);
  }

  /** Drops the line starts after the cursor up to `end`, that included. */
  dropAfterThrough(end: number, length: number): void {
    for (let top = this.#after.at(-1); top !== undefined && length - top.anchor + (top.rels.at(-1) as number) <= end; top = this.#after.at(-1)) {
      this.#after.pop();
      this.#countAfter -= sizeOf(top);
      this.#work.steps++;
    }
    while (this.#after.length > 0 && this.#firstAfter(length) <= end) this.#popAfter(length);
  }

  /** Puts a line start at `offset`, after all those before the cursor. */
  pushBefore(offset: number): void {
    const top = this.#before.at(-1);
    if (top !== undefined && sizeOf(top) < this.#blockSize) top.rels.push(offset - top.anchor);
    else this.#before.push({ anchor: offset, rels: [0], lo: 0 });
    this.#countBefore++;
    this.#work.steps++;
  }

  /** Puts a line start at `offset`, before all those after the cursor. */
  pushAfter(offset: number, length: number): void {
    const top = this.#after.at(-1);
    if (top !== undefined && top.lo > 0 && sizeOf(top) < this.#blockSize) {
      top.lo--;
      top.rels[top.lo] = offset - (length - top.anchor);
    } else {
      const rels = new Array<number>(this.#blockSize).fill(0);
      this.#after.push({ anchor: length - offset, rels, lo: this.#blockSize - 1 });
    }
    this.#countAfter++;
    this.#work.steps++;
  }

  #firstAfter(length: number): number {
    const top = this.#after.at(-1) as Block;
    return length - top.anchor + (top.rels[top.lo] as number);
  }

  #lastBefore(): number {
    const top = this.#before.at(-1) as Block;
    return top.anchor + (top.rels.at(-1) as number);
  }

  #popAfter(length: number): number {
    const offset = this.#firstAfter(length);
    const top = this.#after.at(-1) as Block;
    top.lo++;
    if (sizeOf(top) === 0) this.#after.pop();
    this.#countAfter--;
    this.#work.steps++;
    return offset;
  }

  #popBefore(): number {
    const offset = this.#lastBefore();
    const top = this.#before.at(-1) as Block;
    top.rels.pop();
    if (sizeOf(top) === 0) this.#before.pop();
    this.#countBefore--;
    this.#work.steps++;
    return offset;
  }

  /**
   * Puts a whole block on top of a side (its anchor already the side's), joined with the top
   * one when the two fit in one, so that blocks split at the cursor do not pile up.
   */
  #pushBlock(side: Block[], block: Block, length: number): void {
    this.#work.steps++;
    const top = side.at(-1);
    if (top === undefined || sizeOf(top) + sizeOf(block) > this.#blockSize) {
      side.push(block);
      return;
    }
    const originOf = (one: Block) => (side === this.#before ? one.anchor : length - one.anchor);
    const [first, second] = side === this.#before ? [top, block] : [block, top];
    const origin = originOf(first);
    const rels = first.rels.slice(first.lo);
    for (let at = second.lo; at < second.rels.length; at++) rels.push(originOf(second) + (second.rels[at] as number) - origin);
    this.#work.steps += rels.length;
    side[side.length - 1] = { anchor: first.anchor, rels, lo: 0 };
  }
}
