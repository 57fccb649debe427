import { MessageType, ShowMessageNotification, type Connection, type DidChangeTextDocumentParams, type DidSaveTextDocumentParams, type TextDocuments } from "vscode-languageserver";
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
  /** The whole-text change that gives a lost document the text its save carries (undefined for any other save: a document held keeps its own). */
  readonly recovers: (params: DidSaveTextDocumentParams) => DidChangeTextDocumentParams | undefined;
  readonly uris: () => Iterable<string>;
}

/**
 * The documents whose text the server no longer has as the client has it (the reader dropped a
 * change it could not read: droppedMethod). Findings and fixes made from the text it has would
 * point at the wrong places, and a fix could be pasted over the user's edits: `clear` lets go of
 * the document's findings and of any lint scheduled or under way, its diagnostics are cleared,
 * and the user is told once, until the document is opened again, its whole text is sent, or it
 * is saved (`savesText`: the client said it sends didSave, which then carries the text: the server
 * asks for it, save.includeText). `shownName` names a document as the user knows it.
 */
export function lostTexts(connection: Connection, documents: TextDocuments<TextDocument>, clear: (uri: string) => void, shownName: (uri: string) => string, savesText: () => boolean): LostTexts {
  /**
   * Each lost document, and the version the client is at: the one the last message it sent of the
   * document named (the dropped one's, read from its first bytes, or a change ignored since), never
   * the version the server holds, which the client may have left behind or started again (a didOpen
   * at 1 of a document held at 7). A save names none: its text is taken at this one.
   */
  const lost = new Map<string, number>();
  const tell = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `oms-lint: ${message}` });

  /** `version`: the one the dropped message named, if its first bytes say it; without it, the last one known. */
  function lose(uri: string, why: string, version?: number): void {
    const already = lost.has(uri);
    lost.set(uri, version ?? lost.get(uri) ?? documents.get(uri)?.version ?? 0);
    if (already) return;
    clear(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    const until = savesText() ? "until it is saved, or closed and opened again" : "until it is closed and opened again";
    tell(`${shownName(uri)}: ${why}, so the server no longer has its text as the editor has it; its findings are cleared ${until}`);
  }

  connection.onNotification(
    droppedMethod,
    ignoring(connection, droppedMethod, droppedProblem, ({ method, uri, version, why }: Dropped) => {
      // Whose it was is not known: it may have changed any open document (and its version is none of theirs).
      if (uri === undefined) return documents.keys().forEach((key) => lose(key, why));
      if (documents.get(uri) !== undefined) return lose(uri, why, version);
      if (method === "textDocument/didOpen") tell(`${shownName(uri)} is not linted: ${why}`);
    }),
  );

  return {
    has: (uri) => lost.has(uri),
    forget: (uri) => void lost.delete(uri),
    uris: () => lost.keys(),
    acceptsChange(params) {
      const { uri, version } = params.textDocument;
      const stale = lost.has(uri);
      // Applied or not, the client's document is at the version it names now, whatever the server holds.
      if (stale) lost.set(uri, version);
      const verdict = changeVerdict(documents.get(uri)?.version, stale, params);
      if (typeof verdict === "object") {
        if (verdict.ignore !== undefined) connection.console.warn(`oms-lint: ignored textDocument/didChange: ${escapeControls(verdict.ignore)}`);
        return false;
      }
      if (verdict === "refresh") lost.delete(uri);
      return true;
    },
    recovers({ textDocument: { uri }, text }) {
      const version = lost.get(uri);
      if (version === undefined || typeof text !== "string") return undefined;
      lost.delete(uri);
      // A save names no version: the text is the client's at the last one it named.
      return { textDocument: { uri, version }, contentChanges: [{ text }] };
    },
  };
}
