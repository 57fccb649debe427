import { promisify } from "node:util";
import * as zlib from "node:zlib";
import { quotedText } from "../engine/argumentWords.js";
import { BodyPastLimit } from "./bodySize.js";

/** Decodes one content coding, erring with ERR_BUFFER_TOO_LARGE once its output passes maxOutputLength. */
type Decode = (bytes: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

/** Node.js 22.15 and later decode zstd (RFC 8878); before, zlib has no zstdDecompress. */
const zstdDecompress = (zlib as { zstdDecompress?: (bytes: Uint8Array, options: { maxOutputLength: number }, done: (error: Error | null, result: Buffer) => void) => void }).zstdDecompress;

/**
 * The content codings zlib decodes (RFC 9110 §8.4.1: "x-gzip" is "gzip"; "deflate" is the zlib
 * format of RFC 1950), each held to maxOutputLength: zlib stops there, so a few KB that inflate to
 * gigabytes are never decoded whole. "compress" (LZW) zlib does not know.
 */
const decoders: ReadonlyMap<string, Decode> = new Map<string, Decode>([
  ["gzip", promisify(zlib.gunzip)],
  ["x-gzip", promisify(zlib.gunzip)],
  ["deflate", promisify(zlib.inflate)],
  ["br", promisify(zlib.brotliDecompress)],
  ...(zstdDecompress === undefined ? [] : [["zstd", promisify(zstdDecompress)] as [string, Decode]]),
]);

/** "gzip, x-gzip, deflate and br": what a message offers. */
const decodedCodings = [...decoders.keys()].join(", ").replace(/, ([^,]+)$/, " and $1");

/** Thrown when a body decodes to more than the limit: decoding stopped there. */
export class DecodedPastLimit extends BodyPastLimit {
  constructor(
    /** The Content-Encoding as the request gives it. */
    readonly encoding: string,
    limit: number,
  ) {
    super(undefined, limit);
  }
}

/** A body's bytes as its server reads them, once decoded; or why they cannot be, the one finding of a body left unchecked. */
export type DecodedBody = { readonly bytes: Uint8Array } | { readonly undecoded: string };

/**
 * The content codings of a Content-Encoding, in the order they were applied (RFC 9110 §8.4: "If
 * one or more encodings have been applied to a representation, the sender that applied the
 * encodings MUST generate a Content-Encoding header field that lists the content codings in the
 * order in which they were applied"); codings are case-insensitive, and "identity" is none.
 */
function contentCodings(encoding: string): string[] {
  return encoding
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
}

/**
 * The bytes the server reads from a body sent with Content-Encoding `encoding` (null: none): its
 * codings undone last to first, each output held to `limit` (DecodedPastLimit past it). A coding
 * zlib does not know, or bytes that are not what a coding says, leave the body undecoded.
 */
export async function decodedBody(bytes: Uint8Array, encoding: string | null, limit: number): Promise<DecodedBody> {
  // No bytes are no body whatever the header says: body-required's one finding, not a second that they are no gzip (audit).
  if (encoding === null || bytes.length === 0) return { bytes };
  const codings = contentCodings(encoding);
  const unknown = codings.find((coding) => !decoders.has(coding));
  if (unknown !== undefined) return { undecoded: unknownCodingMessage(encoding, unknown) };
  let decoded = bytes;
  for (const coding of codings.reverse()) {
    try {
      decoded = await (decoders.get(coding) as Decode)(decoded, { maxOutputLength: limit });
    } catch (error) {
      if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw new DecodedPastLimit(encoding, limit);
      return { undecoded: invalidCodingMessage(encoding, coding, error) };
    }
  }
  return { bytes: decoded };
}

function unknownCodingMessage(encoding: string, coding: string): string {
  return `the body's Content-Encoding ${quotedText(encoding)} names ${quotedText(coding)}, which oms-lint does not decode (it decodes ${decodedCodings}), so it is not checked, and the request was not sent: send the body in one of those, or without a Content-Encoding`;
}

/** zlib's own reason ("incorrect header check", "unexpected end of file") says where the bytes went wrong. */
function invalidCodingMessage(encoding: string, coding: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `the body is not ${coding}, as its Content-Encoding ${quotedText(encoding)} says (zlib: ${reason}), so it is not checked, and the request was not sent: send the bytes the Content-Encoding names, or no Content-Encoding`;
}
