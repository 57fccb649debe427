/**
 * REST Client's comment line: `#` or `//` after the line's blanks (Huachao/vscode-restclient,
 * src/utils/selector.ts, isCommentLine). It drops every one of a request's before it parses
 * the request, the body's too (its issues #28 and #946).
 */
export const commentLine = /^\s*(#|\/\/)/;

const blank = /\s/;

/** Whether the line from offset `at` to `end` of `text` is a comment line, read in place: a body's lines are not sliced one by one. */
export function isCommentLineAt(text: string, at: number, end: number): boolean {
  let first = at;
  while (first < end && blank.test(text[first] as string)) first++;
  return first < end && (text.startsWith("#", first) || text.startsWith("//", first));
}
