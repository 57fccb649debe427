import type { Readable, Writable } from "node:stream";
import { createConnection, MessageStrategy, StreamMessageWriter, type Connection, type ConnectionOptions } from "vscode-languageserver/node";
import { ExitAfterAnswers } from "./exitAfterAnswers.js";
import { defaultReaderLimits, GuardedMessageReader, type ReaderLimits } from "./guardedMessageReader.js";
import type { Held } from "./incomingQueue.js";
import { defaultOutgoingLimits, OutgoingQueue, type OutgoingLimits, type Unsent } from "./outgoingQueue.js";

/** What the server holds at most: of what it reads, and of what it writes and the client has not read. */
export interface StreamLimits extends ReaderLimits {
  readonly output: OutgoingLimits;
}

export const defaultStreamLimits: StreamLimits = { ...defaultReaderLimits, output: defaultOutgoingLimits };

/** A connection, and what it holds for its tests: read and not yet handled, written and not yet read. */
export interface GuardedConnection {
  readonly connection: Connection;
  readonly held: () => Held | undefined;
  readonly unsent: () => Unsent;
  /** The input has ended: `end` is called once the messages read are answered and written, or after a bounded wait (ExitAfterAnswers). */
  readonly inputEnded: (end: () => void) => void;
}

/** The work a server puts off (its lints due after a pause in typing), done now that the end has come; undefined when there is none. */
export type Finish = () => Promise<void> | undefined;

/**
 * A server connection over a pair of streams that answers malformed traffic (GuardedMessageReader)
 * and reads and writes in bounded memory: `oms-lint lsp` over stdio, the tests over in-memory streams.
 * Its error responses go through the connection's own writer (OutgoingQueue), one message after
 * another. The message strategy tells the reader when the connection takes a message, so that the
 * reader hands it the next (IncomingQueue); the writer tells it when the client has read enough of
 * the answers waiting for it to read on. The client's `exit`, and the end of the input, wait for
 * the answers owed and for the work the server put off (`finish`), done at once (ExitAfterAnswers).
 */
export function guardedConnection(input: Readable, output: Writable, { messageStrategy, ...options }: ConnectionOptions, limits: StreamLimits = defaultStreamLimits, finish: Finish = () => undefined): GuardedConnection {
  const exits = new ExitAfterAnswers(() => writer.idle, finish, () => reader.settled());
  const writer: OutgoingQueue = new OutgoingQueue(new StreamMessageWriter(output), limits.output, () => reader.readOn(), (message) => {
    exits.written(message);
    reader.settled();
  });
  const reader: GuardedMessageReader = new GuardedMessageReader(input, (response) => void writer.write(response).catch(() => undefined), limits, () => writer.full, () => exits.settledAtClose());
  const taking: MessageStrategy = {
    handleMessage(message, next) {
      try {
        return exits.handOn(message, (handed) => (MessageStrategy.is(messageStrategy) ? messageStrategy.handleMessage(handed, next) : next(handed)));
      } finally {
        reader.taken(message);
        // A notification, the last message read, may leave nothing to write: the end of input waits on the reader too.
        exits.written(undefined);
      }
    },
  };
  return {
    connection: createConnection(reader, writer, { ...options, messageStrategy: taking }),
    held: () => reader.held,
    unsent: () => writer.unsent,
    inputEnded: (end) => exits.inputEnded(() => reader.drained, end),
  };
}
