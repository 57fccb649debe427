import { defaultMaxFileSize, maxReadableSize, parseFileSize, type MisstatedHolding } from "../source/fileSize.js";
import { describeArgument } from "../engine/argumentWords.js";
import { isBlobLike } from "./blobLike.js";

/**
 * The bytes of a request body withPreSubmitCheck reads before it refuses it: `maxBodySize`, by
 * default the CLI's file size limit (64 MiB; the library has no other byte limit). A streamed
 * body was buffered without one: 700 MB of a string ended in V8's "Cannot create a string
 * longer than 0x1fffffe8 characters" after 16.8 s at 2.28 GB (found by the library audit).
 */
export interface BodySizeOptions {
  /** Bytes, or a size as the config writes it ("64MB", in 1024s); default 64 MiB, at most 536870888 (511MB). */
  readonly maxBodySize?: number | string | undefined;
}

/** The option's name, for the options check. */
export const bodySizeOptionName = "maxBodySize";

/**
 * The most whole MiB within the limit (511 on Node 20): what the message offers in MB. It offered
 * GB too, but a GiB is past the most text Node.js holds, and fractions are no size ("0.5GB").
 */
const mostMegabytes = Math.floor(maxReadableSize / 1024 ** 2);

/** The limit in bytes; a wrong option is a TypeError naming it and what it takes. */
export function maxBodySizeOf(fn: string, options: BodySizeOptions): number {
  const given = options.maxBodySize;
  if (given === undefined) return defaultMaxFileSize;
  const bytes = typeof given === "number" || typeof given === "string" ? parseFileSize(given) : undefined;
  if (bytes === undefined) {
    throw new TypeError(
      `${fn}: options.maxBodySize must be a number of bytes from 1 to ${maxReadableSize}, or a size such as "64MB" (whole KB or MB, in 1024s: at most "${mostMegabytes}MB"); got ${describeArgument(given)}`,
    );
  }
  return bytes;
}

/**
 * Thrown while a body is read once it is past the limit: reading stops there. `bytes` is its size
 * when known without reading it; `entriesBytes`, what a form's names and values alone hold, when
 * they are past the limit before it is written out.
 */
export class BodyPastLimit extends Error {
  constructor(
    readonly bytes: number | undefined,
    readonly limit: number,
    readonly entriesBytes?: number,
    /** Whether the form had entries left uncounted when its entries passed the limit: `entriesBytes` is then its first entries'. */
    readonly entriesLeft?: boolean,
    /** How many empty chunks a stream gave before it passed the limit, each counted as a byte (GatheredBytes). */
    readonly emptyChunks = 0,
  ) {
    super(`the body is past the ${limit} bytes withPreSubmitCheck reads`);
  }
}

/** Thrown when a Blob of another library does not hold what its size says: the body is refused, as one past the limit is. */
export class BlobMisstated extends Error {
  constructor(
    readonly says: number,
    readonly holds: MisstatedHolding,
    readonly limit: number,
  ) {
    super(`a Blob says it holds ${says} bytes and does not`);
  }
}

/** A body's size in bytes when it is known without reading it (a string, bytes, a Blob, another library's Blob); undefined otherwise. */
export function knownBodySize(body: unknown): number | undefined {
  if (typeof body === "string") return Buffer.byteLength(body, "utf8");
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  if (isBlobLike(body)) return body.size;
  return undefined;
}

/**
 * A streamed body's chunk of bytes as the bytes Node's fetch sends for it (Node 20): any view of
 * bytes (a Uint16Array, a DataView) as its bytes. A text chunk is not asked here: GatheredBytes
 * writes it as UTF-8 itself (passed on as they were, a stream of string chunks, which fetch
 * sends, failed with the Response's raw "TypeError: Received non-Uint8Array chunk"; service audit). Anything else (a number, an object, an ArrayBuffer)
 * fetch fails on too ("fetch failed"): a TypeError that names it by its type.
 */
export function streamChunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  // Named: "an object" said nothing of what to pass instead (audit).
  if (chunk instanceof ArrayBuffer) {
    throw new TypeError(
      "withPreSubmitCheck: the body's stream gave an ArrayBuffer as a chunk, which Node's fetch refuses as a chunk (it fails with \"fetch failed\"), so the request is not sent; give the stream a Uint8Array view of it (new Uint8Array(buffer))",
    );
  }
  throw new TypeError(
    `withPreSubmitCheck: the body's stream gave ${describeArgument(chunk)} as a chunk, neither text nor bytes, which fetch does not send either (Node's fails with "fetch failed"), so the request is not sent; give the stream Uint8Array or string chunks`,
  );
}
