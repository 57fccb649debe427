/**
 * Offsets into a text as the 1-based lines and columns an editor shows. Columns count
 * UTF-16 code units, as VS Code, ESLint and SARIF (its default `columnKind`) do; a line
 * ends at LF, CRLF or a lone CR, the line breaks JSON allows as whitespace.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

const lf = 0x0a;
const cr = 0x0d;

/**
 * The offset at which each line starts. Four bytes a line (a typed array, filled in a
 * second pass once the lines are counted): a 50 MB file of 17 million short lines costs
 * 70 MB here, not the several hundred a growing array of numbers takes.
 */
export function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === lf || (code === cr && text.charCodeAt(i + 1) !== lf)) count++;
  }
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = 0; i < text.length && line < count; i++) {
    const code = text.charCodeAt(i);
    if (code === lf || (code === cr && text.charCodeAt(i + 1) !== lf)) starts[line++] = i + 1;
  }
  return starts;
}

/** The position of an offset (clamped to the text), by binary search over the line starts. */
export function positionAt(starts: ArrayLike<number>, offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** The position of one offset, counted without an index: for the one place of a fault. */
export function positionIn(text: string, offset: number): Position {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === lf || (code === cr && text.charCodeAt(i + 1) !== lf)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
