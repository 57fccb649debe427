import type { Readable, Writable } from "node:stream";
import { createConnection, MessageStrategy, StreamMessageWriter, type Connection, type ConnectionOptions } from "vscode-languageserver/node";
import { defaultReaderLimits, GuardedMessageReader, type ReaderLimits } from "./guardedMessageReader.js";
import type { Held } from "./incomingQueue.js";

/**
 * A server connection over a pair of streams that answers malformed traffic (GuardedMessageReader)
 * and reads it in bounded memory: `oms-lint lsp` over stdio, the tests over in-memory streams.
 * Its error responses go through the connection's own writer, one message after another. The
 * message strategy tells the reader when the connection takes a message, so that the reader
 * hands it the next (IncomingQueue).
 */
export function guardedConnection(input: Readable, output: Writable, { messageStrategy, ...options }: ConnectionOptions, limits: ReaderLimits = defaultReaderLimits): { connection: Connection; held: () => Held | undefined } {
  const writer = new StreamMessageWriter(output);
  const reader = new GuardedMessageReader(input, (response) => void writer.write(response).catch(() => undefined), limits);
  const taking: MessageStrategy = {
    handleMessage(message, next) {
      try {
        return MessageStrategy.is(messageStrategy) ? messageStrategy.handleMessage(message, next) : next(message);
      } finally {
        reader.taken(message);
      }
    },
  };
  return { connection: createConnection(reader, writer, { ...options, messageStrategy: taking }), held: () => reader.held };
}
