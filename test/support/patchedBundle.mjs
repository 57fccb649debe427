// Runs the built CLI as bin/oms-lint.cjs runs it (the bundle dist/cli/main.js, which the tests'
// global setup builds), with one change to the bundle's text: how a test makes the CLI crash
// where the product has no switch a user could trip. Compiled as bin/codeCache.cjs compiles the
// bundle, without its code cache (made for the unchanged text). Each crashing CLI was the
// unbundled dist/src/ tree, patched after import or through a module hook (a loader thread
// that every one of its modules went through): 0.4-1 s a run, where the bundle starts in 0.2 s.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

/** Loads the bundle with `patch` applied to its text, then runs its main(); `patch` must change the text. */
export async function runPatchedBundle(patch, what) {
  const file = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
  const source = readFileSync(file, "utf8");
  const patched = patch(source);
  if (patched === source) throw new Error(`patchedBundle: ${what} not found in dist/cli/main.js`);
  const module = { exports: {} };
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${patched}\n})`, { filename: file });
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  await module.exports.main();
}
