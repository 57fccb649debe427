/**
 * The text with each `//` and `/* *\/` comment outside a string blanked: its characters turned
 * to spaces, its line breaks kept, so that every other character keeps its offset, line and
 * column (what Postman's runtime sends of a raw JSON body is the text without its comments).
 * Comments are told as strip-json-comments 3.1.1 tells them, the version postman-runtime pins
 * and strips them with (test/requests/jsonComments.property.test.ts holds the two to agree): a
 * `//` comment ends at `\n` or `\r\n` (a lone `\r` does not end it), an unclosed block comment
 * runs to the end, and a quote after an odd run of backslashes opens or closes no string.
 * Postman removes a comment (`whitespace: false`) where this blanks it: the two differ only
 * where a comment joins two tokens (`1/**\/2`, sent as `12`), which no payload writes.
 */
export function blankJsonComments(text: string): string {
  if (!text.includes("/")) return text;
  const out: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22 && !escapedQuote(text, i)) inString = true;
    if (c !== 0x2f) continue;
    const next = text.charCodeAt(i + 1);
    if (next !== 0x2f && next !== 0x2a) continue;
    const end = next === 0x2f ? lineEnd(text, i) : blockEnd(text, i);
    out.push(text.slice(from, i), text.slice(i, end).replace(/[^\r\n]/g, " "));
    from = end;
    i = end - 1;
  }
  out.push(text.slice(from));
  return out.join("");
}

/** Whether the quote at `at` follows an odd run of backslashes (each run is read once: it ends at this quote). */
function escapedQuote(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) === 0x5c) start--;
  return (at - start) % 2 === 1;
}

/**
 * Where a `//` comment at `at` ends: before its `\n`, or before the `\r` of a `\r\n` (a lone
 * `\r` is inside it). Read from `at` alone: no copy of the rest of the text for each comment.
 */
function lineEnd(text: string, at: number): number {
  const newline = text.indexOf("\n", at);
  if (newline < 0) return text.length;
  return text.charCodeAt(newline - 1) === 0x0d && newline - 1 > at ? newline - 1 : newline;
}

function blockEnd(text: string, at: number): number {
  const close = text.indexOf("*/", at + 2);
  return close < 0 ? text.length : close + 2;
}
