import { ConnectionError, ConnectionErrors } from "vscode-languageserver/node";

/**
 * Whether an unhandled rejection is vscode-jsonrpc's "Connection is closed": a client gone
 * (its end of the server's output closed) while a request was being handled. The connection
 * logs the handler's failure through the remote console, whose notification throws again in a
 * promise's catch, and Node ended the process with that stack trace on stderr, where the
 * process ends anyway as its input closes (exit 1 without a shutdown request), with no
 * client left to read either (found while re-reading this stop's end-of-input change).
 */
export function isClosedConnection(reason: unknown): boolean {
  return reason instanceof ConnectionError && reason.code === ConnectionErrors.Closed;
}
