/**
 * The text with each `//` and `/* *\/` comment outside a string blanked: its characters turned
 * to spaces, its line breaks kept, so that every other character keeps its offset, line and
 * column (what Postman's runtime sends of a raw JSON body is the text without its comments).
 * An unclosed block comment runs to the end, as a JSONC reader takes it.
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
    if (c === 0x22) inString = true;
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

/** Where the line holding `at` ends (its \r or \n), read from `at` alone: no copy of the rest of the text for each comment. */
function lineEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
  return end;
}

function blockEnd(text: string, at: number): number {
  const close = text.indexOf("*/", at + 2);
  return close < 0 ? text.length : close + 2;
}
