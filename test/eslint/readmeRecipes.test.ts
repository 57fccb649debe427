import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/cli.js";
import { createOrder, taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The README's ESLint recipes, copied from it as a user copies them into a fresh project (audit
 * of the ESLint plugin): `npm init -y` (npm 11 writes `"type": "commonjs"`, so an
 * `eslint.config.js` written with `import` was a SyntaxError), and an npm lockfile, whose root
 * package stands under the `""` key (the recipe beside @eslint/json failed every npm project with
 * `package-lock.json 7:5 error Empty key found json/no-empty-keys`), and a TypeScript project's
 * commented tsconfig.json (`tsc --init` writes comments) and .vscode/ settings, which the recipe's
 * `language: "json/json"` made "Parsing error: Unexpected character '/'", exit 1 (review of the
 * ESLint plugin's fixes).
 */

const folder = scratchFolders("eslint-readme-recipes");

/** The start of what `tsc --init` writes: comments, and commented-out options. */
const tscInitConfig = `{
  // Visit https://aka.ms/tsconfig to read more about this file
  "compilerOptions": {
    // File Layout
    // "rootDir": "./src",
    // "outDir": "./dist",

    // Environment Settings
    "module": "nodenext",
    "target": "esnext",
    /* Other Outputs */
    "sourceMap": true,
    "strict": true,
    "skipLibCheck": true
  }
}
`;

/** The ESLint section's config files, as the README shows them: each code block that opens with its file's name in a comment. */
function readmeConfigs(): { name: string; code: string }[] {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n### ESLint\n"), readme.indexOf("\n## Splitting orders"));
  return [...section.matchAll(/^( *)```js\n\1\/\/ (eslint\.config\.[a-z]+)\n([\s\S]*?)^\1```$/gm)].map(([, indent, name, body]) => ({
    name: name!,
    code: body!.replace(new RegExp(`^${indent}`, "gm"), ""),
  }));
}

/** A fresh npm project as `npm init -y` (npm 11) and `npm install` leave it, with oms-lint and @eslint/json installed (linked), and the files given. */
function npmProject(files: Record<string, string>): string {
  const packageJson = { name: "shop", version: "1.0.0", description: "", main: "index.js", scripts: { test: 'echo "Error: no test specified" && exit 1' }, keywords: [], author: "", license: "ISC", type: "commonjs" };
  const lock = { name: "shop", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": { name: "shop", version: "1.0.0", license: "ISC", devDependencies: { "@eslint/json": "^2.1.1", "oms-lint": "^0.1.0" } } } };
  const dir = folder({ "package.json": `${JSON.stringify(packageJson, null, 2)}\n`, "package-lock.json": `${JSON.stringify(lock, null, 2)}\n`, ...files });
  for (const [name, target] of [
    ["oms-lint", repoRoot],
    ["@eslint/json", join(repoRoot, "node_modules/@eslint/json")],
  ] as const) {
    mkdirSync(dirname(join(dir, "node_modules", name)), { recursive: true });
    symlinkSync(target, join(dir, "node_modules", name), "dir");
  }
  return dir;
}

function eslintIn(dir: string): { status: number | null; stderr: string; messages: Record<string, (string | null)[]> } {
  const run = spawnSync(process.execPath, [join(repoRoot, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], { cwd: dir, encoding: "utf8" });
  const results = run.stdout ? (JSON.parse(run.stdout) as ESLint.LintResult[]) : [];
  return { status: run.status, stderr: run.stderr, messages: Object.fromEntries(results.map((r) => [relative(dir, r.filePath).split(sep).join("/"), r.messages.map((m) => m.ruleId)])) };
}

describe("the README's ESLint recipes in a fresh npm project", () => {
  const configs = readmeConfigs();
  const plain = configs.find(({ code }) => code.includes("omsLint.configs.recommended") && !code.includes("@eslint/json") && !code.includes("includeIgnoreFile"));
  const beside = configs.find(({ code }) => code.includes('import json from "@eslint/json"'));

  it("every recipe names an ES module file, which a project of `\"type\": \"commonjs\"` (npm init -y) loads", () => {
    expect(configs.length).toBeGreaterThanOrEqual(3);
    for (const { name } of configs) expect(name).toBe("eslint.config.mjs");
  });

  it("the first recipe: the payloads are linted, the lockfile and manifest are not; exit 1 for the taxed order alone", () => {
    const dir = npmProject({ [plain!.name]: plain!.code, "orders/tax.json": taxedOrder(), "fixtures/order.json": JSON.stringify(createOrder()) });
    const run = eslintIn(dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.messages["orders/tax.json"]).toContain("oms-lint/tax-rate-cap");
    expect(run.messages["fixtures/order.json"]).toEqual([]);
  });

  it("beside @eslint/json: package-lock.json (its \"\" key) draws nothing; another JSON file still gets @eslint/json's rules", () => {
    const dir = npmProject({ [beside!.name]: beside!.code, "orders/order.json": JSON.stringify(createOrder()), "data/locale.json": '{"hello": "a", "hello": "b"}\n' });
    const run = eslintIn(dir);
    expect(run.stderr).toBe("");
    expect(run.messages["package-lock.json"] ?? []).toEqual([]);
    expect(run.messages["package.json"]).toEqual([]);
    expect(run.messages["orders/order.json"]).toEqual([]);
    expect(run.messages["data/locale.json"]).toEqual(["json/no-duplicate-keys"]);
    expect(run.status).toBe(1);
  });

  it("beside @eslint/json in a TypeScript project: a commented tsconfig.json and .vscode/ settings read as JSONC, their repeated keys still reported", () => {
    const settings = '{\n  // the editor\'s\n  "editor.tabSize": 2,\n  "files.eol": "\\n",\n}\n';
    const files = { [beside!.name]: beside!.code, "tsconfig.json": tscInitConfig, "tsconfig.build.json": '{\n  // the build\'s\n  "extends": "./tsconfig.json"\n}\n', "jsconfig.json": '{ /* editor */ "compilerOptions": {} }\n', ".vscode/settings.json": settings };
    const clean = eslintIn(npmProject({ ...files, "orders/order.json": JSON.stringify(createOrder()) }));
    expect(clean.stderr).toBe("");
    for (const name of ["tsconfig.json", "tsconfig.build.json", "jsconfig.json", ".vscode/settings.json"]) expect(clean.messages[name], name).toEqual([]);
    expect(clean.status).toBe(0);
    const repeated = eslintIn(npmProject({ ...files, "tsconfig.json": '{\n  // twice\n  "compilerOptions": {},\n  "compilerOptions": {}\n}\n' }));
    expect(repeated.messages["tsconfig.json"]).toEqual(["json/no-duplicate-keys"]);
  });
});
