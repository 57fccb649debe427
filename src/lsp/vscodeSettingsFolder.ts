import { namesBelow } from "../files/notPayload.js";

/**
 * The workspace folder whose .vscode/settings.json VS Code applies to a file, or undefined where
 * it applies no folder's. VS Code reads folder settings from workspace folders only: a file in
 * one takes the innermost folder holding it (multi-root); a file outside every folder takes the
 * single folder's in a single-folder window, none when several or no folder is open. Never the
 * file's own folder (runFolder's answer for a file outside: where the CLI would run), whose
 * .vscode/settings.json VS Code never reads.
 */
export function vscodeSettingsFolder(filePath: string, workspaceFolders: readonly string[]): string | undefined {
  const holding = workspaceFolders.filter((folder) => namesBelow(folder, filePath) !== undefined);
  const innermost = [...holding].sort((a, b) => b.length - a.length)[0];
  if (innermost !== undefined) return innermost;
  return workspaceFolders.length === 1 ? workspaceFolders[0] : undefined;
}
