/** The text without a leading UTF-8 byte order mark (U+FEFF), which JSON.parse refuses and oms-lint accepts. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The UTF-8 bytes a leading byte order mark takes before line 1's first column (3, or 0 with
 * no mark). Every position counts after the mark, as editors do; a column in UTF-8 bytes
 * counts in the line's raw bytes, the mark among them, as reviewdog splices a suggestion
 * into the lines of the git diff (`startLineContent[:start.column-1]`).
 */
export function byteOrderMarkBytes(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 3 : 0;
}
