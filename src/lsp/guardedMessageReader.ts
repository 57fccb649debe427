import { ownField, ownFields, ownsKey } from "../engine/ownField.js";
import type { Readable } from "node:stream";
import { AbstractMessageReader, Disposable, ErrorCodes, LSPErrorCodes, type DataCallback, type Message, type MessageReader, type ResponseMessage } from "vscode-languageserver/node";
import { defaultQueueLimits, IncomingQueue, type Held, type QueueLimits } from "./incomingQueue.js";
import { MessageFraming, maxHeadSize, maxMessageSize, type Frame } from "./messageFraming.js";
import { countedAsDidChange, countMessage, mustPassStrictLimits } from "./messageStructure.js";
import { jsonRpcShape } from "./jsonRpcShape.js";
import { parsedMessage } from "./parsedMessage.js";
import { messageHead, parsedHead, type MessageHead } from "./messageHead.js";
import { documentSyncMethods, droppedMethod, type Dropped } from "./droppedMessage.js";
import { clientNotificationMethods } from "./notificationMethods.js";
import { droppedWatchedFilesMethod, watchedFilesMethod, type DroppedWatchedFiles } from "./droppedWatchedFiles.js";

/** Hands the client an error response the reader owes it (it has no connection of its own). */
export type Answer = (response: ResponseMessage) => void;

/** What the reader holds at most: one message's bytes, and the messages read and not yet handled. */
export interface ReaderLimits {
  readonly maxMessageSize: number;
  readonly queue: QueueLimits;
}

export const defaultReaderLimits: ReaderLimits = { maxMessageSize, queue: defaultQueueLimits };

/** Hands a message on, with its size on the wire and the values it holds (what its parse weighs). */
type Hand = (message: Message, bytes: number, values?: number) => void;

/** A message not read: what is known of it (messageHead of its first bytes, or of its parse), its size, the error's message, and what it passed (over the size limit, past the structure limits). */
interface Unread {
  readonly head: MessageHead;
  readonly size: number;
  readonly fault: string;
  readonly past: string;
}

/** Made to inherit nothing, as every message handed on does: vscode-jsonrpc reads a response's `method` to tell it from a request. */
const errorResponse = (id: string | number | null, code: number, why: string): ResponseMessage => ownFields({ jsonrpc: "2.0", id, error: ownFields({ code, message: `oms-lint: ${why}` }) });

/**
 * vscode-jsonrpc's stream reader, made to answer what it cannot read, as JSON-RPC 2.0 says: a
 * body that is not JSON, or bytes that cannot be framed, get a Parse error (-32700) with id
 * null; JSON that is not a message, a message over the size limit, or one past the structure
 * limits (counted before any parse: messageStructure.ts), an Invalid Request (-32600), with
 * the request's id when it has one (over a limit, when its first bytes name it: messageHead). Its own reader only fires an error event,
 * which vscode-languageserver does not listen to: the client waited for ever, and a request
 * whose body was null or a number reached the message strategy, whose `in` threw.
 */
export class GuardedMessageReader extends AbstractMessageReader implements MessageReader {
  readonly #input: Readable;
  readonly #answer: Answer;
  readonly #limits: ReaderLimits;
  readonly #outputFull: () => boolean;
  readonly #settled: () => boolean;
  #queue: IncomingQueue | undefined;
  #read: (() => void) | undefined;
  #paused = false;
  /** The input has closed: "told" once the connection has been told (its close event), when all read was handed on. */
  #closed: boolean | "told" = false;

  /**
   * `outputFull`: whether the client has left so much unread that the server should read no more
   * (OutgoingQueue); `settled`: asked once the input has closed and all read is handed on, whether every
   * request handed on has been answered and the work the server put off is done (ExitAfterAnswers).
   */
  constructor(input: Readable, answer: Answer, limits = defaultReaderLimits, outputFull: () => boolean = () => false, settled: () => boolean = () => true) {
    super();
    this.#input = input;
    this.#answer = answer;
    this.#limits = limits;
    this.#outputFull = outputFull;
    this.#settled = settled;
  }

  /** The client has read some of what the server wrote: reading may go on. */
  readOn(): void {
    this.#read?.();
  }

  /** What is read and not yet handled (IncomingQueue). */
  get held(): Held | undefined {
    return this.#queue?.held;
  }

  /** Every whole message read is handed to the connection and taken: none waits in the queue, nor in bytes read while reading was paused. */
  get drained(): boolean {
    return !this.#paused && (this.#queue?.empty ?? true);
  }

  /** The connection takes `message` to handle (its message strategy): the next one may go to it. */
  taken(message: Message): void {
    this.#queue?.taken(message);
    this.#closeWhenDrained();
  }

  /** The writer has written a message, or the work put off is done: the last of what the close waits for may be. */
  settled(): void {
    this.#closeWhenDrained();
  }

  /**
   * The connection hears that the input closed only once it has taken every message read before,
   * answered every request among them, and done the lints they put off: vscode-jsonrpc's connection, once closed, throws on
   * every notification and request the server sends, and the server's handlers of those messages
   * (`initialized` registering its watcher, a lint publishing, a hover that lints a change not yet
   * linted and publishes it before it answers) failed with a stack trace, where they had been read in time.
   */
  #closeWhenDrained(): void {
    if (this.#closed !== true || !this.drained || !this.#settled()) return;
    this.#closed = "told";
    this.fireClose();
  }

