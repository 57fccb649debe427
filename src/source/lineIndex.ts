import { firstIndex } from "./firstIndex.js";

/**
 * Offsets into a text as the 1-based lines and columns an editor shows. Columns count
 * UTF-16 code units, as VS Code, ESLint and SARIF (its default `columnKind`) do; a line
 * ends at LF, CRLF or a lone CR, the line breaks JSON allows as whitespace.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Calls `visit` with the offset after each line break that starts before `end`, in order: LF,
 * CRLF (one break) and a lone CR. indexOf finds them: a charCodeAt loop took six times as long
 * over a 50 MB file (a fault, or one finding, at its end).
 */
function forEachLineStart(text: string, end: number, visit: (start: number) => void): void {
  let lfAt = text.indexOf("\n");
  let crAt = text.indexOf("\r");
  for (;;) {
    let at: number;
    if (crAt !== -1 && (lfAt === -1 || crAt < lfAt)) {
      at = crAt;
      crAt = text.indexOf("\r", at + 1);
      // CRLF is one break: its LF's.
      if (lfAt === at + 1) continue;
    } else if (lfAt !== -1) {
      at = lfAt;
      lfAt = text.indexOf("\n", at + 1);
    } else return;
    if (at >= end) return;
    visit(at + 1);
  }
}

/**
 * The offset at which each line starts. Four bytes a line (a typed array, filled in a
 * second pass once the lines are counted): a 50 MB file of 17 million short lines costs
 * 70 MB here, not the several hundred a growing array of numbers takes.
 */
export function lineStarts(text: string): Uint32Array {
  let count = 1;
  forEachLineStart(text, text.length, () => void count++);
  const starts = new Uint32Array(count);
  let line = 1;
  forEachLineStart(text, text.length, (start) => void (starts[line++] = start));
  return starts;
}

/** The position of an offset (clamped to the text), by binary search over the line starts. */
export function positionAt(starts: ArrayLike<number>, offset: number): Position {
  const low = Math.max(0, firstIndex(starts.length, (i) => (starts[i] as number) > offset) - 1);
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** The position of one offset, counted without an index: for the one place of a fault. */
export function positionIn(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  forEachLineStart(text, Math.max(0, Math.min(offset, text.length)), (start) => {
    line++;
    lineStart = start;
  });
  return { line, column: offset - lineStart + 1 };
}

/** The offset in `text` of each 1-based line and column, its line starts found when first asked. */
export function offsetsIn(text: string): (line: number | undefined, column: number | undefined) => number {
  let starts: Uint32Array | undefined;
  return (line = 1, column = 1) => ((starts ??= lineStarts(text))[line - 1] ?? text.length) + column - 1;
}
