import { LSPErrorCodes, type ConnectionStrategy, type Message, type RequestMessage, type ResponseMessage } from "vscode-languageserver";

/**
 * A request the client cancels ($/cancelRequest) before the server has started it is answered
 * with RequestCancelled at once and never run (LSP 3.17: a cancelled request still gets a
 * response). vscode-jsonrpc's default runs it anyway, with a cancelled token no handler here
 * reads: an editor that asks again at every keystroke or cursor move, and cancels the request
 * it replaces, queued one whole run per request behind a slow one.
 */
export const cancelQueued: ConnectionStrategy = {
  cancelUndispatched(message: Message): ResponseMessage {
    // vscode-jsonrpc hands it only queued requests.
    const { id, method } = message as RequestMessage;
    return { jsonrpc: "2.0", id, error: { code: LSPErrorCodes.RequestCancelled, message: `oms-lint: ${method} was cancelled before it started` } };
  },
};
