import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint, Linter } from "eslint";
import plugin from "../../src/eslint/plugin.js";
import { repoRoot, type CliRun } from "./cli.js";

/** What a user writes in eslint.config.js: the plugin's recommended config over every JSON file, with optional settings, rule levels and language options. */
export function recommendedConfig(settings?: Record<string, unknown>, rules?: Linter.RulesRecord, languageOptions?: Linter.LanguageOptions): Linter.Config[] {
  const recommended = plugin.configs.recommended;
  return [
    {
      files: ["**/*.json"],
      ...recommended,
      ...(settings ? { settings: { "oms-lint": settings } } : {}),
      ...(languageOptions ? { languageOptions } : {}),
      rules: { ...recommended.rules, ...rules },
    },
  ];
}

/** The same config as an eslint.config.mjs in `dir`, importing the built plugin (dist/, which `npm test` builds first), with `languageOptions` when given. */
function writeConfigFile(dir: string, languageOptions?: Linter.LanguageOptions): void {
  const built = pathToFileURL(join(repoRoot, "dist/src/eslint/plugin.js")).href;
  const options = languageOptions ? `, languageOptions: ${JSON.stringify(languageOptions)}` : "";
  writeFileSync(join(dir, "eslint.config.mjs"), `import omsLint from ${JSON.stringify(built)};\nexport default [{ files: ["**/*.json"], ...omsLint.configs.recommended${options} }];\n`);
}

/** Runs the `eslint` command in `dir`, as a user's shell would, with the recommended config over every JSON file (and `languageOptions`, when given). */
export function spawnEslint(dir: string, args: readonly string[], languageOptions?: Linter.LanguageOptions): CliRun & { readonly results: ESLint.LintResult[] } {
  writeConfigFile(dir, languageOptions);
  const run = spawnSync(process.execPath, [join(repoRoot, "node_modules/eslint/bin/eslint.js"), "--format", "json", ...args], { cwd: dir, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, results: run.stdout ? (JSON.parse(run.stdout) as ESLint.LintResult[]) : [] };
}
