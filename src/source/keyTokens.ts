const quote = 0x22;

/** JSON's whitespace (RFC 8259): space, tab, line feed, carriage return. */
export function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * How many `"…":` key tokens the text may hold: every `:` preceded (past whitespace) by a
 * quote. That counts each key once, plus any string value that holds `":` — an overcount
 * only sends the parser to its slower, exact walk. `indexOf` finds the colons far faster
 * than a regular expression's scan, and nothing is allocated.
 */
export function countKeyTokens(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let before = colon - 1;
    while (before >= 0 && isJsonWhitespace(text.charCodeAt(before))) before--;
    if (before >= 0 && text.charCodeAt(before) === quote) count++;
  }
  return count;
}
