import { statSync } from "node:fs";
import { join } from "node:path";
import { readBounded } from "../files/readBounded.js";
import { settingAt, settingsTree } from "../vscode/settingsTree.js";
import { fileMatchMatcher } from "../glob/vscodeFileMatch.js";
import { schemaPath } from "./editorSchemaFile.js";

/** The settings file VS Code reads a workspace folder's settings from, and `init --vscode` writes json.schemas to. */
export const settingsPath = (folder: string) => join(folder, ".vscode", "settings.json");

/** Larger is no settings file (init refuses to edit one past this too). */
const maxSettingsBytes = 16 * 1024 * 1024;

/** A json.schemas entry as the server asks it: its schema, its fileMatch compiled. */
export interface SchemaSetting {
  /** The schema: the file its url names, resolved as VS Code does from the folder (schemaPath), else the url or the inlined schema as written. VS Code validates a file once against each schema, however many entries name it. */
  readonly schema: string;
  /** Whether `schema` is a file path. */
  readonly isPath: boolean;
  readonly matches: (uri: string) => boolean;
}

/** What the folder's settings say of VS Code's JSON validation: off (json.validate.enable false), or its json.schemas entries. */
export type EditorSchemaSettings = { readonly validates: false } | { readonly validates: true; readonly schemas: readonly SchemaSetting[] };

/** What is known where the settings are missing, too large or unreadable: no association (the server publishes). */
const none: EditorSchemaSettings = { validates: true, schemas: [] };

/** Each folder's settings as last read, by the file's mtime and size: a lint under "editor" stats the file, and reads it only when it changed (a 330 KB settings.json took 13.8 ms to read and parse). */
const read = new Map<string, { readonly stamp: string; readonly settings: EditorSchemaSettings }>();

/**
 * The folder's .vscode/settings.json as VS Code applies it to JSON validation (settingsTree: read
 * as VS Code reads it, comments, keys set twice and the nested "json" form too). Where the file
 * is missing, too large or not sure to be read as VS Code reads it: no association, so that the
 * server publishes what it would otherwise leave to the editor.
 */
export function editorSchemaSettings(folder: string): EditorSchemaSettings {
  const path = settingsPath(folder);
  let stamp: string;
  try {
    const stats = statSync(path);
    stamp = `${stats.mtimeMs} ${stats.size} ${stats.ino}`;
  } catch {
    read.delete(folder);
    return none;
  }
  const known = read.get(folder);
  if (known?.stamp === stamp) return known.settings;
  const settings = readSettings(folder, path);
  read.set(folder, { stamp, settings });
  return settings;
}

function readSettings(folder: string, path: string): EditorSchemaSettings {
  const bytes = readBounded(path, maxSettingsBytes);
  if (!(bytes instanceof Uint8Array)) return none;
  const tree = settingsTree(bytes);
  if (tree === undefined) return none;
  if (settingAt(tree, "json.validate.enable") === false) return { validates: false };
  const entries = settingAt(tree, "json.schemas");
  if (!Array.isArray(entries)) return none;
  return { validates: true, schemas: entries.flatMap((entry: unknown) => schemaSetting(folder, entry)) };
}

/** An entry VS Code takes: a url string and a fileMatch of strings (one inlining its `schema` names no url of ours: it counts as another schema). */
function schemaSetting(folder: string, entry: unknown): SchemaSetting[] {
  if (typeof entry !== "object" || entry === null) return [];
  const { fileMatch, url, schema } = entry as { fileMatch?: unknown; url?: unknown; schema?: unknown };
  if (!Array.isArray(fileMatch) || !fileMatch.every((pattern) => typeof pattern === "string")) return [];
  const matches = fileMatchMatcher(fileMatch);
  if (typeof url !== "string") return schema === undefined ? [] : [{ schema: JSON.stringify(schema), isPath: false, matches }];
  const path = schemaPath(folder, url);
  return [path === undefined ? { schema: url, isPath: false, matches } : { schema: path, isPath: true, matches }];
}
