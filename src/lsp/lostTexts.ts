import { MessageType, ShowMessageNotification, type Connection, type DidChangeTextDocumentParams, type TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { escapeControls } from "../formatters/displayText.js";
import { ignoring } from "./checkedHandlers.js";
import { changeVerdict } from "./documentChanges.js";
import { droppedMethod, droppedProblem, type Dropped } from "./droppedMessage.js";

/** The open documents whose text the server lost, and the check of each change it is sent. */
export interface LostTexts {
  readonly has: (uri: string) => boolean;
  /** The document is opened again or closed: its text, if any, is the client's again. */
  readonly forget: (uri: string) => void;
  /** Whether a didChange is applied (TextDocuments' handler): its version increases, and a lost text takes only a whole one. */
  readonly acceptsChange: (params: DidChangeTextDocumentParams) => boolean;
  readonly uris: () => Iterable<string>;
}

/**
 * The documents whose text the server no longer has as the client has it (the reader dropped a
 * change it could not read: droppedMethod). Findings and fixes made from the text it has would
 * point at the wrong places, and a fix could be pasted over the user's edits: `clear` lets go of
 * the document's findings and of any lint scheduled or under way, its diagnostics are cleared,
 * and the user is told once, until the document is opened again or its whole text is sent.
 * `shownName` names a document as the user knows it.
 */
export function lostTexts(connection: Connection, documents: TextDocuments<TextDocument>, clear: (uri: string) => void, shownName: (uri: string) => string): LostTexts {
  const lost = new Set<string>();
  const tell = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `oms-lint: ${message}` });

  function lose(uri: string, why: string): void {
    if (lost.has(uri)) return;
    lost.add(uri);
    clear(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    tell(`${shownName(uri)}: ${why}, so the server no longer has its text as the editor has it; its findings are cleared until it is closed and opened again`);
  }

  connection.onNotification(
    droppedMethod,
    ignoring(connection, droppedMethod, droppedProblem, ({ method, uri, why }: Dropped) => {
      // Whose it was is not known: it may have changed any open document.
      if (uri === undefined) return documents.keys().forEach((key) => lose(key, why));
      if (documents.get(uri) !== undefined) return lose(uri, why);
      if (method === "textDocument/didOpen") tell(`${shownName(uri)} is not linted: ${why}`);
    }),
  );

  return {
    has: (uri) => lost.has(uri),
    forget: (uri) => void lost.delete(uri),
    uris: () => lost,
    acceptsChange(params) {
      const { uri } = params.textDocument;
      const verdict = changeVerdict(documents.get(uri)?.version, lost.has(uri), params);
      if (typeof verdict === "object") {
        if (verdict.ignore !== undefined) connection.console.warn(`oms-lint: ignored textDocument/didChange: ${escapeControls(verdict.ignore)}`);
        return false;
      }
      if (verdict === "refresh") lost.delete(uri);
      return true;
    },
  };
}
