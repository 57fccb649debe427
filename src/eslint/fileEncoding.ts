import { readFileSync } from "node:fs";
import { encodingFault, type EncodingFault } from "../source/encodingFault.js";
import { decodeUtf8 } from "../source/utf8.js";

/**
 * The CLI's verdict on the bytes of ESLint's file when they are not UTF-8, or undefined.
 * ESLint reads a file as UTF-8 and hands the language its text, each bad byte turned into
 * U+FFFD, so a Latin-1 "René" would be linted as "Ren\uFFFD" and a UTF-16 file as noise. Only
 * a text that holds U+FFFD can come from such bytes (the cheap test); the bytes on disk are
 * read then, and judged only when they are the text ESLint linted (not so for an editor's
 * unsaved text, given on standard input under the file's name).
 */
export function fileEncodingFault(text: string, physicalPath: string | undefined): EncodingFault | undefined {
  if (!text.includes("\uFFFD") || physicalPath === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(physicalPath);
  } catch {
    // No such file (text given on standard input): the text is all there is.
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok || bytes.toString("utf8").replace(/^\uFEFF/, "") !== text) return undefined;
  return encodingFault(bytes, decoded);
}
