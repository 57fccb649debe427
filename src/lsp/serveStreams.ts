import type { Readable, Writable } from "node:stream";
import { cancelQueued } from "./cancelQueued.js";
import { defaultStreamLimits, guardedConnection, type StreamLimits } from "./guardedConnection.js";
import type { Held } from "./incomingQueue.js";
import type { Unsent } from "./outgoingQueue.js";
import { answerRefusals, lifecycleGate } from "./lifecycleGate.js";
import { startServer, type ServerState } from "./server.js";

/** A language server at work: what it holds, what it has read and not yet handled, and whether its client has asked it to shut down. */
export interface ServedStreams {
  readonly state: ServerState;
  readonly held: () => Held | undefined;
  readonly unsent: () => Unsent;
  readonly shutDown: () => boolean;
  /** The input has ended: `end` is called once the messages read are answered and all is written, or after a bounded wait. */
  readonly inputEnded: (end: () => void) => void;
}

/**
 * The language server on a pair of streams, wired one way for all: the guarded reader (malformed
 * traffic answered, messages and the queue of them bounded), the bounded writer (OutgoingQueue),
 * the lifecycle gate (which also refuses an initialize it cannot read, so the server itself only
 * ever sees one it can), queued cancellations answered, then the server. `oms-lint lsp` serves stdio with it; the tests serve in-memory streams, with smaller limits.
 */
export function serveStreams(input: Readable, output: Writable, limits: StreamLimits = defaultStreamLimits): ServedStreams {
  const gate = lifecycleGate();
  const { connection, held, unsent, inputEnded } = guardedConnection(input, output, { messageStrategy: gate, connectionStrategy: cancelQueued }, limits);
  answerRefusals(connection);
  return { state: startServer(connection), held, unsent, shutDown: () => gate.shutDown, inputEnded };
}
