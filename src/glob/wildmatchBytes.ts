/**
 * Text as git's wildmatch sees it: one character a byte. wildmatch compares bytes, so a `?` or
 * a bracket matches one byte of a UTF-8 name, and `é` (two bytes) is matched by `??`, not `?`
 * (git 2.39: `a?b.json` in a .gitignore keeps aéb.json and leaves out axb.json). ASCII stays
 * as it is; each byte from 0x80 becomes a private-use character (U+E080–U+E0FF), which no
 * glob syntax and no trimming of spaces reads as anything but itself (a Latin-1 view would
 * turn the 0xA0 that ends `à` into a space the `ignore` package trims). Applied alike to a
 * .gitignore's lines and to the paths asked about, it makes a matcher of characters match bytes.
 */
export function wildmatchBytes(text: string | Uint8Array): string {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  return bytes.toString("latin1").replace(/[\x80-\xff]/g, (byte) => String.fromCharCode(0xe000 + byte.charCodeAt(0)));
}
