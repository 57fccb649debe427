import type { Readable } from "node:stream";
import { AbstractMessageReader, Disposable, ErrorCodes, type DataCallback, type MessageReader, type ResponseMessage } from "vscode-languageserver/node";
import { MessageFraming, maxMessageSize, type Frame } from "./messageFraming.js";
import { jsonRpcShape } from "./jsonRpcShape.js";

/** Hands the client an error response the reader owes it (it has no connection of its own). */
export type Answer = (response: ResponseMessage) => void;

const errorResponse = (id: string | number | null, code: number, why: string): ResponseMessage => ({ jsonrpc: "2.0", id, error: { code, message: `oms-lint: ${why}` } });

/**
 * vscode-jsonrpc's stream reader, made to answer what it cannot read, as JSON-RPC 2.0 says: a
 * body that is not JSON, or bytes that cannot be framed, get a Parse error (-32700) with id
 * null; JSON that is not a message, or a message over the size limit, an Invalid Request
 * (-32600), with the request's id when it has one. Its own reader only fires an error event,
 * which vscode-languageserver does not listen to: the client waited for ever, and a request
 * whose body was null or a number reached the message strategy, whose `in` threw.
 */
export class GuardedMessageReader extends AbstractMessageReader implements MessageReader {
  readonly #input: Readable;
  readonly #answer: Answer;
  readonly #maxSize: number;

  constructor(input: Readable, answer: Answer, maxSize = maxMessageSize) {
    super();
    this.#input = input;
    this.#answer = answer;
    this.#maxSize = maxSize;
  }

  listen(callback: DataCallback): Disposable {
    const framing = new MessageFraming(this.#maxSize);
    const onData = (chunk: Buffer) => {
      for (const frame of framing.push(chunk)) this.#deliver(frame, callback);
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.#input.on("data", onData).on("error", onError).on("close", onClose);
    return Disposable.create(() => void this.#input.off("data", onData).off("error", onError).off("close", onClose));
  }

  #deliver(frame: Frame, callback: DataCallback): void {
    if ("fault" in frame) return this.#answer(errorResponse(null, frame.tooLarge ? ErrorCodes.InvalidRequest : ErrorCodes.ParseError, frame.fault));
    let value: unknown;
    try {
      value = JSON.parse(frame.body.toString("utf8"));
    } catch (error) {
      return this.#answer(errorResponse(null, ErrorCodes.ParseError, `a message's body is not JSON (${(error as Error).message})`));
    }
    const shape = jsonRpcShape(value);
    if ("invalid" in shape) return this.#answer(errorResponse(shape.id, ErrorCodes.InvalidRequest, shape.invalid));
    try {
      callback(shape.message);
    } catch (error) {
      // vscode-jsonrpc reads $/cancelRequest's params here, before any handler: an id of null throws.
      this.#answer(errorResponse(null, ErrorCodes.InvalidRequest, (error as Error).message));
    }
  }
}
