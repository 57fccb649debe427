import { isUtf8 } from "node:buffer";

/** Bytes as text, or why they are not UTF-8 text and the byte where that shows. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string; readonly offset: number };

/** What holds the bytes, in a message: a file is saved, a fetch body is sent; a file's position is given, a body's offset is said. */
const holders = {
  file: { name: "the file", at: () => "here", must: "JSON must be UTF-8", remedy: "save it as UTF-8", binary: ", or is this a binary file?" },
  // A .http or .rest file is no JSON (found by the audit of hostile input: "JSON must be UTF-8" was said of one).
  requestFile: { name: "the file", at: () => "here", must: "oms-lint reads a request file (.http, .rest) as UTF-8", remedy: "save it as UTF-8", binary: ", or is this a binary file?" },
  body: { name: "the body", at: (offset: number) => `at offset ${offset}`, must: "JSON must be UTF-8", remedy: "send it as UTF-8 (a string body always is)", binary: "" },
} as const;

/**
 * Decodes a file's bytes (or a fetch body's). JSON is UTF-8 (RFC 8259 §8.1): text in another
 * encoding is reported at its first bad byte, never read through replacement characters.
 */
export function decodeUtf8(bytes: Uint8Array, holder: keyof typeof holders = "file"): DecodedText {
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") };
  const { name, at, must, remedy, binary } = holders[holder];
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `${name} is UTF-16 text (it starts with a UTF-16 byte order mark): ${must}; ${remedy}`, offset: 0 };
  }
  const offset = firstInvalidByte(bytes);
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return {
    ok: false,
    message: `${name} is not UTF-8 text (byte 0x${byte} ${at(offset)}): ${must}; ${remedy}${binary}`,
    offset,
  };
}

/** The offset of the first byte that breaks UTF-8 (overlongs, surrogates and values past U+10FFFF included). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
