/**
 * The limits of one message on the wire. An editor sends a document whole in didOpen: VS Code
 * syncs no file above 50 MB to its extensions, and JSON escaping (quotes, backslashes, line
 * breaks) at most doubles ordinary text, so 256 MiB is far above any real message, and far
 * below what a hostile Content-Length (10 GB) would make the server hold.
 */
export const maxMessageSize = 256 * 1024 * 1024;
/** A real header block is under 100 bytes (Content-Length and, at most, Content-Type). */
export const maxHeaderSize = 8 * 1024;
/**
 * How much of a message over the limit is read, for its id, method and document (messageHead):
 * vscode-jsonrpc writes them first, and a URI is at most a few kilobytes.
 */
export const maxHeadSize = 64 * 1024;

/** A message over the size limit: its size, the limit, and its first bytes (the rest is skipped unread). */
export interface Oversized {
  readonly size: number;
  readonly limit: number;
  readonly head: Buffer;
}

/** What the framing makes of the bytes: a message's body, or why bytes were skipped. */
export type Frame = { readonly body: Buffer } | { readonly fault: string; readonly oversized?: Oversized };

const headerEnd = Buffer.from("\r\n\r\n", "ascii");
/** Where a message starts again after bytes that cannot be framed (matched case-insensitively). */
const resyncToken = Buffer.from("content-length:", "ascii");

/** The byte offset of `token` in `buffer`, ignoring ASCII case (the token is lower case). */
function indexOfToken(buffer: Buffer, token: Buffer): number {
  const lower = Buffer.from(buffer);
  for (let i = 0; i < lower.length; i++) {
    const byte = lower[i] as number;
    if (byte >= 0x41 && byte <= 0x5a) lower[i] = byte + 0x20;
  }
  return lower.indexOf(token);
}

/**
 * The base protocol's framing (LSP 3.17, "Header Part"), read strictly and in bounded memory:
 * each message is a header block ended by CRLF CRLF, with a Content-Length of decimal digits,
 * then that many bytes of body. vscode-jsonrpc's reader takes a header without Content-Length
 * or with one that is not a number as a lost message and reads on from the middle of its body,
 * so every later message is misread and the server answers nothing again; it buffers any
 * announced length whole (10 GB announced: 10 GB held), and looks for a header's end by
 * scanning all it holds again at each chunk (100 MB without one: minutes of CPU). Here a fault
 * is reported and the bytes are skipped up to the next "Content-Length:", where a message
 * can start again; a body over the limit is skipped as it arrives, unread.
 */
export class MessageFraming {
  readonly #maxMessageSize: number;
  #pending: Buffer = Buffer.alloc(0);
  /**
   * Reading: a header block; a body of a known length; an over-long body's first bytes (`head`,
   * until it has maxHeadSize of them or the body ends), then skipping the rest; looking for the
   * next header after a fault.
   */
  #state:
    | { readonly kind: "header" }
    | { readonly kind: "body"; left: number; readonly chunks: Buffer[] }
    | { readonly kind: "head"; left: number; readonly size: number; readonly chunks: Buffer[]; wanted: number }
    | { kind: "skip"; left: number }
    | { readonly kind: "resync" } = { kind: "header" };

  constructor(maxSize = maxMessageSize) {
    this.#maxMessageSize = maxSize;
  }

  /** Takes bytes received; next() frames them. */
  append(chunk: Buffer): void {
    this.#pending = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
  }

  /**
   * The next frame the bytes appended so far complete, or undefined until more bytes come. One
   * at a time, so that a reader may stop taking frames (its queue is full) and leave the rest
   * of a chunk unread, as bytes.
   */
  next(): Frame | undefined {
    for (;;) {
      const frame = this.#step();
      if (frame !== null) return frame;
    }
  }

  /** The next frame; null when bytes were used without completing one; undefined when more bytes are needed. */
  #step(): Frame | null | undefined {
    const state = this.#state;
    // Asked again with nothing new (the reader reads on after each message handled): nothing to add to a body.
    if (this.#pending.length === 0 && (state.kind === "body" || state.kind === "head" || state.kind === "skip") && state.left > 0) return undefined;
    if (state.kind === "head") {
      const taken = this.#pending.subarray(0, state.wanted);
      state.wanted -= taken.length;
      state.left -= taken.length;
      this.#pending = this.#pending.subarray(taken.length);
      state.chunks.push(taken);
      if (state.wanted > 0 && state.left > 0) return undefined;
      this.#state = state.left > 0 ? { kind: "skip", left: state.left } : { kind: "header" };
      const limit = this.#maxMessageSize;
      return { fault: `a message of ${state.size} bytes is over the server's limit of ${limit} bytes; it is skipped unread`, oversized: { size: state.size, limit, head: Buffer.concat(state.chunks) } };
    }
    if (state.kind === "skip" || state.kind === "body") {
      // A body's chunks are kept apart and joined once: joining at each chunk copies it all again.
      const taken = this.#pending.subarray(0, state.left);
      state.left -= taken.length;
      this.#pending = this.#pending.subarray(taken.length);
      if (state.kind === "body") state.chunks.push(taken);
      if (state.left > 0) return undefined;
      this.#state = { kind: "header" };
      return state.kind === "body" ? { body: Buffer.concat(state.chunks) } : null;
    }
    if (state.kind === "resync") {
      const at = indexOfToken(this.#pending, resyncToken);
      if (at === -1) {
        // Keep what could be the start of the token, cut by the chunk's end.
        this.#pending = this.#pending.subarray(Math.max(0, this.#pending.length - (resyncToken.length - 1)));
        return undefined;
      }
      this.#pending = this.#pending.subarray(at);
      this.#state = { kind: "header" };
      return null;
    }
    const end = this.#pending.indexOf(headerEnd);
    if (end === -1) {
      if (this.#pending.length <= maxHeaderSize) return undefined;
      return this.#fault(`a header block runs past ${maxHeaderSize} bytes without its end (an empty line)`, 1);
    }
    // Skipping one byte at least, so that the search for the next header moves on from this one.
    if (end > maxHeaderSize) return this.#fault(`a header block runs past ${maxHeaderSize} bytes`, 1);
    const lines = this.#pending.subarray(0, end).toString("latin1").split("\r\n");
    const rest = end + headerEnd.length;
    const lengths = lines.filter((line) => /^content-length\s*:/i.test(line)).map((line) => line.slice(line.indexOf(":") + 1).trim());
    const [length] = lengths;
    if (length === undefined) return this.#fault("a message has no Content-Length header", rest);
    if (lengths.length > 1 || !/^[0-9]+$/.test(length)) return this.#fault(`a message's Content-Length is not a number of bytes: ${JSON.stringify(lengths.join(", ").slice(0, 40))}`, rest);
    const size = Number(length);
    this.#pending = this.#pending.subarray(rest);
    if (size > this.#maxMessageSize) {
      // Its first bytes only, never more than a message within the limit.
      this.#state = { kind: "head", left: size, size, chunks: [], wanted: Math.min(maxHeadSize, this.#maxMessageSize) };
      return null;
    }
    this.#state = { kind: "body", left: size, chunks: [] };
    return null;
  }

  /** Reports a fault and looks for the next message from `from` on. */
  #fault(fault: string, from: number): Frame {
    this.#pending = this.#pending.subarray(from);
    this.#state = { kind: "resync" };
    return { fault };
  }
}
