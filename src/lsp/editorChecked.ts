import { join, sep } from "node:path";
import { schemaAssociations, type Association } from "../vscode/schemaAssociations.js";
import { workspaceSchemaSettings } from "./workspaceSchemaSettings.js";
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
 * the workspace's .vscode/settings.json holds such an association (workspaceSchemaSettings): the
 * server left them to the editor in a workspace where init had never run, and no one showed
 * them (language server audit).
 */
export function editorChecksAs(config: Pick<Config, "baseDir" | "files" | "filePath">, filePath: string, kind: Kind, workspace: string = config.baseDir): boolean {
  // From the workspace folder, where init runs (found by the audit of the rework of init's globs: from
  // a config above it, the server left to the editor a file init's associations do not check).
  const uri = fileUriAsMatched(filePath);
  return checksAs(associationsOf(config, workspace), uri, kind) && checksAs(workspaceSchemaSettings(workspace).map(compiledAssociation), uri, kind);
}

/** Whether VS Code, given these associations, checks the file against oms-lint's editor schema of the kind alone (it checks a file against every association that matches it). */
function checksAs(associations: readonly CompiledAssociation[], uri: string, kind: Kind): boolean {
  const given = associations.filter(({ matches }) => matches(uri));
  return given.length === 1 && given[0]!.url.endsWith(`/${kind}.json`);
}

const compiledAssociation = ({ url, fileMatch }: Association): CompiledAssociation => ({ url, matches: fileMatchMatcher(fileMatch) });

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
    found = associations.map(compiledAssociation);
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
