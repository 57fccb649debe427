/**
 * The offset of the first `[` or `{` that opens a level deeper than `limit`, or -1.
 *
 * jsonc-parser and every walk over a tree recurse once per level, so text nested
 * thousands deep would overflow the stack: this loop-only scan runs first and stops them.
 * It skips strings and comments the way jsonc-parser's scanner does (a string ends at its
 * closing quote, a line break or the end), so it never sees fewer brackets than the parser.
 */
export function findTooDeep(text: string, limit: number): number {
  // Every level needs its own bracket: a text with no more brackets than the limit cannot go
  // deeper (two indexOf scans, a fraction of this loop: parseSource asks of every text).
  if (!holdsMoreOpeners(text, limit)) return -1;
  let depth = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      i = stringEnd(text, i + 1);
    } else if (code === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < end && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (code === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? end : close + 1;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      depth++;
      if (depth > limit) return i;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

/** The offset of the quote that closes the string whose content starts at `start` (or where it breaks off). */
export function stringEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i;
    if (code === 0x5c /* \ */) i++;
    else if (code === 0x0a || code === 0x0d) return i;
  }
  return text.length;
}

/** Whether the text holds more than `limit` of [ and { together (in strings too: they only raise the count). */
function holdsMoreOpeners(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let count = 0;
  for (const opener of ["[", "{"]) {
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
      if (++count > limit) return true;
    }
  }
  return false;
}
