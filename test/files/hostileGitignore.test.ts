import { execFileSync, spawnSync } from "node:child_process";
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

function lintFolderWith(name: string, makeGitignore: (path: string) => void) {
  folder.write(`${name}/order.json`, example);
  makeGitignore(folder.path(`${name}/.gitignore`));
  // Held to 3 GB of address space: a .gitignore read without end fails the test, not the machine.
  return spawnSync("/bin/sh", ["-c", 'ulimit -v 3000000 && exec "$0" "$@"', process.execPath, bin, "--format", "json", name], {
    cwd: folder.dir,
    encoding: "utf8",
    timeout: 10_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
}

describe("a .gitignore that is no regular file", () => {
  it.each<[string, (path: string) => void]>([
    ["a FIFO no one writes to", (path: string) => execFileSync("mkfifo", [path])],
    ["a link to /dev/zero", (path: string) => symlinkSync("/dev/zero", path)],
    // A file that reports size 0 and never ends (Linux's /proc; skipped where there is none): read to git's 100 MiB, no further (the data-safety audit: the walk aborted).
    ...(existsSync("/proc/self/pagemap") ? [["a link to /proc/self/pagemap", (path: string) => symlinkSync("/proc/self/pagemap", path)] as [string, (path: string) => void]] : []),
  ])("%s: skipped, and the folder linted", (name, makeGitignore) => {
    const run = lintFolderWith(name.replace(/\W+/g, "-"), makeGitignore);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).map((result: { errorCount: number }) => result.errorCount)).toEqual([0]);
  });
});
