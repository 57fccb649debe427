import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { schemaAssociations, type AssociatedConfig } from "../../src/vscode/schemaAssociations.js";
import { spawnCli } from "./cli.js";

/**
 * Writes the workspace's .vscode/settings.json as `init --vscode` writes it for the config: its
 * json.schemas associations. Under structure "editor" the server leaves structure to the editor
 * only where these are written (src/lsp/workspaceSchemaSettings.ts).
 */
export function writeInitSettings(workspace: string, config: AssociatedConfig, configPath: string): void {
  mkdirSync(join(workspace, ".vscode"), { recursive: true });
  const { associations } = schemaAssociations(workspace, config, configPath);
  writeFileSync(join(workspace, ".vscode", "settings.json"), JSON.stringify({ "json.schemas": associations }, null, 2));
}

/** Runs `oms-lint init --vscode` in the folder, as the user does before choosing structure "editor"; throws when it fails. */
export function initVscode(workspace: string): void {
  const init = spawnCli(["init", "--vscode"], { cwd: workspace });
  if (init.code !== 0) throw new Error(`oms-lint init --vscode exited ${init.code}: ${init.stderr}`);
}
