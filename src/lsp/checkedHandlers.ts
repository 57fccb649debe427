import { ErrorCodes, ResponseError, type Connection, type DidChangeTextDocumentParams, type DidSaveTextDocumentParams, type NotificationHandler, type TextDocuments } from "vscode-languageserver";
import { didChangeProblem, didOpenProblem, didSaveProblem, documentOnlyProblem, type ParamsCheck } from "./lspParams.js";

/** What TextDocuments.listen takes (vscode-languageserver does not export its name). */
type TextDocumentConnection = Parameters<TextDocuments<never>["listen"]>[0];

/**
 * A request handler that answers params `check` refuses with InvalidParams (-32602), saying
 * which field is wrong, instead of running on them.
 */
export function refusing<P, A extends unknown[], R>(method: string, check: ParamsCheck, handler: (params: P, ...rest: A) => R): (params: P, ...rest: A) => R | ResponseError<void> {
  return function checkedRequest(params, ...rest) {
    const problem = check(params);
    return problem === undefined ? handler(params, ...rest) : new ResponseError(ErrorCodes.InvalidParams, `oms-lint: ${method}: ${problem}`);
  };
}

/** A notification handler that ignores params `check` refuses, with a line in the client's log (a notification has no answer). */
export function ignoring<P, A extends unknown[], R>(connection: Connection, method: string, check: ParamsCheck, handler: (params: P, ...rest: A) => R): (params: P, ...rest: A) => R | undefined {
  return function checkedNotification(params, ...rest) {
    const problem = check(params);
    if (problem === undefined) return handler(params, ...rest);
    connection.console.warn(`oms-lint: ignored ${method}: ${problem}`);
    return undefined;
  };
}

/**
 * The document notifications as TextDocuments listens to them, checked first: a didOpen whose
 * text is no string, or whose version or URI is not one, never becomes an open document (it was
 * stored, held until a close that might never come, and every lint of it threw), and a didChange
 * with a range at line "a" never garbles the text that later edits apply to. A well-formed didChange
 * is applied only if `accepts` takes it (its version, the document's state). A didSave whose text
 * `recovers` a document's (one whose text the server lost) gives it that text first, as the
 * whole-text change it returns, through TextDocuments' own handler of a didChange: TextDocuments
 * keeps its documents to itself.
 */
export function checkedDocumentSync(
  connection: Connection,
  accepts: (params: DidChangeTextDocumentParams) => boolean,
  recovers: (params: DidSaveTextDocumentParams) => DidChangeTextDocumentParams | undefined,
): TextDocumentConnection {
  let applyChange: NotificationHandler<DidChangeTextDocumentParams> | undefined;
  return {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(ignoring(connection, "textDocument/didOpen", didOpenProblem, handler)),
    onDidChangeTextDocument: (handler) => {
      applyChange = handler;
      return connection.onDidChangeTextDocument(ignoring(connection, "textDocument/didChange", didChangeProblem, (params: DidChangeTextDocumentParams) => (accepts(params) ? handler(params) : undefined)));
    },
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(ignoring(connection, "textDocument/didClose", documentOnlyProblem, handler)),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(ignoring(connection, "textDocument/willSave", documentOnlyProblem, handler)),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(refusing("textDocument/willSaveWaitUntil", documentOnlyProblem, handler)),
    onDidSaveTextDocument: (handler) =>
      connection.onDidSaveTextDocument(
        ignoring(connection, "textDocument/didSave", didSaveProblem, (params: DidSaveTextDocumentParams) => {
          const whole = recovers(params);
          if (whole !== undefined) applyChange?.(whole);
          return handler(params);
        }),
      ),
  };
}
