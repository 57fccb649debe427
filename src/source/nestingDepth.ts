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

/**
 * The fewest characters a long text may hold for each `[` and `{` and still be built by
 * JSON.parse before its depth is counted (parseSource counts a long text's depth first only
 * when it is denser). JSON.parse takes about 100 bytes a level of nesting (found by the hostile
 * request files audit: 4.9 million `[` then `]` and 300,000 blanks, 10.1 MB, past the length
 * below which every text is counted first, peaked at 564 MiB and took 3.4 s to be refused), so
 * a text of fewer brackets than this is built in at most about 1.6 times its size; a clean
 * order holds one in 100 characters (minified) to 160 (indented), and pays no count.
 */
export const charactersPerBracketBuiltFirst = 64;

/** Whether a long text holds too many `[` and `{` to be built before its depth is counted (charactersPerBracketBuiltFirst). */
export function tooDenseToBuildFirst(text: string, maxDepth: number): boolean {
  return holdsMoreOpeners(text, Math.max(maxDepth, Math.floor(text.length / charactersPerBracketBuiltFirst)));
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
