import { PassThrough } from "node:stream";
import { Message, StreamMessageReader, type ResponseMessage } from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import type { ServerState } from "../../src/lsp/server.js";
import { serveStreams } from "../../src/lsp/serveStreams.js";
import { defaultStreamLimits } from "../../src/lsp/guardedConnection.js";
import type { Held, QueueLimits } from "../../src/lsp/incomingQueue.js";
import type { OutgoingLimits, Unsent } from "../../src/lsp/outgoingQueue.js";

/** Limits smaller than `oms-lint lsp`'s, so that a test reaches them cheaply: a message's size, the queue's, or the output's. */
export type WireLimits = number | { readonly maxMessageSize?: number; readonly queue?: Partial<QueueLimits>; readonly output?: Partial<OutgoingLimits> };

/** A request's bytes on the wire, framed as the base protocol says. */
export const framed = (message: unknown): string => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** A request the server answers at once (a hover over a document it does not have: null). */
export const hover = (id: number): string =>
  framed({ jsonrpc: "2.0", id, method: "textDocument/hover", params: { textDocument: { uri: "file:///nowhere.json" }, position: { line: 0, character: 0 } } });

/**
 * The server as `oms-lint lsp` wires it (serveStreams), in this process
 * over in-memory streams, and a client that writes raw bytes to it, so that a test can send
 * what no well-behaved client library would, and reads every message it answers.
 */
export class RawWire {
  readonly #toServer = new PassThrough();
  readonly #toClient = new PassThrough();
  readonly received: Message[] = [];
  /** What the server holds, for the tests that count it. */
  readonly server: ServerState;
  /** What the server has read and not yet handled. */
  readonly held: () => Held | undefined;
  /** What the server has to write and has not yet handed to the stream. */
  readonly unsent: () => Unsent;
  readonly #inputEnded: (end: () => void) => void;
  #waiters: (() => void)[] = [];

  constructor(limits: WireLimits = {}) {
    const { maxMessageSize = defaultStreamLimits.maxMessageSize, queue = {}, output = {} } = typeof limits === "number" ? { maxMessageSize: limits } : limits;
    const served = serveStreams(this.#toServer, this.#toClient, { maxMessageSize, queue: { ...defaultStreamLimits.queue, ...queue }, output: { ...defaultStreamLimits.output, ...output } });
    this.server = served.state;
    this.held = served.held;
    this.unsent = served.unsent;
    this.#inputEnded = served.inputEnded;
    new StreamMessageReader(this.#toClient).listen((message) => {
      this.received.push(message);
      for (const waiter of this.#waiters) waiter();
    });
  }

  /** Initializes as a client does before anything else (request id 1), with the client's `capabilities` and workspace folder. */
  async initialize(capabilities: object = {}, rootUri: string | null = null): Promise<void> {
    this.send(framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri, capabilities } }));
    await this.response(1);
    this.send(framed({ jsonrpc: "2.0", method: "initialized", params: {} }));
  }

  /** Stops reading what the server writes, as a hung editor does: the server's writes wait. */
  pauseReading(): void {
    this.#toClient.pause();
  }

  resumeReading(): void {
    this.#toClient.resume();
  }

  /** The bytes written to the client and not yet read (the stream's buffers, its own bound). */
  get unread(): number {
    return this.#toClient.writableLength + this.#toClient.readableLength;
  }

  send(bytes: string | Buffer): void {
    this.#toServer.write(bytes);
  }

  /** Sends a notification, framed as a client library frames it. */
  notify(method: string, params: unknown): void {
    this.send(framed({ jsonrpc: "2.0", method, params }));
  }

  /** Sends a request, framed as a client library frames it. */
  request(id: number | string, method: string, params: unknown): void {
    this.send(framed({ jsonrpc: "2.0", id, method, params }));
  }

  /** The diagnostics the server published among the messages from index `from` on. */
  published(from = 0): PublishDiagnosticsParams[] {
    return this.received.slice(from).flatMap((m) => (Message.isNotification(m) && m.method === "textDocument/publishDiagnostics" ? [m.params as PublishDiagnosticsParams] : []));
  }

  /** The response to request `id`, once it comes. */
  response(id: number): Promise<ResponseMessage> {
    return this.until(() => this.received.find((m): m is ResponseMessage => "id" in m && m.id === id && !("method" in m)));
  }

  /** What `find` finds in the messages received, as soon as it finds something (checked again at each message). */
  until<T>(find: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = () => {
        const found = find();
        if (found !== undefined) resolve(found);
        return found !== undefined;
      };
      if (!check()) this.#waiters.push(() => void check());
    });
  }

  /** The lines the server wrote to the client's log (window/logMessage) among the messages from index `from` on. */
  logged(from: number): string[] {
    return this.received.slice(from).flatMap((m) => (Message.isNotification(m) && m.method === "window/logMessage" ? [(m.params as { message: string }).message] : []));
  }

  /** What the server showed the user (window/showMessage) among the messages from index `from` on. */
  shown(from: number): string[] {
    return this.received.slice(from).flatMap((m) => (Message.isNotification(m) && m.method === "window/showMessage" ? [(m.params as { message: string }).message] : []));
  }

  /** The error responses with id null among the messages from index `from` on. */
  unaddressedErrors(from: number): ResponseMessage["error"][] {
    return this.received.slice(from).flatMap((m) => (Message.isResponse(m) && m.id === null ? [m.error] : []));
  }

  close(): void {
    this.#toServer.end();
  }

  /**
   * Ends the input as `oms-lint lsp` sees its standard input end, and resolves where the process
   * would exit, once every message the server wrote by then has been read here (the reader hands
   * them on one turn after another: a message of this wire's own, written after them, comes last).
   */
  async endInput(): Promise<void> {
    await new Promise<void>((ended) => {
      this.#toServer.once("end", () => this.#inputEnded(ended));
      this.#toServer.end();
    });
    const last = { jsonrpc: "2.0", method: "$/rawWire/ended" };
    this.#toClient.write(framed(last));
    await this.until(() => this.received.find((m) => Message.isNotification(m) && m.method === last.method));
    this.received.pop();
  }
}
