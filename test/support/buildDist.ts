import { existsSync } from "node:fs";
import { builtCli, bundleDist, compileDist, distIsFresh } from "../../codegen/distBuild.js";

/**
 * Vitest global setup: the process tests run `node bin/oms-lint.cjs` (dist/cli/, bundled from
 * dist/src/) and the packed package, which import dist/. A fresh clone has none until
 * `npm ci` (its `prepare` script) builds it; when dist/ is older than the sources (or missing),
 * build it here, so that `npm test` builds only when something changed.
 */
export default async function buildDist(): Promise<void> {
  if (distIsFresh()) return;
  try {
    // check: false, emit only. The type-check is a test file of its own (test/typecheck.test.ts),
    // which checks src/ with the rest and fails the run on a type error; checking src/ here as
    // well cost a fresh clone ~2.3 CPU-s (the declarations need part of the checker all the same).
    // TypeScript 7 (the native compiler, as npm run build and typecheck use): this runs before
    // any test, and TypeScript 5.9 took 6.3 s of it against 1.1 s (the same files, but for the
    // order of an inferred type's members in one declaration).
    compileDist({ check: false });
  } catch (error) {
    // A syntax error or a broken tsconfig: tsc may still have emitted what it could.
    if (!existsSync(builtCli)) throw error;
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? "";
    console.warn(`dist/ was rebuilt with errors:\n${output.slice(0, 2000)}`);
  }
  await bundleDist();
}
