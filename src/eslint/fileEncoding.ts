import { readBounded } from "../files/readBounded.js";
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
  // Read as the CLI reads a file: a regular file alone (a FIFO or /dev/zero named with
  // --stdin-filename would hang the run or never end), and no more bytes than ESLint's text
  // holds as UTF-8 (each bad byte became U+FFFD, three bytes; a byte order mark, three more).
  const read = readBounded(physicalPath, Buffer.byteLength(text) + 3);
  // No such file, another kind of file, or a longer one (text given on standard input): the text is all there is.
  if (!(read instanceof Uint8Array)) return undefined;
  const bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
  const decoded = decodeUtf8(bytes);
  if (decoded.ok || bytes.toString("utf8").replace(/^\uFEFF/, "") !== text) return undefined;
  return encodingFault(bytes, decoded);
}
