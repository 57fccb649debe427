import type { Readable, Writable } from "node:stream";
import { cancelQueued } from "./cancelQueued.js";
import { guardedConnection } from "./guardedConnection.js";
import { answerRefusals, lifecycleGate } from "./lifecycleGate.js";
import { startServer, type ServerState } from "./server.js";

/** A language server at work: what it holds, and whether its client has asked it to shut down. */
export interface ServedStreams {
  readonly state: ServerState;
  readonly shutDown: () => boolean;
}

/**
 * The language server on a pair of streams, wired one way for all: the guarded reader (malformed
 * traffic answered, messages bounded), the lifecycle gate (which also refuses an initialize it
 * cannot read, so the server itself only ever sees one it can), queued cancellations answered,
 * then the server. `oms-lint lsp` serves stdio with it; the tests serve in-memory streams.
 */
export function serveStreams(input: Readable, output: Writable, maxMessageSize?: number): ServedStreams {
  const gate = lifecycleGate();
  const connection = guardedConnection(input, output, { messageStrategy: gate, connectionStrategy: cancelQueued }, maxMessageSize);
  answerRefusals(connection);
  return { state: startServer(connection), shutDown: () => gate.shutDown };
}
