import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { escapeControls } from "../formatters/displayText.js";
import type { Association } from "../vscode/schemaAssociations.js";

/**
 * The note init adds where the schemas its associations name do not exist (oms-lint is not
 * installed where Node would load it from the folder, and init names ./node_modules/oms-lint/…):
 * VS Code cannot load such a schema, and vscode-json-languageservice then validates nothing
 * against it. Said, not left for the user to find out from an editor that shows no problem.
 */
export function missingSchemaNote(folder: string, associations: readonly Association[]): string {
  const missing = associations.filter(({ url }) => !existsSync(resolve(folder, url)));
  if (missing.length === 0) return "";
  const named = `${escapeControls(missing[0]!.url)}${missing.length > 1 ? ` and ${missing.length - 1} more schemas the associations name do` : " does"}`;
  return `; note: ${named} not exist yet (oms-lint is not installed in this project), so VS Code validates nothing against them until it is: npm install --save-dev oms-lint`;
}
