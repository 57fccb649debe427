import type { TextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/**
 * A workspace edit of one document. Where the client takes versioned edits (its
 * workspace.workspaceEdit.documentChanges capability: VS Code, Neovim), the edit names the
 * version it was made for, and a client whose text has moved on since (the user typed)
 * refuses it: unversioned, it pastes a range of the older text over the typing. Otherwise,
 * plain `changes`, which every client takes.
 */
export function documentEdit(document: TextDocument, edits: readonly TextEdit[], versioned: boolean): WorkspaceEdit {
  if (!versioned) return { changes: { [document.uri]: [...edits] } };
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [...edits] }] };
}
