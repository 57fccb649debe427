import { withoutByteOrderMark } from "./byteOrderMark.js";
import { positionIn } from "./lineIndex.js";
import type { DecodedText } from "./utf8.js";

/** Why bytes are no JSON text, and where: the line and column of the first bad byte, and the text before it. */
export interface EncodingFault {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The text before the bad byte (a byte order mark included), whose UTF-8 length places it in bytes. */
  readonly prefix: string;
}

/**
 * Where decodeUtf8 found the bytes are not UTF-8, as the CLI and ESLint say it. Columns count
 * after a byte order mark, as for every other diagnostic (and in editors and ESLint).
 */
export function encodingFault(bytes: Uint8Array, failed: Extract<DecodedText, { ok: false }>): EncodingFault {
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, failed.offset).toString("utf8");
  const counted = withoutByteOrderMark(prefix);
  return { message: failed.message, prefix, ...positionIn(counted, counted.length) };
}
