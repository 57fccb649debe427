import { ownFields } from "../engine/ownField.js";
import { LSPErrorCodes, Message, type NotificationMessage, type RequestMessage } from "vscode-languageserver/node";
import type { DidChangeTextDocumentParams } from "vscode-languageserver";
import { replacesText } from "./documentChanges.js";
import { didChangeProblem } from "./lspParams.js";
import { didChangeStructureLimits } from "./messageStructure.js";

/** How much the server holds of what the client sent and it has not yet handled. */
export interface QueueLimits {
  /** Messages held: at this many, the server reads no more until it has handled some. */
  readonly maxMessages: number;
  /** Their bytes (the bodies as sent): likewise. */
  readonly maxBytes: number;
  /**
   * Their values, the one handed to the connection counted: likewise. What waits is parsed, ~80
   * bytes a value of `{}` where the bytes are 3: 17 didChanges of 5,000,000 `{}` within maxBytes
   * took the server to 1.82 GB.
   */
  readonly maxValues: number;
  /** Requests waiting: one more is answered RequestCancelled at once, unrun. */
  readonly maxRequests: number;
}

/**
 * An editor sends a few messages a keystroke; a thousand waiting means the server is far
 * behind, and the answers to the requests among them would come too late to be of use.
 */
export const defaultQueueLimits: QueueLimits = { maxMessages: 1000, maxBytes: 64 * 1024 * 1024, maxValues: didChangeStructureLimits.maxValues, maxRequests: 100 };

/** What the queue holds now, and the most it has held. */
export interface Held {
  readonly messages: number;
  readonly bytes: number;
  readonly peakMessages: number;
  readonly peakBytes: number;
  readonly values: number;
  readonly peakValues: number;
}

interface Entry {
  message: Message;
  bytes: number;
  values: number;
}

const cancelRequest = "$/cancelRequest";
/** Requests the lifecycle needs answered by the server itself, never shed. */
const lifecycle = new Set(["initialize", "shutdown"]);

