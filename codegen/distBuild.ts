import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleCli } from "./bundleCli.js";
import { bundleFile, bundleLibrary } from "./bundleLibrary.js";
import { commonJsTypesFile, copyCommonJsTypes } from "./commonJsTypes.js";

const root = fileURLToPath(new URL("../", import.meta.url));
/** What tsc emits of the CLI (dist/src), which the bundles are made from. */
export const builtCli = join(root, "dist/src/cli/main.js");
/** What bin/oms-lint.cjs loads: the CLI bundled from dist/src (codegen/bundleCli.ts). */
const bundledCli = join(root, "dist/cli/main.js");

/** The newest modification time of the files under `path` (or of `path` itself, a file); 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/**
 * What dist/ is made from: the sources and their tsconfigs, the bundlers that make dist/'s
 * bundles (codegen/), and package-lock.json, the dependencies the bundles take in: a change to
 * any of them leaves dist/ stale (comparing src, rules and the tsconfigs alone kept a bundle
 * made by an older bundler, or of older dependencies).
 */
const distSources = ["src", "rules", "codegen", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];

/** The files of dist/ the package runs from, from the clone's root. */
const distFiles = [builtCli, bundleFile, bundledCli, commonJsTypesFile].map((file) => relative(root, file));

/** Whether dist/ holds every file the package runs from, each newer than every source it is built from (in the clone at `clone`, this one by default). */
export function distIsFresh(clone: string = root): boolean {
  const sources = Math.max(...distSources.map((source) => newest(join(clone, source))));
  return distFiles.every((file) => existsSync(join(clone, file)) && statSync(join(clone, file)).mtimeMs >= sources);
}

/**
 * dist/src and its declarations, emitted by TypeScript 7 (the native compiler) as `npm run
 * build` emits them. With `check: false`, tsc only emits (--noCheck): for the test run's global
 * setup, where the type-check is a test file of its own (test/typecheck.test.ts).
 */
export function compileDist({ check }: { readonly check: boolean }): void {
  execFileSync(process.execPath, [join(root, "node_modules/typescript7/bin/tsc"), "-p", "tsconfig.build.json", ...(check ? [] : ["--noCheck"])], { cwd: root, stdio: "pipe" });
}

/** What is made from dist/src: the CommonJS types, the library's bundle and the CLI's. */
export async function bundleDist(): Promise<void> {
  // `require("oms-lint/eslint")`'s types (package.json exports), which tsc does not emit.
  copyCommonJsTypes();
  // `import "oms-lint"` loads the bundle of dist/src (package.json exports).
  await bundleLibrary();
  // `oms-lint …` (bin/oms-lint.cjs) loads the bundle of the CLI.
  await bundleCli();
}
