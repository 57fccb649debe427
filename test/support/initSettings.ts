import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { schemaAssociations, type AssociatedConfig } from "../../src/vscode/schemaAssociations.js";
import { spawnCli } from "./cli.js";

/** This checkout of oms-lint, whose schemas/editor is what `npm i -D oms-lint` puts in a project's node_modules. */
const ownPackage = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Installs oms-lint in the workspace (node_modules/oms-lint, a link to this checkout), as a user
 * does before `init --vscode`: its associations then name editor schemas that exist, which VS
 * Code validates against. Without it init names ./node_modules/oms-lint/…, a file that does not
 * exist, and VS Code validates nothing (the server then publishes structure under "editor").
 */
export function installOmsLint(workspace: string): void {
  const installed = join(workspace, "node_modules", "oms-lint");
  if (existsSync(installed)) return;
  mkdirSync(join(workspace, "node_modules"), { recursive: true });
  symlinkSync(ownPackage, installed, "dir");
}

/**
 * Writes the workspace's .vscode/settings.json as `init --vscode` writes it for the config, with
 * oms-lint installed in the workspace (installOmsLint): its json.schemas associations. Under
 * structure "editor" the server leaves structure to the editor only where these are written
 * (src/lsp/editorChecked.ts).
 */
export function writeInitSettings(workspace: string, config: AssociatedConfig, configPath: string): void {
  installOmsLint(workspace);
  mkdirSync(join(workspace, ".vscode"), { recursive: true });
  const { associations } = schemaAssociations(workspace, config, configPath);
  writeFileSync(join(workspace, ".vscode", "settings.json"), JSON.stringify({ "json.schemas": associations }, null, 2));
}

/** Installs oms-lint in the folder (installOmsLint) and runs `oms-lint init --vscode` there, as the user does before choosing structure "editor"; throws when it fails. */
export function initVscode(workspace: string): void {
  installOmsLint(workspace);
  const init = spawnCli(["init", "--vscode"], { cwd: workspace });
  if (init.code !== 0) throw new Error(`oms-lint init --vscode exited ${init.code}: ${init.stderr}`);
}
