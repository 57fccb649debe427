// The built CLI as bin/oms-lint.cjs loads it (the bundle dist/cli/main.js, which the tests'
// global setup builds), with one change to the bundle's text: how a test makes the CLI crash
// where the product has no switch a user could trip. Compiled as bin/codeCache.cjs compiles the
// bundle, without its code cache (made for the unchanged text), and run in the test's process
// through run(argv, io), as test/support/cli.ts's runCli runs dist/src/: the patched copy is a
// module of its own (its own rules and validators), so no other test's run sees the change.
// Each crashing run was a process of its own (~0.2 s a start on the 2-core machine, six a file);
// the bundle is now loaded once a file and each run takes a few milliseconds.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import type { CliRun } from "./cli.js";

type Run = (argv: readonly string[], io: object) => Promise<number>;

/**
 * Loads the bundle with `patch` applied to its text and returns a runner of its CLI: the
 * arguments and working folder a shell would give it, with NO_COLOR=1 and standard output a
 * pipe, and what it writes and its exit code. `patch` must change the text.
 */
export function patchedCli(patch: (source: string) => string, what: string): (argv: readonly string[], cwd: string) => Promise<CliRun> {
  const file = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
  const source = readFileSync(file, "utf8");
  const patched = patch(source);
  if (patched === source) throw new Error(`patchedBundle: ${what} not found in dist/cli/main.js`);
  const module = { exports: {} as { run: Run } };
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${patched}\n})`, { filename: file });
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  const { run } = module.exports;
  return async (argv, cwd) => {
    let stdout = "";
    let stderr = "";
    const io = {
      cwd,
      env: { NO_COLOR: "1" },
      stdoutIsTTY: false,
      readStdin: async () => new Uint8Array(),
      writeStdout: (text: string) => void (stdout += text),
      writeStderr: (text: string) => void (stderr += text),
    };
    const code = await run(argv, io);
    return { code, stdout, stderr };
  };
}
