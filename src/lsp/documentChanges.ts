import type { DidChangeTextDocumentParams } from "vscode-languageserver";

/**
 * What the server makes of a didChange for a document it holds: apply it; apply it and hold the
 * document's text again (`refresh`: a whole text for a document it had lost); or ignore it, with
 * why (undefined: nothing new to say).
 */
export type ChangeVerdict = "apply" | "refresh" | { readonly ignore: string | undefined };

/** Whether a change sends the document's whole text (LSP: a content change without a range). */
export const replacesText = ({ contentChanges }: DidChangeTextDocumentParams): boolean => contentChanges.some((change) => !("range" in change) || change.range === undefined);

/**
 * LSP 3.17 (VersionedTextDocumentIdentifier): "The version number of a document will increase
 * after each change, including undo/redo". A change at a version not above the one the server
 * holds is a replay or a client that lost count: TextDocuments applied it all the same (an
 * incremental edit sent twice was made twice), and the version went back, so that a fix made
 * for it named a version the client had already had. A document whose text the server lost
 * (stale: a change it could not read) takes nothing but a whole text: an incremental change
 * would be applied to text the client no longer has, and at whatever version it names: the version
 * the server holds is not the client's (a didOpen of the document, dropped, started it again at 1).
 */
export function changeVerdict(heldVersion: number | undefined, stale: boolean, params: DidChangeTextDocumentParams): ChangeVerdict {
  const { uri, version } = params.textDocument;
  // A document the server does not hold: TextDocuments ignores the change.
  if (heldVersion === undefined) return "apply";
  if (stale) return replacesText(params) ? "refresh" : { ignore: undefined };
  if (version <= heldVersion) return { ignore: `${uri} is at version ${heldVersion}, and this change names version ${version} (LSP: a document's version increases with each change)` };
  return "apply";
}
