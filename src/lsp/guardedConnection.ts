import type { Readable, Writable } from "node:stream";
import { createConnection, StreamMessageWriter, type Connection, type ConnectionOptions } from "vscode-languageserver/node";
import { GuardedMessageReader } from "./guardedMessageReader.js";

/**
 * A server connection over a pair of streams that answers malformed traffic (GuardedMessageReader)
 * and reads it in bounded memory: `oms-lint lsp` over stdio, the tests over in-memory streams.
 * Its error responses go through the connection's own writer, one message after another.
 */
export function guardedConnection(input: Readable, output: Writable, options: ConnectionOptions, maxMessageSize?: number): Connection {
  const writer = new StreamMessageWriter(output);
  const reader = new GuardedMessageReader(input, (response) => void writer.write(response).catch(() => undefined), maxMessageSize);
  return createConnection(reader, writer, options);
}
