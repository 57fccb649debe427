import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerLockfile } from "./support/consumerLockfile.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let work: string;
let project: string;
let installOutput: string;
let packed: string[];
let packOutput: string;
/** When dist/cli/main.js was last written, before `npm pack` ran `prepare`. */
let builtBeforePack: number;
let tarball: string;

/**
 * The package as a user gets it: `npm pack` (dist/ is built by `npm test` or the global
 * setup), installed into a fresh project from the local tarball, then type-checked and run.
 * Its dependencies are the versions of the repository's lock (test/support/consumerLockfile.ts),
 * the ones every other test runs against, which must meet the ranges the package declares.
 */
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "oms-lint-packed-"));
  // `npm pack`, lifecycle scripts and all: its `prepare` (what a git install, pre-commit's among
  // them, runs to build dist/) must leave the dist/ the global setup built as it is.
  builtBeforePack = statSync(join(root, "dist/cli/main.js")).mtimeMs;
  packOutput = execFileSync(npm, ["pack", "--pack-destination", work], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  tarball = join(work, readdirSync(work).find((name) => name.endsWith(".tgz"))!);
  packed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((path) => path.replace(/^package\//, ""));
  project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // Its dependencies at the versions of the repository's lock, from npm's cache (which npm ci
  // filled): installed with no request to the registry, the same on every run. Resolved by
  // their ranges instead (--prefer-offline), npm read a packument for each of the 38, from
  // the registry where its cache held none, and took whatever versions it found there.
  // npm hands the scripts it runs (npm test, npx vitest) every setting made away from its
  // default, the registry among them: under npm, no `npm config get` process (~0.3 CPU-s).
  const registry = process.env.npm_config_user_agent?.startsWith("npm/")
    ? (process.env.npm_config_registry ?? "https://registry.npmjs.org/")
    : execFileSync(npm, ["config", "get", "registry"], { cwd: root, encoding: "utf8" }).trim();
  writeFileSync(join(project, "package-lock.json"), JSON.stringify(consumerLockfile(join(root, "package-lock.json"), registry)));
  // Both streams: npm 11 writes its warnings to standard error.
  const install = spawnSync(npm, ["install", "--offline", "--no-audit", "--no-fund", "--loglevel", "warn", tarball], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", npm_config_color: "false" },
  });
  if (install.status !== 0) throw new Error(`npm install of the tarball failed (${install.status ?? install.signal}): ${install.stderr}`);
  installOutput = `${install.stdout}\n${install.stderr}`;
  // A user of oms-lint/eslint has installed its optional peers, whose types the plugin's name.
  mkdirSync(join(project, "node_modules/@eslint"), { recursive: true });
  for (const peer of ["eslint", "@eslint/json"]) symlinkSync(join(root, "node_modules", peer), join(project, "node_modules", peer), "dir");
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The packages the files import: by `import`, `require`, `import()`, and `createRequire(…)("…")` (how ruleConfig loads ajv only when needed). */
function importedPackages(dir: string, suffix: RegExp): Set<string> {
  const found = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) importedPackages(path, suffix).forEach((p) => found.add(p));
    else if (suffix.test(name)) {
      for (const m of readFileSync(path, "utf8").matchAll(/(?:from\s*|require\(|import\(|createRequire\([^)]*\)\()\s*"([^"./][^"]*)"/g)) {
        const spec = m[1]!;
        const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
        if (!spec.startsWith("node:") && !builtinModules.includes(pkg)) found.add(pkg);
      }
    }
  }
  return found;
}

/** A service's two files: one under strict nodenext (closed types, assertion functions), one under node10, which reads no exports map. Their projects' names. */
function writeServiceProjects(): string[] {
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        // Not in strict, but common in strict services: an optional option then takes undefined only where its type says so.
        exactOptionalPropertyTypes: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
        typeRoots: [join(root, "node_modules/@types")],
      },
      files: ["consumer.ts"],
    }),
  );
  writeFileSync(
    join(project, "consumer.ts"),
    `import { assertValid, checkRequest, isKind, isValid, lintHttpFile, lintText, splitOrder, standardSchema, unifiedDiff, validate, withPreSubmitCheck, OmsValidationError, type CreateOrderRequest, type CreateOrderRequestAccepted } from "oms-lint";
import type { StandardSchemaV1 } from "@standard-schema/spec";

export function place(body: unknown): CreateOrderRequestAccepted {
  assertValid("createOrder", body);
  return body;
}
export const guard = (data: unknown): string => (isValid("orderCustomData", data) ? data.name : "");
export const schema: StandardSchemaV1<unknown, CreateOrderRequestAccepted> = standardSchema("createOrder");
// After the guard, a field only our reading types is unknown (a number postalCode passes with a warning).
// @ts-expect-error postalCode may be a number
export const postalCode = (body: unknown): string | undefined => (isValid("createOrder", body) ? body.shippingAddress.postalCode?.trim() : undefined);
export const omsFetch: typeof fetch = withPreSubmitCheck(fetch, { baseUrl: "https://integration.shopatron.com" });
export const failed = (e: unknown) => e instanceof OmsValidationError && e.issues.length > 0;
// @ts-expect-error firstNme is a misspelt firstName
export const customer: CreateOrderRequest["customer"] = { firstNme: "Ada" };
// Options read from the environment, possibly undefined (the README's withPreSubmitCheck line), which every function takes.
const env = process.env;
export const readmeFetch = withPreSubmitCheck(fetch, { baseUrl: env.OMS_BASE_URL, failOn: "error", onInvalid: undefined });
const depth = env.MAX_DEPTH === undefined ? undefined : Number(env.MAX_DEPTH);
const onBlocks = env.ON_BLOCKS === undefined ? undefined : env.ON_BLOCKS === "1";
const failOn = env.FAIL_ON === "warning" ? ("warning" as const) : undefined;
export const validated = validate("createOrder", {}, { rules: undefined, settings: { onBlocks, skipInternationalTax: undefined, certifiedPartNumbers: undefined, customNoOperationTypes: undefined }, existing: undefined, maxDepth: depth, maxEntries: depth, maxValues: depth });
export const linted = lintText("{}", { kind: isKind(env.KIND) ? env.KIND : undefined, filePath: env.FILE, settings: undefined });
export const standard = standardSchema("createOrder", { failOn });
export const verdict = checkRequest({ method: env.METHOD, url: "https://integration.shopatron.com/api/v2/createOrder/", headers: undefined, body: env.BODY }, { baseUrl: env.OMS_BASE_URL });
export const children = splitOrder({}, { idTemplate: env.ID_TEMPLATE, settings: undefined, minorDigits: depth });
export const diff = unifiedDiff("a", "b", { fromFile: env.FROM, toFile: env.TO, context: depth });
export const requests = lintHttpFile("", "orders.http", { rules: undefined, settings: undefined, maxDepth: depth });
`,
  );
  writeFileSync(
    join(project, "tsconfig.node10.json"),
    JSON.stringify({
      compilerOptions: { strict: true, module: "commonjs", moduleResolution: "node10", esModuleInterop: true, target: "es2020", noEmit: true, skipLibCheck: true, types: ["node"], typeRoots: [join(root, "node_modules/@types")] },
      files: ["node10.ts"],
    }),
  );
  writeFileSync(
    join(project, "node10.ts"),
    `import { validate, type CreateOrderRequest } from "oms-lint";
import omsLint from "oms-lint/eslint";
export const errors: number = validate("orderCustomData", { name: "", value: "x" }).errorCount;
export const recommended: object = omsLint.configs.recommended;
export type Order = CreateOrderRequest["orderItems"];
// @ts-expect-error a result is no number: the types are read, not any
export const wrong: number = validate("orderCustomData", {});
`,
  );
  // A Node-only service: no DOM library, only @types/node. The request's headers were typed as the DOM's
  // HeadersInit, which @types/node does not declare: any under skipLibCheck, which the @ts-expect-error below
  // then finds unused (checking the declarations too finds TS2304, but costs ~2.5 CPU-s for @types/node).
  writeFileSync(
    join(project, "tsconfig.node-only.json"),
    JSON.stringify({
      compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022"], noEmit: true, skipLibCheck: true, types: ["node"], typeRoots: [join(root, "node_modules/@types")] },
      files: ["nodeOnly.ts"],
    }),
  );
  writeFileSync(
    join(project, "nodeOnly.ts"),
    `import { checkRequest, withPreSubmitCheck, type RequestHeaders } from "oms-lint";
const url = "https://integration.shopatron.com/api/v2/createOrder/";
export const omsFetch: typeof fetch = withPreSubmitCheck(fetch);
export const pairs: RequestHeaders = [["x-vol-tenant", "5"]];
export const verdict = checkRequest({ method: "POST", url, headers: { "content-type": "application/json" }, body: "{}" });
export const fromHeaders = checkRequest({ url, headers: new Headers([["x-vol-tenant", "5"]]) });
// A string[][], as fetch takes it (undici-types' HeadersInit).
const list = [{ name: "x-vol-tenant", value: "5" }];
export const mapped = checkRequest({ url, headers: list.map((h) => [h.name, h.value]) });
// @ts-expect-error headers are no number: typed, not any
export const wrong = checkRequest({ url, headers: 5 });
`,
  );
  return ["tsconfig.json", "tsconfig.node10.json", "tsconfig.node-only.json"];
}

