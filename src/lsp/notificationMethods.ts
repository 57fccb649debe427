/**
 * The methods LSP 3.17 defines as notifications from the client: a message of one of them
 * that names no id is a notification, and JSON-RPC 2.0 says "The Server MUST NOT reply to a
 * Notification", even when it could not read it.
 */
export const clientNotificationMethods: ReadonlySet<string> = new Set([
  "initialized",
  "exit",
  "$/cancelRequest",
  "$/setTrace",
  "$/progress",
  "textDocument/didOpen",
  "textDocument/didChange",
  "textDocument/didClose",
  "textDocument/didSave",
  "textDocument/willSave",
  "notebookDocument/didOpen",
  "notebookDocument/didChange",
  "notebookDocument/didSave",
  "notebookDocument/didClose",
  "workspace/didChangeConfiguration",
  "workspace/didChangeWatchedFiles",
  "workspace/didChangeWorkspaceFolders",
  "workspace/didCreateFiles",
  "workspace/didRenameFiles",
  "workspace/didDeleteFiles",
  "window/workDoneProgress/cancel",
]);
