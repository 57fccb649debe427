import type { Span } from "./range.js";

const backslash = 0x5c;

/**
 * The text offset of each asked character of a string literal, characters counted as
 * JSON.parse gives them (an escape, `\n` or `\u00e9`, is one character); an index at or past
 * the string's end is its closing quote's offset. Only the asked are kept, and plain runs
 * between escapes are stepped over whole: a search URL of 45M characters once cost one
 * number a character (2.1 GB) to place one parameter.
 */
export function stringOffsets(text: string, literal: Span, indices: readonly number[]): Map<number, number> {
  const close = literal.offset + literal.length - 1;
  const found = new Map<number, number>();
  let i = literal.offset + 1;
  let character = 0;
  // The next backslash at or after i (close when there is none before it): found once a run.
  let escapeAt = -1;
  for (const index of [...new Set(indices)].sort((a, b) => a - b)) {
    while (character < index && i < close) {
      if (escapeAt < i) {
        const at = text.indexOf("\\", i);
        escapeAt = at === -1 || at > close ? close : at;
      }
      if (i === escapeAt && text.charCodeAt(i) === backslash) {
        i += text[i + 1] === "u" ? 6 : 2;
        character++;
      } else {
        const step = Math.min(index - character, escapeAt - i);
        i += step;
        character += step;
      }
    }
    found.set(index, Math.min(i, close));
  }
  return found;
}
