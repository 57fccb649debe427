import { PassThrough } from "node:stream";
import { Message, StreamMessageReader, type ResponseMessage } from "vscode-jsonrpc/node";
import { answerRefusals, lifecycleGate } from "../../src/lsp/lifecycleGate.js";
import { cancelQueued } from "../../src/lsp/cancelQueued.js";
import { guardedConnection } from "../../src/lsp/guardedConnection.js";
import { startServer, type ServerState } from "../../src/lsp/server.js";

/** A request's bytes on the wire, framed as the base protocol says. */
export const framed = (message: unknown): string => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** A request the server answers at once (a hover over a document it does not have: null). */
export const hover = (id: number): string =>
  framed({ jsonrpc: "2.0", id, method: "textDocument/hover", params: { textDocument: { uri: "file:///nowhere.json" }, position: { line: 0, character: 0 } } });

/**
 * The server as `oms-lint lsp` wires it (guardedConnection, the lifecycle gate), in this process
 * over in-memory streams, and a client that writes raw bytes to it, so that a test can send
 * what no well-behaved client library would, and reads every message it answers.
 */
export class RawWire {
  readonly #toServer = new PassThrough();
  readonly received: Message[] = [];
  /** What the server holds, for the tests that count it. */
  readonly server: ServerState;
  #waiters: (() => void)[] = [];

  constructor(maxMessageSize?: number) {
    const toClient = new PassThrough();
    const connection = guardedConnection(this.#toServer, toClient, { messageStrategy: lifecycleGate(), connectionStrategy: cancelQueued }, maxMessageSize);
    answerRefusals(connection);
    this.server = startServer(connection);
    new StreamMessageReader(toClient).listen((message) => {
      this.received.push(message);
      for (const waiter of this.#waiters) waiter();
    });
  }

  /** Initializes as a client does before anything else (request id 1), with the client's `capabilities`. */
  async initialize(capabilities: object = {}): Promise<void> {
    this.send(framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities } }));
    await this.response(1);
    this.send(framed({ jsonrpc: "2.0", method: "initialized", params: {} }));
  }

  send(bytes: string | Buffer): void {
    this.#toServer.write(bytes);
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

  /** The error responses with id null among the messages from index `from` on. */
  unaddressedErrors(from: number): ResponseMessage["error"][] {
    return this.received.slice(from).flatMap((m) => (Message.isResponse(m) && m.id === null ? [m.error] : []));
  }

  close(): void {
    this.#toServer.end();
  }
}
