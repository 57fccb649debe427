import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { removeAbandonedRunFolders, runBase } from "./support/runTemporaryFolder.js";

const repo = fileURLToPath(new URL("../", import.meta.url));

it("OMS_LINT_TEST_TMPDIR, when set, is where the run folder is made", () => {
  expect(runBase({ OMS_LINT_TEST_TMPDIR: "/somewhere/else" })).toBe("/somewhere/else");
});

it("a folder that is no tmpfs, or none at all, leaves the run folder in the system's temporary folder", () => {
  const disk = mkdtempSync(join(repo, ".tmp-run-base-"));
  try {
    // The repository's own disk: ext4 here, not a tmpfs (a checkout in a tmpfs would say nothing).
    if (statfsSync(disk).type !== 0x01021994) expect(runBase({}, disk)).toBe(tmpdir());
    expect(runBase({}, join(disk, "no-such-folder"))).toBe(tmpdir());
  } finally {
    rmSync(disk, { recursive: true, force: true });
  }
});

/** Mounts a tmpfs with `options` at a new folder, runs `check` on it, unmounts: undefined, or why it could not mount (not root, a container that refuses). */
function onTmpfs(options: string, check: (at: string) => void): string | undefined {
  const at = mkdtempSync(join(tmpdir(), "oms-lint-run-base-"));
  try {
    if (process.getuid?.() !== 0) return "mounting a tmpfs needs root";
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at], { stdio: "pipe" });
    } catch (error) {
      return `mount -t tmpfs was refused here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`;
    }
    try {
      check(at);
    } finally {
      execFileSync("umount", [at]);
    }
    return undefined;
  } finally {
    rmSync(at, { recursive: true, force: true });
  }
}

// A tmpfs's size is a ceiling, not memory taken: mounting one of 8 GiB costs nothing.
it("a tmpfs with room for the run is taken; one too small (a container's 64 MB /dev/shm), or mounted noexec, is not", (context) => {
  const refused =
    onTmpfs("size=8g", (at) => expect(runBase({}, at)).toBe(at)) ??
    onTmpfs("size=64m", (at) => expect(runBase({}, at)).toBe(tmpdir())) ??
    // Mounted noexec (Docker's /dev/shm, hardening guides): the tests' scripts there would not run.
    onTmpfs("size=8g,noexec", (at) => expect(runBase({}, at)).toBe(tmpdir()));
  if (refused !== undefined) {
    console.warn(`runTemporaryFolder.test.ts: the tmpfs case skipped: ${refused}`);
    context.skip();
  }
});

// A run killed before its teardown (Ctrl-C, a CI timeout) left its folder, in /dev/shm memory until a restart: twenty
// stood there after a day of runs, one of 22 MB. The next run removes those whose process is gone (the ids below are
// past Linux's largest, 4,194,304, so no process holds them).
it("a run folder whose process is gone is removed at the next run's start, a locked folder in it too; a live run's and any other name are left", () => {
  const base = mkdtempSync(join(tmpdir(), "run-folders-"));
  try {
    const names = ["oms-lint-test-run-4194401-AbC123", "oms-lint-test-run-4194402-dEf456", "oms-lint-test-run-XyZ789", "oms-lint-test-run-12-", "mine"];
    for (const name of names) {
      mkdirSync(join(base, name, "x"), { recursive: true });
      writeFileSync(join(base, name, "x", "a.json"), "{}");
    }
    chmodSync(join(base, names[0]!, "x"), 0o000);
    const removed = removeAbandonedRunFolders(base, (pid) => pid === 4194402);
    expect(removed).toEqual([join(base, names[0]!)]);
    expect(readdirSync(base).sort()).toEqual(names.slice(1).sort());
    // Asked of the system: this process exists, and so its folder is left; the one of a process that does not is removed.
    const own = `oms-lint-test-run-${process.pid}-GhI012`;
    mkdirSync(join(base, own));
    expect(removeAbandonedRunFolders(base)).toEqual([join(base, names[1]!)]);
    expect(readdirSync(base).sort()).toEqual([own, ...names.slice(2)].sort());
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
