/**
 * The limits of one message on the wire. An editor sends a document whole in didOpen: VS Code
 * syncs no file above 50 MB to its extensions, and JSON escaping (quotes, backslashes, line
 * breaks) at most doubles ordinary text, so 256 MiB is far above any real message, and far
 * below what a hostile Content-Length (10 GB) would make the server hold.
 */
export const maxMessageSize = 256 * 1024 * 1024;
/** A real header block is under 100 bytes (Content-Length and, at most, Content-Type). */
export const maxHeaderSize = 8 * 1024;

/** What the framing makes of the bytes: a message's body, or why bytes were skipped. */
export type Frame = { readonly body: Buffer } | { readonly fault: string; readonly tooLarge?: true };

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
  /** Reading: a header block; a body of a known length; skipping an over-long body; looking for the next header after a fault. */
  #state: { readonly kind: "header" } | { readonly kind: "body"; left: number; readonly chunks: Buffer[] } | { kind: "skip"; left: number } | { readonly kind: "resync" } = { kind: "header" };

  constructor(maxSize = maxMessageSize) {
    this.#maxMessageSize = maxSize;
  }

  /** The frames that the bytes received so far complete. */
  push(chunk: Buffer): Frame[] {
    this.#pending = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    const frames: Frame[] = [];
    for (;;) {
      const frame = this.#next();
      if (frame === undefined) return frames;
      if (frame !== null) frames.push(frame);
    }
  }

  /** The next frame; null when bytes were used without completing one; undefined when more bytes are needed. */
  #next(): Frame | null | undefined {
    const state = this.#state;
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
      this.#state = { kind: "skip", left: size };
      return { fault: `a message of ${size} bytes is over the server's limit of ${this.#maxMessageSize} bytes; it is skipped unread`, tooLarge: true };
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