const uriOf = (message: NotificationMessage): unknown => (message.params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
/** Whether a request is about a document: by its textDocument (hover, code action), a command's arguments, or a code action's data (codeAction/resolve). */
function requestNames(message: RequestMessage, uri: string): boolean {
  const params = message.params as { textDocument?: { uri?: unknown }; arguments?: unknown; data?: { uri?: unknown } } | null | undefined;
  return params?.textDocument?.uri === uri || (Array.isArray(params?.arguments) && params.arguments.includes(uri)) || params?.data?.uri === uri;
}
/** A didChange whose params are as LSP says (the others are refused when handled, and never merged). */
const wellFormedChange = (message: Message): message is NotificationMessage & { params: DidChangeTextDocumentParams } =>
  Message.isNotification(message) && message.method === "textDocument/didChange" && didChangeProblem(message.params) === undefined;

/**
 * The messages read and not yet handled, held here rather than in vscode-jsonrpc's queue, which
 * takes all that is read, without bound (a client that writes faster than the server handles
 * grew it for ever), and runs every request in it, even one whose answer can only be too late.
 * The connection is handed one message at a time, the next when it takes the last (`taken`), so
 * that its own queue never holds more than one. Here:
 *
 * - A whole-text didChange replaces the changes to its document still waiting since the last
 *   request about it (and takes the place of the first of them): what they would have done it
 *   undoes, so nothing the user typed is lost. A request about the document is answered against
 *   the text the client had sent before it, so changes are never merged across one (LSP 3.17
 *   lets a server reorder "as long as this reordering doesn't affect the correctness of the
 *   responses"; a hover asked at a place in the older text and answered from the newer is
 *   wrong). Other messages between them see the newer text, which changes no answer of theirs.
 *   Incremental changes are never merged or dropped.
 * - A request beyond `maxRequests` waiting is answered RequestCancelled (-32800) at once, unrun
 *   (initialize and shutdown aside): its answer would come after a hundred others.
 * - $/cancelRequest of a waiting request answers it RequestCancelled and drops it (of the one
 *   handed on, vscode-jsonrpc does, through cancelQueued). Of any other, it is dropped: the
 *   request has been answered or is under way, and no handler here reads a cancellation token;
 *   vscode-jsonrpc kept each such id in a set until it handled the notification.
 * - `full` tells the reader to stop reading: what the client sends then waits in the pipe (the
 *   client's memory, or the operating system's buffer), never in the server's, and nothing is lost.
 */
export class IncomingQueue {
  readonly #entries: Entry[] = [];
  readonly #deliver: (message: Message) => void;
  readonly #answer: (id: number | string, message: string) => void;
  readonly #limits: QueueLimits;
  readonly #onRoom: () => void;
  #handedOn: Message | undefined;
  /** The values of the message handed on: held until the connection takes it. */
  #handedOnValues = 0;
  #bytes = 0;
  #values = 0;
  #peakValues = 0;
  #requests = 0;
  #peakMessages = 0;
  #peakBytes = 0;

  /**
   * `deliver` hands a message to the connection; `answer` answers a request RequestCancelled;
   * `onRoom` is called when the connection has taken a message, and the reader may read on.
   */
  constructor(deliver: (message: Message) => void, answer: (id: number | string, message: string) => void, limits: QueueLimits, onRoom: () => void) {
    this.#deliver = deliver;
    this.#answer = answer;
    this.#limits = limits;
    this.#onRoom = onRoom;
  }

  get full(): boolean {
    return this.#entries.length >= this.#limits.maxMessages || this.#bytes >= this.#limits.maxBytes || this.#values + this.#handedOnValues >= this.#limits.maxValues;
  }

  /** Nothing waits here, and the connection has taken all it was handed. */
  get empty(): boolean {
    return this.#entries.length === 0 && this.#handedOn === undefined;
  }

  get held(): Held {
    return { messages: this.#entries.length, bytes: this.#bytes, peakMessages: this.#peakMessages, peakBytes: this.#peakBytes, values: this.#values + this.#handedOnValues, peakValues: this.#peakValues };
  }

  /** A message read from the client, `bytes` long on the wire, holding `values` (the reader's count; none for what it makes itself). */
  push(message: Message, bytes: number, values = 0): void {
    if (Message.isNotification(message) && message.method === cancelRequest) return this.#cancel(message);
    if (this.#handedOn === undefined && this.#entries.length === 0) return this.#handOn(message, values);
    if (Message.isRequest(message) && !lifecycle.has(message.method) && this.#requests >= this.#limits.maxRequests) {
      return this.#answer(message.id!, `${message.method} was not run: ${this.#requests} requests were already waiting (the server is busy)`);
    }
    if (this.#replaceChanges(message, bytes, values)) return;
    const entry = { message, bytes, values };
    this.#entries.push(entry);
    this.#count(entry, 1);
  }

  /** The connection takes a message to handle: the next one is handed on. */
  taken(message: Message): void {
    if (message !== this.#handedOn) return;
    this.#handedOn = undefined;
    this.#handedOnValues = 0;
    this.#next();
    this.#onRoom();
  }

  #next(): void {
    const entry = this.#entries.shift();
    if (entry === undefined) return;
    this.#count(entry, -1);
    this.#handOn(entry.message, entry.values);
  }

  #handOn(message: Message, values: number): void {
    this.#handedOn = message;
    this.#handedOnValues = values;
    this.#peakValues = Math.max(this.#peakValues, this.#values + values);
    this.#deliver(message);
  }

  #count({ message, bytes, values }: Entry, sign: 1 | -1): void {
    this.#bytes += sign * bytes;
    this.#values += sign * values;
    if (Message.isRequest(message)) this.#requests += sign;
    this.#peakMessages = Math.max(this.#peakMessages, this.#entries.length);
    this.#peakBytes = Math.max(this.#peakBytes, this.#bytes);
    this.#peakValues = Math.max(this.#peakValues, this.#values + this.#handedOnValues);
  }

  #cancel(message: NotificationMessage): void {
    const id = (message.params as { id?: unknown } | undefined)?.id;
    // An id that is none (null, an object): vscode-jsonrpc throws, and the reader answers InvalidRequest.
    if (typeof id !== "string" && typeof id !== "number") return this.#deliver(message);
    const at = this.#entries.findIndex(({ message: m }) => Message.isRequest(m) && m.id === id);
    if (at >= 0) {
      const [entry] = this.#entries.splice(at, 1) as [Entry];
      this.#count(entry, -1);
      return this.#answer(id, `${(entry.message as RequestMessage).method} was cancelled before it started`);
    }
    const handedOn = this.#handedOn;
    if (handedOn !== undefined && Message.isRequest(handedOn) && handedOn.id === id) {
      // Still in vscode-jsonrpc's queue: it answers it (cancelQueued) and drops it, and will never take it.
      this.#deliver(message);
      this.#handedOn = undefined;
      this.#handedOnValues = 0;
      this.#next();
    }
  }

  /** Whether a whole-text didChange took the place of the changes to its document waiting before it. */
  #replaceChanges(message: Message, bytes: number, values: number): boolean {
    if (!wellFormedChange(message) || !replacesText(message.params)) return false;
    const { uri, version } = message.params.textDocument;
    const replaced: number[] = [];
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      const queued = (this.#entries[i] as Entry).message;
      // A request about the document is answered against the text before it: the run ends there.
      if (Message.isRequest(queued) && requestNames(queued, uri)) break;
      // Anything else about the document (an open, a close, a save, a dropped change) ends the run.
      if (!Message.isNotification(queued) || (uriOf(queued) !== uri && !queued.method.startsWith("$/oms-lint/"))) continue;
      if (!wellFormedChange(queued) || queued.params.textDocument.version >= version) break;
      replaced.push(i);
    }
    const first = replaced.pop();
    if (first === undefined) return false;
    for (const i of replaced) {
      const [entry] = this.#entries.splice(i, 1) as [Entry];
      this.#count(entry, -1);
    }
    const entry = this.#entries[first] as Entry;
    this.#count(entry, -1);
    const { contentChanges } = message.params;
    let fromWhole = contentChanges.length - 1;
    while ("range" in (contentChanges[fromWhole] as object) && (contentChanges[fromWhole] as { range?: unknown }).range !== undefined) fromWhole--;
    entry.message = ownFields({ ...message, params: ownFields({ ...message.params, contentChanges: contentChanges.slice(fromWhole) }) }) as Message;
    entry.bytes = bytes;
    entry.values = values;
    this.#count(entry, 1);
    return true;
  }
}
