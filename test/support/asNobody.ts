import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, chownSync, existsSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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
  return spawnSync(runuser!, ["-u", "nobody", "--", process.execPath, bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
}
