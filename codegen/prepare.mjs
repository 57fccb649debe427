// npm's `prepare` (npm ci, npm install in this folder, npm pack, and an install from git): dist/
// built where it is missing or older than its sources (codegen/build.ts --if-stale).
//
// Plain JavaScript, not TypeScript run by tsx, because it must run where the development
// dependencies are not installed: pre-commit 4.4 and later install a `language: node` hook with
// `npm install -g git+file://<clone>`, and npm prepares that clone with an `npm install` that
// inherits the global flag (npm exports its settings to its children as npm_config_*), so it
// installs the clone as a global package, without tsx, TypeScript or esbuild, and runs this
// there (found with pre-commit 4.6.2: "tsx: not found", then no dist/ and exit 2 on every commit).
// Then they are installed here first, from the lockfile, with no lifecycle script (this one again
// among them), outside global mode.
//
// A fresh dist/ is left as it is without starting tsx at all (codegen/distFreshness.mjs, the check
// build.ts --if-stale makes): `npm pack` and `npm ci` in a built clone paid ~1.3 CPU-s for it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { distIsFresh } from "./distFreshness.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
// What npm runs scripts with is npm_execpath (npm-cli.js); npm itself where that is unset.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : [process.platform === "win32" ? "npm.cmd" : "npm"];
// Nothing on standard output: `npm pack` prints the tarball's name there.
const quiet = { cwd: root, stdio: ["ignore", 2, 2] };

if (!distIsFresh()) {
  if (!existsSync(join(root, "node_modules/tsx/package.json"))) {
    const [command, ...first] = npm;
    execFileSync(command, [...first, "ci", "--global=false", "--include=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], quiet);
  }
  execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "codegen/build.ts", "--if-stale"], quiet);
}
