import { join, sep } from "node:path";
import { schemaAssociations, type Association } from "../vscode/schemaAssociations.js";
import { editorSchemaSettings, type SchemaSetting } from "./editorSchemaSettings.js";
import { ownEditorSchema } from "./editorSchemaFile.js";
import type { Config } from "../config/config.js";
import { configFileName } from "../config/findConfig.js";
import { asMatchedInUri, fileMatchMatcher } from "../glob/vscodeFileMatch.js";
import type { Kind } from "../kinds/kinds.js";

/**
 * Whether the json.schemas `init --vscode` writes in the workspace folder have VS Code check the
 * file against the kind's schema alone. Where fileMatch cannot say a glob as oms-lint reads it,
 * init leaves files with no schema (an extglob's; `*.json`'s below the root when a later entry
 * takes them): under structure "editor" the server leaves structure to the editor only where the
 * editor checks it, else a payload's structural problems would be shown nowhere. And only where
 * VS Code surely validates it so: the .vscode/settings.json of the folder whose settings VS Code
 * applies to the file (`settingsFolder`; none: it applies no folder's) leave JSON validation on
 * and give the file one schema, oms-lint's existing editor schema of the kind (settingsChecksAs).
 * The server left structure to the editor in a workspace where init had never run (language
 * server audit), then where init's url named no file or the settings turned validation off
 * (review of those fixes), and no one showed it: in every doubtful case it publishes.
 */
export function editorChecksAs(config: Pick<Config, "baseDir" | "files" | "filePath">, filePath: string, kind: Kind, workspace: string = config.baseDir, settingsFolder: string | undefined = workspace): boolean {
  // From the workspace folder, where init runs (found by the audit of the rework of init's globs: from
  // a config above it, the server left to the editor a file init's associations do not check).
  const uri = fileUriAsMatched(filePath);
  return checksAs(associationsOf(config, workspace), uri, kind) && settingsFolder !== undefined && settingsChecksAs(settingsFolder, uri, kind);
}

/** Whether the folder's settings have VS Code validate the file against oms-lint's editor schema of the kind, and no other schema. */
function settingsChecksAs(folder: string, uri: string, kind: Kind): boolean {
  const settings = editorSchemaSettings(folder);
  if (!settings.validates) return false;
  const given = new Map(settings.schemas.filter(({ matches }) => matches(uri)).map((setting): [string, SchemaSetting] => [setting.schema, setting]));
  const [only, ...others] = given.values();
  return only !== undefined && others.length === 0 && only.isPath && ownEditorSchema(only.schema) === kind;
}

/** Whether VS Code, given these associations, checks the file against oms-lint's editor schema of the kind alone (it checks a file against every association that matches it). */
function checksAs(associations: readonly CompiledAssociation[], uri: string, kind: Kind): boolean {
  const given = associations.filter(({ matches }) => matches(uri));
  return given.length === 1 && given[0]!.url.endsWith(`/${kind}.json`);
}

/** An association as the server asks it: its schema's url, and its fileMatch compiled. */
interface CompiledAssociation {
  readonly url: string;
  readonly matches: (uri: string) => boolean;
}

/**
 * init's associations for a config (the object read, replaced as a whole when the file changes)
 * and a workspace folder, made and compiled once, not at every lint of every keystroke. Where
 * the schemas lie (the url's start) may change as oms-lint is installed; only the kind each
 * url ends in is asked.
 */
const compiled = new WeakMap<object, Map<string, readonly CompiledAssociation[]>>();

function associationsOf(config: Pick<Config, "baseDir" | "files" | "filePath">, workspace: string): readonly CompiledAssociation[] {
  let byWorkspace = compiled.get(config);
  if (byWorkspace === undefined) compiled.set(config, (byWorkspace = new Map()));
  let found = byWorkspace.get(workspace);
  if (found === undefined) {
    const { associations } = schemaAssociations(workspace, config, config.filePath ?? join(config.baseDir, configFileName));
    found = associations.map(({ url, fileMatch }: Association) => ({ url, matches: fileMatchMatcher(fileMatch) }));
    byWorkspace.set(workspace, found);
  }
  return found;
}

/**
 * The file's URI as VS Code's JSON service matches a fileMatch on it (asMatchedInUri):
 * `/orders/order-?.json` does not take `order-%23.json` (found by the audit of the rework of init's globs).
 */
function fileUriAsMatched(filePath: string): string {
  const path = asMatchedInUri(filePath.split(sep).join("/"));
  return `file://${path.startsWith("/") ? "" : "/"}${path}`;
}
