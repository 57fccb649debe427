import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { bin } from "./cli.js";

/**
 * The CLI run as the user nobody, in a process of its own: what only another user's process
 * shows (a folder's or a group's permissions, which root's never meets). Run as root, with runuser.
 */
export const nobody = 65534;
const runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].find((path) => existsSync(path));

/** Why such a run cannot be made here, or undefined when it can. */
export const asNobodyUnavailable: string | undefined = process.getuid?.() !== 0 ? "running as another user needs root" : runuser === undefined ? "runuser is not installed" : undefined;

/**
 * Gives `dir` and everything in it to nobody, and lets nobody pass through the temporary folders
 * above it (this run's and the test file's, root's 700) to reach it.
 */
export function givenToNobody(dir: string): void {
  for (let up = dirname(dir); up.startsWith(tmpdir()); up = dirname(up)) chmodSync(up, statSync(up).mode | 0o011);
  const give = (path: string) => {
    chownSync(path, nobody, nobody);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) give(join(path, name));
  };
  give(dir);
}

/** `oms-lint <args>` run as nobody in `cwd` (the built CLI). */
export function cliAsNobody(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(runuser!, ["-u", "nobody", "--", process.execPath, binNobodyReads(), ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
}

let copiedBin: string | undefined;

/**
 * The built CLI copied into this run's temporary folder, where nobody may read it: the clone
 * itself may stand in a folder nobody cannot pass through (a fresh clone in `mktemp -d`'s 700
 * folder, or under /root), and run from there the CLI could not load ("permission denied" on
 * bin/oms-lint.cjs, six tests failing in a fresh clone). bin/, dist/cli and package.json are
 * what the command line reads of the package to lint, fix and write (the language server and its
 * modules are not loaded).
 */
function binNobodyReads(): string {
  if (copiedBin !== undefined) return copiedBin;
  const packageRoot = dirname(dirname(bin));
  const root = mkdtempSync(join(tmpdir(), "bin-nobody-reads-"));
  cpSync(join(packageRoot, "bin"), join(root, "bin"), { recursive: true });
  cpSync(join(packageRoot, "dist", "cli"), join(root, "dist", "cli"), { recursive: true });
  cpSync(join(packageRoot, "package.json"), join(root, "package.json"));
  const readable = (path: string) => {
    chmodSync(path, statSync(path).mode | (statSync(path).isDirectory() ? 0o555 : 0o444));
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) readable(join(path, name));
  };
  readable(root);
  for (let up = dirname(root); up.startsWith(tmpdir()); up = dirname(up)) chmodSync(up, statSync(up).mode | 0o011);
  return (copiedBin = join(root, "bin", basename(bin)));
}
