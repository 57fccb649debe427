/**
 * Offsets into a text as the 1-based lines and columns an editor shows. Columns count
 * UTF-16 code units, as VS Code, ESLint and SARIF (its default `columnKind`) do; a line
 * ends at LF, CRLF or a lone CR, the line breaks JSON allows as whitespace.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The offset at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const lineBreak = /\r\n?|\n/g;
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The position of an offset (clamped to the text), by binary search over the line starts. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}
