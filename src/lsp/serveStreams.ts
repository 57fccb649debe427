import type { Readable, Writable } from "node:stream";
import { cancelQueued } from "./cancelQueued.js";
import { defaultStreamLimits, guardedConnection, type StreamLimits } from "./guardedConnection.js";
import type { Held } from "./incomingQueue.js";
import type { Unsent } from "./outgoingQueue.js";
import { answerRefusals, lifecycleGate } from "./lifecycleGate.js";
import { debounceMs, startServer, type ServerState } from "./server.js";

/** A language server at work: what it holds, what it has read and not yet handled, and whether its client has asked it to shut down. */
export interface ServedStreams {
  readonly state: ServerState;
  readonly held: () => Held | undefined;
  readonly unsent: () => Unsent;
  readonly shutDown: () => boolean;
  /** The input has ended: `end` is called once the messages read are answered, the lints they put off published, and all is written, or after a bounded wait. */
  readonly inputEnded: (end: () => void) => void;
}

/**
 * The language server on a pair of streams, wired one way for all: the guarded reader (malformed
 * traffic answered, messages and the queue of them bounded), the bounded writer (OutgoingQueue),
 * the lifecycle gate (which also refuses an initialize it cannot read, so the server itself only
 * ever sees one it can), queued cancellations answered, then the server, whose lints put off
 * the end runs at once. `oms-lint lsp` serves stdio with it; the tests serve in-memory streams, with smaller limits
 * and, where a test is not about typing's pause (debounceMs), none: the language-server tests spent ~9 of their 27 s waiting on it.
 */
export function serveStreams(input: Readable, output: Writable, limits: StreamLimits = defaultStreamLimits, typingPause = debounceMs): ServedStreams {
  const gate = lifecycleGate();
  // Asked only when the end comes, long after the server is started on the connection.
  let state: ServerState | undefined;
  const { connection, held, unsent, inputEnded } = guardedConnection(input, output, { messageStrategy: gate, connectionStrategy: cancelQueued }, limits, () => state?.finishLints());
  answerRefusals(connection);
  state = startServer(connection, typingPause);
  return { state, held, unsent, shutDown: () => gate.shutDown, inputEnded };
}
