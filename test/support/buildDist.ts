import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleCli } from "../../codegen/bundleCli.js";
import { bundleFile, bundleLibrary } from "../../codegen/bundleLibrary.js";
import { commonJsTypesFile, copyCommonJsTypes } from "../../codegen/commonJsTypes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const builtCli = join(root, "dist/src/cli/main.js");
/** What bin/oms-lint.cjs loads: the CLI bundled from dist/src (codegen/bundleCli.ts). */
const bundledCli = join(root, "dist/cli/main.js");

/** The newest modification time of the files under `dir` (or of `dir` itself, a file). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/**
 * Vitest global setup: the process tests run `node bin/oms-lint.cjs` (dist/cli/, bundled from
 * dist/src/) and the packed package, which import dist/. A fresh clone has none (dist/ is
 * not committed, and npm ci builds nothing); when dist/ is older than the sources (or missing),
 * build it here, so that `npm test` builds only when something changed.
 */
export default async function buildDist(): Promise<void> {
  const sources = Math.max(newest(join(root, "src")), newest(join(root, "rules")), newest(join(root, "tsconfig.json")), newest(join(root, "tsconfig.build.json")));
  const fresh = (file: string) => existsSync(file) && statSync(file).mtimeMs >= sources;
  if (fresh(builtCli) && fresh(bundleFile) && fresh(bundledCli) && fresh(commonJsTypesFile)) return;
  try {
    // --noCheck: emit only. The type-check is a test file of its own (test/typecheck.test.ts),
    // which checks src/ with the rest and fails the run on a type error; checking src/ here as
    // well cost a fresh clone ~2.3 CPU-s (the declarations need part of the checker all the same).
    // TypeScript 7 (the native compiler, as npm run build and typecheck use): this runs before
    // any test, and TypeScript 5.9 took 6.3 s of it against 1.1 s (the same files, but for the
    // order of an inferred type's members in one declaration).
    execFileSync(process.execPath, [join(root, "node_modules/typescript7/bin/tsc"), "-p", "tsconfig.build.json", "--noCheck"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    // A syntax error or a broken tsconfig: tsc may still have emitted what it could.
    if (!existsSync(builtCli)) throw error;
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? "";
    console.warn(`dist/ was rebuilt with errors:\n${output.slice(0, 2000)}`);
  }
  // `require("oms-lint/eslint")`'s types (package.json exports), which tsc does not emit.
  copyCommonJsTypes();
  // `import "oms-lint"` loads the bundle of dist/src (package.json exports).
  await bundleLibrary();
  // `oms-lint …` (bin/oms-lint.cjs) loads the bundle of the CLI.
  await bundleCli();
}
