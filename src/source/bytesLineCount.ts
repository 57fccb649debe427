import { lineFeed } from "./jsonChars.js";

const carriageReturn = 0x0d;

/**
 * Whether a file's bytes hold at least `lines` lines, as lineIndex.ts counts them (LF, CRLF and
 * a lone CR each end one), read only as far as the `lines`th line's start. Over the bytes, not a
 * decoded text: every break is one ASCII byte or two, so a text in UTF-8 has as many lines as its
 * bytes, and one in UTF-16 no more (its CRLF reads here as two breaks): never short of the text's.
 */
export function holdsLines(bytes: Uint8Array, lines: number): boolean {
  // Each found once and kept, as lineIndex.ts does: an indexOf a line for a byte the file lacks would read it whole each time.
  let lfAt = bytes.indexOf(lineFeed);
  let crAt = bytes.indexOf(carriageReturn);
  let count = 1;
  while (count < lines) {
    if (crAt !== -1 && (lfAt === -1 || crAt < lfAt)) {
      const at = crAt;
      crAt = bytes.indexOf(carriageReturn, at + 1);
      // CRLF is one break: its LF's, counted next.
      if (lfAt === at + 1) continue;
    } else if (lfAt !== -1) {
      lfAt = bytes.indexOf(lineFeed, lfAt + 1);
    } else return false;
    count++;
  }
  return true;
}
