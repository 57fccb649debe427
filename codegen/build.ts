import { bundleDist, compileDist, distIsFresh } from "./distBuild.js";

/**
 * `npm run build`: dist/ built whole, type-checked. `--if-stale` (npm's `prepare`, which `npm ci`
 * and `npm install` in a clone run, and `npm pack`): only where dist/ is missing or older than
 * its sources, and silent otherwise.
 *
 * `prepare` is what npm runs to make a package installed from git: pre-commit 4.4 and later
 * install a `language: node` hook with `npm install -g git+file://<its clone>`, and npm then
 * installs the clone's dependencies and runs its `prepare` before packing it. With no `prepare`
 * (only a `dependencies` script, which npm does not run there), the hook was installed without
 * dist/ and failed on every commit (found by the CI audit, with pre-commit 4.6.2).
 */
const onlyIfStale = process.argv.includes("--if-stale");
if (!onlyIfStale || !distIsFresh()) {
  try {
    compileDist({ check: true });
  } catch (error) {
    // tsc's own report (type errors) is on its standard output, which was piped.
    process.stderr.write((error as { stdout?: Buffer }).stdout?.toString() ?? String(error));
    process.exit(1);
  }
  await bundleDist();
}
