/** Where a diagnostic stands in the source: 1-based, the end column just after the last character. */
export interface SourceRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A span of the text, in UTF-16 offsets. */
export interface Span {
  readonly offset: number;
  readonly length: number;
}
