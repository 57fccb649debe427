import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleCli } from "./bundleCli.js";
import { bundleLibrary } from "./bundleLibrary.js";
import { copyCommonJsTypes } from "./commonJsTypes.js";
import { stampPluginBuild } from "./pluginStamp.js";

const root = fileURLToPath(new URL("../", import.meta.url));
/** What tsc emits of the CLI (dist/src), which the bundles are made from. */
export const builtCli = join(root, "dist/src/cli/main.js");

/** Whether dist/ is fresh: in plain JavaScript, which `prepare` asks before it starts tsx (codegen/distFreshness.mjs). */
export { distIsFresh } from "./distFreshness.mjs";

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
  // The ESLint plugin's meta.version carries the hash of what tsc emitted (src/eslint/pluginBuild.ts), ESLint's cache key.
  stampPluginBuild(join(root, "dist/src"), join(root, "dist/src/eslint/pluginBuild.js"));
  // `require("oms-lint/eslint")`'s types (package.json exports), which tsc does not emit.
  copyCommonJsTypes();
  // `import "oms-lint"` loads the bundle of dist/src (package.json exports).
  await bundleLibrary();
  // `oms-lint …` (bin/oms-lint.cjs) loads the bundle of the CLI.
  await bundleCli();
}