/** Three ESLint configs taking oms-lint/eslint (a .cjs with checkJs, a .cts, an ESM .ts), checked with the installed declarations under nodenext, bundler and node10. Their projects' names. */
function writeEslintConfigProjects(): string[] {
  // The README's CommonJS config, as a user type-checks it (// @ts-check): require() returns the plugin itself.
  writeFileSync(
    join(project, "eslint.config.cjs"),
    `// @ts-check
const omsLint = require("oms-lint/eslint");
const { defineConfig } = require("eslint/config");
// Under noUncheckedIndexedAccess, a configs typed as a record was possibly undefined here (TS2322, TS18048).
const extended = defineConfig([{ files: ["orders/**/*.json"], extends: [omsLint.configs.recommended] }]);
/** @type {object | undefined} */
const rules = omsLint.configs.recommended.rules;
module.exports = [{ files: ["orders/**/*.json"], ...omsLint.configs.recommended }];
`,
  );
  writeFileSync(
    join(project, "eslint.config.cts"),
    `import omsLint = require("oms-lint/eslint");
import eslintConfig = require("eslint/config");
// @ts-expect-error require() returns the plugin, which has no default: omsLint.default is undefined at run time
omsLint.default.configs;
const extended = eslintConfig.defineConfig([{ files: ["orders/**/*.json"], extends: [omsLint.configs.recommended] }]);
const rules: object | undefined = omsLint.configs.recommended.rules;
// @ts-expect-error configs holds recommended alone: a misspelt name is no config
omsLint.configs.recomended;
// @ts-expect-error the configs are typed, not any
const notAny: number = omsLint.configs;
export = [{ files: ["orders/**/*.json"], ...omsLint.configs.recommended }];
`,
  );
  writeFileSync(
    join(project, "eslint.config.ts"),
    `import omsLint from "oms-lint/eslint";
import { defineConfig } from "eslint/config";
// @ts-expect-error the default import is the plugin, which has no default
omsLint.default.configs;
export const extended = defineConfig([{ files: ["orders/**/*.json"], extends: [omsLint.configs.recommended] }]);
export const rules: object | undefined = omsLint.configs.recommended.rules;
// The plugin itself is an ESLint plugin to the config's types (configs typed as an interface was not).
export const named = defineConfig([{ files: ["orders/**/*.json"], plugins: { "oms-lint": omsLint }, language: "oms-lint/json" }]);
// @ts-expect-error the configs are typed, not any
export const notAny: number = omsLint.configs;
export default [{ files: ["orders/**/*.json"], ...omsLint.configs.recommended }];
`,
  );
  const configs = ["eslint.config.cjs", "eslint.config.cts", "eslint.config.ts"];
  // skipLibCheck off: the installed declarations are checked too, oms-lint's CommonJS ones with the rest. Not
  // TypeScript's own lib nor @types/node, which these files do not need (~6 CPU-s a project under TypeScript 5.9).
  // noUncheckedIndexedAccess: many strict projects set it, and under it a configs typed as a record (Record<string, Linter.Config>) made omsLint.configs.recommended possibly undefined.
  const checked = { strict: true, noUncheckedIndexedAccess: true, allowJs: true, checkJs: true, skipLibCheck: false, skipDefaultLibCheck: true, noEmit: true, target: "es2022", types: [] };
  const projects = {
    "tsconfig.cjs-nodenext.json": { module: "nodenext", moduleResolution: "nodenext" },
    "tsconfig.cjs-bundler.json": { module: "preserve", moduleResolution: "bundler" },
    // node10 reads package.json's typesVersions, not its exports; TypeScript 7 no longer has it.
    "tsconfig.cjs-node10.json": { module: "commonjs", moduleResolution: "node10", esModuleInterop: true },
  };
  for (const [name, options] of Object.entries(projects)) writeFileSync(join(project, name), JSON.stringify({ compilerOptions: { ...checked, ...options }, files: configs }));
  return Object.keys(projects);
}

