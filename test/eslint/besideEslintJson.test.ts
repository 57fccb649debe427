import { readFileSync } from "node:fs";
import { join } from "node:path";
import json from "@eslint/json";
import { ESLint, type Linter } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";
import { repoRoot } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The README's config for a project that runs @eslint/json's recommended rules on its JSON
 * files and oms-lint's on its payloads (found by the audit of the ESLint surface: with both
 * configs on one file, ESLint 10 refused the config, as @eslint/json's rules name the
 * languages they run on). Under ESLint 9 and 10: the payloads get oms-lint's findings alone,
 * the other JSON files @eslint/json's.
 */

const folder = scratchFolders("eslint-beside-json");
const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

/** The README's config, with the plugins as this repository has them. */
function readmeConfig(): Linter.Config[] {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  expect(readme).toContain('const payloads = ["orders/**/*.json", "fixtures/**/*.json"];');
  expect(readme).toContain('const lockfiles = ["**/package-lock.json", "**/npm-shrinkwrap.json"];');
  expect(readme).toContain('const jsonc = ["**/tsconfig*.json", "**/jsconfig*.json", ".vscode/*.json"];');
  expect(readme).toContain('{ files: ["**/*.json"], ignores: [...payloads, ...lockfiles, ...jsonc], language: "json/json", ...json.configs.recommended },');
  expect(readme).toContain('{ files: jsonc, language: "json/jsonc", languageOptions: { allowTrailingCommas: true }, ...json.configs.recommended },');
  const payloads = ["orders/**/*.json", "fixtures/**/*.json"];
  const lockfiles = ["**/package-lock.json", "**/npm-shrinkwrap.json"];
  const jsonc = ["**/tsconfig*.json", "**/jsconfig*.json", ".vscode/*.json"];
  return [
    { files: ["**/*.json"], ignores: [...payloads, ...lockfiles, ...jsonc], language: "json/json", ...json.configs.recommended },
    { files: jsonc, language: "json/jsonc", languageOptions: { allowTrailingCommas: true }, ...json.configs.recommended },
    { files: payloads, ...plugin.configs.recommended },
  ] as Linter.Config[];
}

describe.each(majors)("@eslint/json's recommended config beside oms-lint's, as the README shows it, under %s", (_, Eslint) => {
  it("a payload's repeated key is oms-lint's one finding; another JSON file's is @eslint/json's", async () => {
    const dir = folder({
      "orders/order.json": `{"name": "gift", "value": "a", "value": "b"}\n`,
      "data/locale.json": `{"hello": "a", "hello": "b"}\n`,
    });
    const results = await new Eslint({ cwd: dir, overrideConfigFile: true, overrideConfig: readmeConfig() }).lintFiles(["."]);
    const rulesOf = (name: string) => results.find((r) => r.filePath === join(dir, name))!.messages.map((m) => m.ruleId);
    expect(rulesOf("orders/order.json")).toEqual(["oms-lint/duplicate-key"]);
    expect(rulesOf("data/locale.json")).toEqual(["json/no-duplicate-keys"]);
  });

  it("npm's lockfiles, whose root package stands under the \"\" key, draw no json/no-empty-keys error", async () => {
    const lock = JSON.stringify({ name: "shop", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": { name: "shop", version: "1.0.0" } } }, null, 2);
    const dir = folder({ "package-lock.json": lock, "packages/app/npm-shrinkwrap.json": lock, "data/empty-key.json": '{"": 1}\n' });
    const results = await new Eslint({ cwd: dir, overrideConfigFile: true, overrideConfig: readmeConfig() }).lintFiles(["."]);
    const rulesOf = (name: string) => results.find((r) => r.filePath === join(dir, name))?.messages.map((m) => m.ruleId) ?? [];
    expect(rulesOf("package-lock.json")).toEqual([]);
    expect(rulesOf("packages/app/npm-shrinkwrap.json")).toEqual([]);
    expect(rulesOf("data/empty-key.json")).toEqual(["json/no-empty-keys"]);
  });
});

it("why the README keeps them apart: ESLint 10 refuses a file both configs match", async () => {
  const dir = folder({ "orders/order.json": `{"name": "gift", "value": "a"}\n` });
  const both = [
    { files: ["**/*.json"], language: "json/json", ...json.configs.recommended },
    { files: ["orders/**/*.json"], ...plugin.configs.recommended },
  ] as Linter.Config[];
  await expect(new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: both }).lintFiles(["."])).rejects.toThrow(/The following rules do not support the language "oms-lint\/json"/);
});
