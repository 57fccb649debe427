import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getNodeValue } from "jsonc-parser";
import { editableSettings } from "../vscode/vscodeSettings.js";
import type { Association } from "../vscode/schemaAssociations.js";

/** The settings file VS Code reads a workspace folder's json.schemas from, and `init --vscode` writes them to. */
const settingsPath = (workspace: string) => join(workspace, ".vscode", "settings.json");

/** Larger is no settings file (init refuses to edit one past this too). */
const maxSettingsBytes = 16 * 1024 * 1024;

/**
 * The json.schemas entries of the workspace folder's .vscode/settings.json, as VS Code reads
 * them: an entry whose fileMatch is a list of strings and whose url is a string. None where the
 * file is missing, too large, or not settings VS Code reads as oms-lint does (editableSettings
 * refuses it): structure left to the editor on a guess was shown by no one (language server
 * audit), so a file that cannot be read exactly leaves it published. Read at each lint, as the
 * .gitignore files are: the server watches neither, and a `init --vscode` run meanwhile counts
 * at the next lint.
 */
export function workspaceSchemaSettings(workspace: string): readonly Association[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(settingsPath(workspace));
  } catch {
    return [];
  }
  if (bytes.length > maxSettingsBytes) return [];
  const settings = editableSettings(bytes);
  const list = settings.ok ? settings.schemas?.children?.[1] : undefined;
  if (list === undefined) return [];
  const entries: unknown = getNodeValue(list);
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => (isAssociation(entry) ? [{ fileMatch: entry.fileMatch, url: entry.url }] : []));
}

function isAssociation(entry: unknown): entry is Association {
  if (typeof entry !== "object" || entry === null) return false;
  const { fileMatch, url } = entry as { fileMatch?: unknown; url?: unknown };
  return typeof url === "string" && Array.isArray(fileMatch) && fileMatch.every((pattern) => typeof pattern === "string");
}
