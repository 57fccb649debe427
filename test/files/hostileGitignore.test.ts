import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../support/cli.js";
import { scratch } from "../hostile/support.js";

/**
 * A .gitignore in a folder the CLI walks is read as every other file is: a FIFO or a device
 * there (a hostile checkout) is skipped, never waited on or read without end. A process,
 * with a timeout: in this process a blocked read would hang the test runner itself.
 */
const folder = scratch("gitignore");
afterAll(() => folder.remove());
const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");

const cases: [string, (path: string) => void][] = [
  ["a FIFO no one writes to", (path: string) => execFileSync("mkfifo", [path])],
  ["a link to /dev/zero", (path: string) => symlinkSync("/dev/zero", path)],
  // A file that reports size 0 and never ends (Linux's /proc; skipped where there is none): read to git's 100 MiB, no further (the data-safety audit: the walk aborted).
  ...(existsSync("/proc/self/pagemap") ? [["a link to /proc/self/pagemap", (path: string) => symlinkSync("/proc/self/pagemap", path)] as [string, (path: string) => void]] : []),
];
const folderOf = (name: string) => name.replace(/\W+/g, "-");

/**
 * One process lints every case's folder (a start of Node each cost ~0.4 CPU-s, and no case is
 * about the process but its bounds): a .gitignore waited on or read without end still ends it
 * by the timeout or the address-space cap, which fails every case, its own among them.
 */
let shared: SpawnSyncReturns<string> | undefined;
function lintFolders() {
  if (shared) return shared;
  for (const [name, makeGitignore] of cases) {
    folder.write(`${folderOf(name)}/order.json`, example);
    makeGitignore(folder.path(`${folderOf(name)}/.gitignore`));
  }
  // Held to 3 GB of address space: a .gitignore read without end fails the test, not the machine.
  return (shared = spawnSync("/bin/sh", ["-c", 'ulimit -v 3000000 && exec "$0" "$@"', process.execPath, bin, "--format", "json", ...cases.map(([name]) => folderOf(name))], {
    cwd: folder.dir,
    encoding: "utf8",
    timeout: 10_000,
    env: { ...process.env, NO_COLOR: "1" },
  }));
}

describe("a .gitignore that is no regular file", () => {
  it.each(cases)("%s: skipped, and the folder linted", (name) => {
    const run = lintFolders();
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    expect(results.filter((result) => result.filePath.includes(`/${folderOf(name)}/`)).map((result) => result.errorCount)).toEqual([0]);
  });
});
