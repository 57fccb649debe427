import type { InitializeParams, WorkspaceFoldersChangeEvent } from "vscode-languageserver";
import { isAbsolute, resolve } from "node:path";
import { filePathOf } from "./filePathOf.js";

/**
 * The paths of the workspace folders a client names by URI, as resolve() writes them (no
 * trailing separator: file:///w/a/ is the folder /w/a, found by review to be held twice); a
 * folder that is no file: URI holds no config the CLI could read.
 */
export function folderPaths(uris: readonly string[]): string[] {
  return uris.flatMap((uri) => {
    const path = filePathOf(uri);
    return path === undefined ? [] : [resolve(path)];
  });
}

/**
 * The folders a client names at initialize: its workspaceFolders, else its rootUri, else its
 * rootPath. LSP 3.17 deprecates rootPath "in favour of rootUri" but still defines it, and a
 * client that sends it alone (rootUri null) got no folder: an untitled document ran at the
 * default rules, not the folder's config (language server audit). A rootPath written as a
 * file: URI is read as a rootUri is (filePathOf). One that is not absolute here (relative, or
 * `C:\…` on POSIX) names no folder the server could tell (its own working folder is not the
 * client's): it is dropped, and `log` told why, once (it was dropped without a word).
 */
export function initialFolders({ workspaceFolders, rootUri, rootPath }: Pick<InitializeParams, "workspaceFolders" | "rootUri" | "rootPath">, log: (line: string) => void = () => {}): string[] {
  if (workspaceFolders) return folderPaths(workspaceFolders.map((folder) => folder.uri));
  if (rootUri) return folderPaths([rootUri]);
  if (typeof rootPath !== "string") return [];
  const path = rootPath.startsWith("file:") ? filePathOf(rootPath) : rootPath;
  if (path !== undefined && isAbsolute(path)) return [resolve(path)];
  log(`oms-lint: the client's rootPath ${JSON.stringify(rootPath)} is no absolute path or file: URI of this machine, so it names no workspace folder: documents with no file run without its config`);
  return [];
}

/**
 * The workspace folders after workspace/didChangeWorkspaceFolders: the removed ones dropped,
 * the added ones after the rest (the order the client shows them in), each once. Folders are
 * compared by path, not by the URI's text: one folder has more than one URI spelling (VS Code
 * escapes a drive letter's colon, file:///c%3A/…, where other clients write file:///c:/…).
 */
export function changedFolders(folders: readonly string[], { added, removed }: WorkspaceFoldersChangeEvent): string[] {
  const gone = new Set(folderPaths(removed.map((folder) => folder.uri)));
  const kept = folders.filter((folder) => !gone.has(folder));
  return [...new Set([...kept, ...folderPaths(added.map((folder) => folder.uri))])];
}
