/**
 * REST Client's comment line: `#` or `//` after the line's blanks (Huachao/vscode-restclient,
 * src/utils/selector.ts, isCommentLine). It drops every one of a request's before it parses
 * the request, the body's too (its issues #28 and #946).
 */
export const commentLine = /^\s*(#|\/\/)/;

const blank = /\s/;

/** Whether the character at `at` is one `\s` matches; a space or a tab, and any printable ASCII, told without the expression (it runs once a body line). */
function isBlankAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x20 || code === 0x09 || ((code < 0x20 || code > 0x7e) && blank.test(text[at] as string));
}

/** Whether the line from offset `at` to `end` of `text` is a comment line, read in place: a body's lines are not sliced one by one. */
export function isCommentLineAt(text: string, at: number, end: number): boolean {
  let first = at;
  while (first < end && isBlankAt(text, first)) first++;
  return first < end && (text.startsWith("#", first) || text.startsWith("//", first));
}
