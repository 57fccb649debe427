// Whether dist/ is fresh, in plain JavaScript: npm's `prepare` (codegen/prepare.mjs) asks it
// before it starts tsx, which `npm pack`, `npm ci` and `npm install` in a clone ran for nothing
// where dist/ was fresh (~1.3 CPU-s: tsx's two node processes, loading the build's modules). The
// build (codegen/distBuild.ts, codegen/build.ts --if-stale) and the tests' global setup ask it too.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

/** The newest modification time of the files under `path` (or of `path` itself, a file); 0 when it does not exist. */
function newest(path) {
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

/**
 * The files of dist/ the package runs from, from the clone's root: what tsc emits of the CLI
 * (codegen/distBuild.ts builtCli), the library's bundle (codegen/bundleLibrary.ts bundleFile), the
 * CLI's bundle that bin/oms-lint.cjs loads (codegen/bundleCli.ts), and the CommonJS types
 * (codegen/commonJsTypes.ts commonJsTypesFile).
 */
export const distFiles = ["dist/src/cli/main.js", "dist/oms-lint.js", "dist/cli/main.js", "dist/src/eslint/plugin.d.cts"];

/** Whether dist/ holds every file the package runs from, each newer than every source it is built from (in the clone at `clone`, this one by default). */
export function distIsFresh(clone = root) {
  const sources = Math.max(...distSources.map((source) => newest(join(clone, source))));
  return distFiles.every((file) => existsSync(join(clone, file)) && statSync(join(clone, file)).mtimeMs >= sources);
}