  /**
   * Reads frames while the queue has room and the output is not full; otherwise stops reading
   * (the input is paused, and the rest of a chunk read stays bytes) until the connection has
   * taken a message, or the client has read what waited for it (`readOn`).
   */
  listen(callback: DataCallback): Disposable {
    const framing = new MessageFraming(this.#limits.maxMessageSize);
    const queue = new IncomingQueue(callback, (id, why) => this.#answer(errorResponse(id, LSPErrorCodes.RequestCancelled, why)), this.#limits.queue, () => read());
    this.#queue = queue;
    const hand: Hand = (message, bytes, values) => {
      try {
        queue.push(message, bytes, values);
      } catch (error) {
        // vscode-jsonrpc reads $/cancelRequest's params here, before any handler: an id of null throws.
        this.#answer(errorResponse(null, ErrorCodes.InvalidRequest, (error as Error).message));
      }
    };
    const read = () => {
      while (!queue.full && !this.#outputFull()) {
        const frame = framing.next();
        if (frame === undefined) {
          if (this.#paused) this.#input.resume();
          this.#paused = false;
          return;
        }
        this.#deliver(frame, hand);
      }
      if (!this.#paused) this.#input.pause();
      this.#paused = true;
    };
    this.#read = read;
    const onData = (chunk: Buffer) => {
      framing.append(chunk);
      read();
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => {
      if (this.#closed === false) this.#closed = true;
      this.#closeWhenDrained();
    };
    this.#input.on("data", onData).on("error", onError).on("close", onClose);
    return Disposable.create(() => void this.#input.off("data", onData).off("error", onError).off("close", onClose));
  }

  #deliver(frame: Frame, hand: Hand): void {
    if (ownsKey(frame, "fault")) {
      const oversized = ownField(frame, "oversized");
      if (oversized === undefined) return this.#answer(errorResponse(null, ErrorCodes.ParseError, frame.fault));
      const { head, size, limit } = oversized;
      return this.#skipped({ head: messageHead(head), size, fault: frame.fault, past: `over the language server's limit of ${limit} bytes` }, hand);
    }
    const body = frame.body.toString("utf8");
    const head = messageHead(frame.body.subarray(0, maxHeadSize));
    // Counted before it is built, at the limits its first bytes' method allows: a body past them is refused as one over the size limit is.
    const asDidChange = countedAsDidChange(head.method);
    const counted = countMessage(body, asDidChange);
    if (typeof counted === "object") return this.#skipped({ head, size: frame.body.length, ...counted }, hand);
    let value: unknown;
    try {
      value = parsedMessage(body);
    } catch (error) {
      return this.#answer(errorResponse(null, ErrorCodes.ParseError, `a message's body is not JSON (${(error as Error).message})`));
    }
    if (asDidChange && mustPassStrictLimits(value)) {
      // Not a didChange by its own method (JSON.parse keeps the last): let go unrun unless within every other message's limits.
      const strict = countMessage(body, false);
      if (typeof strict === "object") return this.#skipped({ head: parsedHead(value), size: frame.body.length, ...strict }, hand);
    }
    const shape = jsonRpcShape(value);
    if (ownsKey(shape, "invalid")) return this.#answer(errorResponse(shape.id, ErrorCodes.InvalidRequest, shape.invalid));
    hand(shape.message, frame.body.length, counted);
  }

  /**
   * A message over the size limit, skipped unread past its first bytes, or one past the
   * structure limits (messageStructure.ts), never parsed. A request whose first
   * bytes name its id and method is answered to that id, so that the client does not wait for
   * ever; a response to one of the server's requests fails that request, which would otherwise
   * wait for ever. A notification (an LSP notification's method, no id) gets no answer: JSON-RPC
   * forbids one, and one with id null was an error the client could match to nothing. Otherwise
   * the answer has id null: what the message was cannot be known
   * without reading all of it. A message that may have changed a document (a didOpen, didChange
   * or didClose, or one whose method is not in its first bytes) is told to the server, in its
   * place among the messages, which then no longer trusts that document's text (or, when the
   * document is not named, any open document's). A didChangeWatchedFiles (or a message whose
   * method is not in its first bytes) is told too: any watched file may have changed.
   */
  #skipped({ head, size, fault, past }: Unread, hand: Hand): void {
    const { id, method, uri, version, answers } = head;
    if (id !== undefined && method !== undefined) this.#answer(errorResponse(id, ErrorCodes.InvalidRequest, fault));
    else if (id !== undefined && answers) hand(errorResponse(id, ErrorCodes.InvalidRequest, `the client's answer to request ${JSON.stringify(id)} was ${size} bytes, ${past}`), 0);
    else if (method === undefined || !clientNotificationMethods.has(method)) this.#answer(errorResponse(null, ErrorCodes.InvalidRequest, fault));
    if (answers && method === undefined) return;
    if (method === watchedFilesMethod || method === undefined) {
      // Any watched file may have changed, the config among them: the server reads them all again (droppedWatchedFiles.ts).
      const what = method === undefined ? `a message (${size} bytes) that may have been a ${watchedFilesMethod}` : `a ${watchedFilesMethod} (${size} bytes)`;
      const dropped: DroppedWatchedFiles = { why: `${what} was ${past}` };
      hand(ownFields({ jsonrpc: "2.0", method: droppedWatchedFilesMethod, params: ownFields(dropped) }) as Message, 0);
    }
    if (method !== undefined && !documentSyncMethods.has(method)) return;
    const what = method === undefined ? `a message (${size} bytes) that may have changed it` : `its ${method.slice("textDocument/".length)} (${size} bytes)`;
    const why = `${what} was ${past}`;
    const dropped: Dropped = { ...(method === undefined ? {} : { method }), ...(uri === undefined ? {} : { uri }), ...(version === undefined ? {} : { version }), why };
    hand(ownFields({ jsonrpc: "2.0", method: droppedMethod, params: ownFields(dropped) }) as Message, 0);
  }
}