let typeScript59: { code: number | null; report: string } | undefined;

/**
 * TypeScript 5.9 over the five consumer projects, as one `tsc -b` (each project its own
 * program and options): one load of TypeScript 5.9 and its lib where a `tsc -b` for each of
 * the two tests loaded them twice (~1.5 CPU-s a load). Both tests hold its whole report to
 * nothing: a type error in either names its file.
 */
function checkedByTypeScript59(): { code: number | null; report: string } {
  if (typeScript59) return typeScript59;
  const names = [...writeServiceProjects(), ...writeEslintConfigProjects()];
  const compiled = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-b", ...names.map((name) => join(project, name))], { cwd: project, encoding: "utf8" });
  typeScript59 = { code: compiled.status, report: `${compiled.stdout}${compiled.stderr}` };
  return typeScript59;
}

describe("the packed package, installed into a fresh project", () => {
  it("npm pack names the tarball last, and its prepare leaves a fresh dist/ as it was (no rebuild on every pack)", () => {
    expect(join(work, packOutput.trim().split("\n").at(-1)!)).toBe(tarball);
    expect(statSync(join(root, "dist/cli/main.js")).mtimeMs).toBe(builtBeforePack);
  });

  it("holds the licence, the built code and its types, the schemas, and no tests", () => {
    expect(packed).toEqual(expect.arrayContaining(["LICENSE", "package.json", "dist/src/index.js", "dist/src/index.d.ts", "dist/src/eslint/plugin.d.ts", "dist/src/eslint/plugin.d.cts", "schemas/createOrder.json", "bin/oms-lint.cjs", "bin/codeCache.cjs", "dist/cli/main.js", "dist/cli/main.js.cache"]));
    expect(packed.filter((p) => p.startsWith("test/") || p.startsWith("src/"))).toEqual([]);
  });

  /**
   * The package declares no script an install runs (preinstall, install, postinstall), so a
   * registry install runs nothing of it and npm lists nothing. Its `prepare` (which a git install,
   * pre-commit's among them, needs to build dist/) runs for a git source or a linked folder only;
   * npm 11 still lists it, from a tarball file, among "install scripts not yet covered by
   * allowScripts" (arborist's install-scripts.js enumerates prepare for every source but the
   * registry, and rebuild.js runs it for links alone): that line, naming prepare alone, is the one
   * warning about oms-lint allowed. The test read only standard output, where npm 11 writes no
   * warning, and so could not fail (found by the suite-time work).
   */
  it("installs with no install script and no warning about oms-lint but npm's listing of its prepare from a tarball file", () => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules/oms-lint/package.json"), "utf8")) as { scripts?: Record<string, string> };
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => /^(pre|post)?install$/.test(name))).toEqual([]);
    const lines = installOutput.split("\n");
    // npm's allowScripts listing: a line for each package, "  name@version (event: command; …)".
    const listing = lines.filter((line) => /install-scripts\s+\S+@\d\S* \(.*\)$/.test(line));
    expect(listing.filter((line) => !/install-scripts\s+oms-lint@0\.1\.0 \(prepare: node codegen\/prepare\.mjs\)$/.test(line))).toEqual([]);
    // No other warning names oms-lint.
    expect(lines.filter((line) => /warn/i.test(line) && /oms-lint/.test(line) && !listing.includes(line))).toEqual([]);
  });

  it("depends on what its built code imports, no more and no less", () => {
    const installed = join(project, "node_modules", "oms-lint");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
    const runtime = importedPackages(join(installed, "dist"), /\.js$/);
    const types = importedPackages(join(installed, "dist"), /\.d\.ts$/);
    // eslint and @eslint/json are optional peers: only oms-lint/eslint imports them.
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
    expect([...new Set([...runtime, ...types])].filter((p) => !declared.has(p))).toEqual([]);
    expect([...declared].filter((p) => !runtime.has(p) && !types.has(p))).toEqual([]);
  });

  it("consumer files type-check: one under strict nodenext, closed types and assertion functions included, which runs; one under moduleResolution node10 (which reads no exports map), which finds the types of oms-lint and of oms-lint/eslint", () => {
    expect(checkedByTypeScript59()).toEqual({ code: 0, report: "" });
    const script = `import { isValid } from "oms-lint";
import { readFileSync } from "node:fs";
console.log(isValid("createOrder", JSON.parse(readFileSync(${JSON.stringify(join(root, "examples/createOrder.json"))}, "utf8"))));`;
    expect(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: project, encoding: "utf8" }).trim()).toBe("true");
  });

  it("an eslint.config.cjs that requires oms-lint/eslint (checkJs), a .cts that takes it with import = require, and an ESM config importing it type-check as the plugin, under nodenext (TypeScript 5.9 and 7), bundler and node10, its declarations checked; the .cjs runs", () => {
    expect(checkedByTypeScript59()).toEqual({ code: 0, report: "" });
    // TypeScript 7 over the projects it can read (it no longer has node10).
    const names = ["tsconfig.cjs-nodenext.json", "tsconfig.cjs-bundler.json"];
    const compiled = spawnSync(process.execPath, [join(root, "node_modules/typescript7/bin/tsc"), "-b", ...names.map((name) => join(project, name))], { cwd: project, encoding: "utf8" });
    expect({ code: compiled.status, report: `${compiled.stdout}${compiled.stderr}` }).toEqual({ code: 0, report: "" });
    const script = `const [config] = require("./eslint.config.cjs");
console.log(config.language, Object.keys(config.plugins).join(), require("oms-lint/eslint").default);`;
    const run = spawnSync(process.execPath, ["--input-type=commonjs", "-e", script], { cwd: project, encoding: "utf8" });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: "oms-lint/json oms-lint undefined\n", stderr: "" });
  });

  it("its types parse in TypeScript before 5.6 (no string export names, which it cannot read even with skipLibCheck)", () => {
    // plugin.d.ts held `export { plugin as "module.exports" }`: TypeScript 5.4 stopped an eslint.config.ts on it (TS1003).
    const types = packed.filter((path) => /\.d\.c?ts$/.test(path));
    const stringNamed = types.filter((path) => /export\s*\{[^}]*\bas\s*["']/.test(readFileSync(join(project, "node_modules/oms-lint", path), "utf8")));
    expect(types.length).toBeGreaterThan(50);
    expect(stringNamed).toEqual([]);
  });

  it("a CommonJS service takes it with require() (Node 20.19 and later), as the README says", () => {
    const script = `const { isValid, validate } = require("oms-lint");
console.log(isValid("createOrder", require(${JSON.stringify(join(root, "examples/createOrder.json"))})), validate("orderCustomData", { name: "" }).errorCount);`;
    const run = spawnSync(process.execPath, ["--input-type=commonjs", "-e", script], { cwd: project, encoding: "utf8" });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: "true 2\n", stderr: "" });
  });

  it("the installed command runs (node_modules/.bin/oms-lint, a link to bin/oms-lint.cjs): a bad payload is exit 1, named by its rule", () => {
    writeFileSync(join(project, "note.json"), JSON.stringify({ name: "", value: "gift" }));
    const run = spawnSync(join(project, "node_modules/.bin/oms-lint"), ["--format", "json", "note.json"], { cwd: project, encoding: "utf8" });
    expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
    expect(JSON.parse(run.stdout)).toMatchObject([{ kind: "orderCustomData", errorCount: 1, messages: [{ ruleId: "schema", path: "/name" }] }]);
  });
});
