import { BodyPastLimit, streamChunkBytes } from "./bodySize.js";

/** Text chunks' encoder, one for every body: it holds no state between calls. */
const utf8 = new TextEncoder();

/**
 * A streamed body's bytes, copied chunk by chunk as they arrive into one buffer that doubles
 * as it fills and never grows past `limit`, so what is held is O(maxBodySize) whatever the
 * chunks. Each chunk counts as at least one byte toward the limit, so endless empty chunks end
 * there too. Every chunk was kept (with a TextEncoder buffer for text) and joined at the end:
 * 2,000,000 chunks of "a" took 868 MB, as many of "" 788 MB, and an endless stream of "" under
 * maxBodySize "1MB" never stopped; a producer that reuses its buffer was joined as its last
 * bytes repeated (service audit).
 */
export class GatheredBytes {
  private buffer = new Uint8Array(0);
  private length = 0;
  /** What is counted toward the limit: the bytes, and a byte for each empty chunk. */
  private counted = 0;
  private emptyChunks = 0;

  constructor(readonly limit: number) {}

  /** Copies a chunk's bytes (text as UTF-8, any view as its bytes); past the limit, BodyPastLimit and nothing more is held. */
  add(chunk: unknown): void {
    const bytes = typeof chunk === "string" ? chunk : streamChunkBytes(chunk);
    const size = typeof bytes === "string" ? Buffer.byteLength(bytes, "utf8") : bytes.byteLength;
    if (size === 0) this.emptyChunks++;
    this.counted += Math.max(size, 1);
    if (this.counted > this.limit) throw new BodyPastLimit(undefined, this.limit, undefined, undefined, this.emptyChunks);
    this.reserve(this.length + size);
    if (typeof bytes === "string") utf8.encodeInto(bytes, this.buffer.subarray(this.length));
    else this.buffer.set(bytes, this.length);
    this.length += size;
  }

  /** The bytes the buffer holds room for: never more than the limit. */
  get capacity(): number {
    return this.buffer.byteLength;
  }

  /** The bytes gathered, in one piece: to be read as text, and sent in the stream's place. */
  bytes(): Uint8Array<ArrayBuffer> {
    // A view, not a copy: a second buffer of the body's size would double what is held.
    return this.buffer.subarray(0, this.length);
  }

  private reserve(needed: number): void {
    if (needed <= this.buffer.byteLength) return;
    const grown = new Uint8Array(Math.min(Math.max(needed, this.buffer.byteLength * 2, 64), this.limit));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
