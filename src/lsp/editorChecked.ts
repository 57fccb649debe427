import { join, sep } from "node:path";
import { schemaAssociations } from "../vscode/schemaAssociations.js";
import type { Config } from "../config/config.js";
import { configFileName } from "../config/findConfig.js";
import { fileMatchMatcher } from "../glob/vscodeFileMatch.js";
import type { Kind } from "../kinds/kinds.js";

/**
 * Whether the json.schemas `init --vscode` writes in the workspace folder have VS Code check the
 * file against the kind's schema alone. Where fileMatch cannot say a glob as oms-lint reads it,
 * init leaves files with no schema (an extglob's; `*.json`'s below the root when a later entry
 * takes them): under structure "editor" the server leaves structure to the editor only where the
 * editor checks it, else a payload's structural problems would be shown nowhere.
 */
export function editorChecksAs(config: Pick<Config, "baseDir" | "files" | "filePath">, filePath: string, kind: Kind, workspace: string = config.baseDir): boolean {
  // From the workspace folder, where init runs (found by the audit of the rework of init's globs: from
  // a config above it, the server left to the editor a file init's associations do not check).
  const { associations } = schemaAssociations(workspace, config, config.filePath ?? join(config.baseDir, configFileName));
  const uri = fileUriAsMatched(filePath);
  const given = associations.filter(({ fileMatch }) => fileMatchMatcher(fileMatch)(uri));
  return given.length === 1 && given[0]!.url.endsWith(`/${kind}.json`);
}

/**
 * The file's URI as VS Code's JSON service matches a fileMatch on it: `file://` and the path as
 * URI.toString(true) writes it, unencoded but for `#` and `?` (vscode-uri's encodeURIComponentMinimal):
 * `/orders/order-?.json` does not take `order-%23.json` (found by the audit of the rework of init's globs).
 */
function fileUriAsMatched(filePath: string): string {
  const path = filePath.split(sep).join("/").replaceAll("#", "%23").replaceAll("?", "%3F");
  return `file://${path.startsWith("/") ? "" : "/"}${path}`;
}
