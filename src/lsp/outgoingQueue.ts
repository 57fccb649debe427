import { AbstractMessageWriter, Message, type MessageWriter, type PublishDiagnosticsParams } from "vscode-languageserver/node";

/** How much the server holds of what it has to send and the client has not yet read. */
export interface OutgoingLimits {
  /** Log and show messages waiting: one more is dropped, and counted. */
  readonly maxNotes: number;
  /** Responses and the server's own requests waiting: at this many, the server reads nothing more from the client until it has read some. */
  readonly maxReplies: number;
}

/** An editor reads what the server writes as it comes; a hundred answers unread mean it has stopped reading. */
export const defaultOutgoingLimits: OutgoingLimits = { maxNotes: 100, maxReplies: 100 };

/** What waits to be written now, the most that has, and how many log and show messages were dropped in all. */
export interface Unsent {
  readonly messages: number;
  readonly bytes: number;
  readonly peakMessages: number;
  readonly peakBytes: number;
  readonly dropped: number;
}

interface Entry {
  readonly message: Message;
  readonly bytes: number;
  readonly kind: "diagnostics" | "note" | "reply";
  readonly settle: (error?: unknown) => void;
}

const notes = new Set(["window/logMessage", "window/showMessage"]);

function kindOf(message: Message): Entry["kind"] {
  if (!Message.isNotification(message)) return "reply";
  if (message.method === "textDocument/publishDiagnostics") return "diagnostics";
  return notes.has(message.method) ? "note" : "reply";
}

const uriOf = (message: Message): unknown => ((message as { params?: Partial<PublishDiagnosticsParams> }).params ?? {}).uri;

/**
 * The server's writer, one message at a time to the stream, holding the rest here in bounded
 * memory. vscode-jsonrpc's StreamMessageWriter hands each message to the stream, which buffers
 * all a client does not read (a pipe's writes are asynchronous on Linux): a hung editor that kept
 * sending edits grew the server without bound. Here, as LSP allows:
 *
 * - publishDiagnostics for a document replaces the one for it still waiting ("newly pushed
 *   diagnostics always replace previously pushed diagnostics"): the client gets only the latest.
 * - A log or show message beyond `maxNotes` waiting is dropped and counted; once all that waited
 *   is written, one log line says how many.
 * - Responses and the server's requests are never dropped (the other side waits for them):
 *   at `maxReplies` waiting, `full` tells the reader to read no more, so that the requests
 *   that would be answered wait in the pipe; `onRoom` says when it may read on.
 */
export class OutgoingQueue extends AbstractMessageWriter implements MessageWriter {
  readonly #writer: MessageWriter;
  readonly #limits: OutgoingLimits;
  readonly #onRoom: () => void;
  readonly #onWritten: (message: Message) => void;
  readonly #entries: Entry[] = [];
  #writing = false;
  #bytes = 0;
  #notes = 0;
  #replies = 0;
  #peakMessages = 0;
  #peakBytes = 0;
  #dropped = 0;
  #droppedUntold = 0;

  /** `onWritten`: a message is written (or failed), and what waited after it is under way. */
  constructor(writer: MessageWriter, limits: OutgoingLimits, onRoom: () => void, onWritten: (message: Message) => void = () => undefined) {
    super();
    this.#writer = writer;
    this.#limits = limits;
    this.#onRoom = onRoom;
    this.#onWritten = onWritten;
    writer.onError(([error, message, count]) => this.fireError(error, message, count));
    writer.onClose(() => this.fireClose());
  }

  get full(): boolean {
    return this.#replies >= this.#limits.maxReplies;
  }

  /** Nothing waits and nothing is being written: all the server had to say is the stream's. */
  get idle(): boolean {
    return !this.#writing && this.#entries.length === 0;
  }

  get unsent(): Unsent {
    return { messages: this.#entries.length, bytes: this.#bytes, peakMessages: this.#peakMessages, peakBytes: this.#peakBytes, dropped: this.#dropped };
  }

  /** Settles when the message is written, or replaced or dropped unwritten. */
  write(message: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const kind = kindOf(message);
      if (kind === "note" && this.#notes >= this.#limits.maxNotes) {
        this.#dropped++;
        this.#droppedUntold++;
        return resolve();
      }
      if (kind === "diagnostics") {
        const at = this.#entries.findIndex((entry) => entry.kind === "diagnostics" && uriOf(entry.message) === uriOf(message));
        if (at >= 0) this.#remove(at).settle();
      }
      // Measured only when it will wait here: one written at once is the stream's, and its text is made there.
      const bytes = this.#writing ? Buffer.byteLength(JSON.stringify(message)) : 0;
      const entry: Entry = { message, bytes, kind, settle: (error) => (error === undefined ? resolve() : reject(error)) };
      this.#entries.push(entry);
      this.#count(entry, 1);
      this.#next();
    });
  }

  end(): void {
    this.#writer.end();
  }

  override dispose(): void {
    super.dispose();
    this.#writer.dispose();
  }

  #next(): void {
    if (this.#writing) return;
    if (this.#entries.length === 0) return this.#tellDropped();
    const wasFull = this.full;
    const entry = this.#remove(0);
    this.#writing = true;
    this.#writer.write(entry.message).then(
      () => entry.settle(),
      (error: unknown) => entry.settle(error ?? new Error("the message could not be written")),
    ).finally(() => {
      this.#writing = false;
      this.#next();
      this.#onWritten(entry.message);
    });
    if (wasFull && !this.full) this.#onRoom();
  }

  /** Everything that waited is written: the client reads again, and hears how many notes it missed. */
  #tellDropped(): void {
    if (this.#droppedUntold === 0) return;
    const message = `oms-lint: ${this.#droppedUntold} log and show messages were dropped while the client was not reading what the server wrote`;
    this.#droppedUntold = 0;
    void this.write({ jsonrpc: "2.0", method: "window/logMessage", params: { type: 2, message } } as Message);
  }

  #remove(at: number): Entry {
    const [entry] = this.#entries.splice(at, 1) as [Entry];
    this.#count(entry, -1);
    return entry;
  }

  #count(entry: Entry, sign: 1 | -1): void {
    this.#bytes += sign * entry.bytes;
    if (entry.kind === "note") this.#notes += sign;
    if (entry.kind === "reply") this.#replies += sign;
    this.#peakMessages = Math.max(this.#peakMessages, this.#entries.length);
    this.#peakBytes = Math.max(this.#peakBytes, this.#bytes);
  }
}
