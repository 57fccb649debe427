import { execFileSync } from "node:child_process";
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vitest global setup: one temporary folder for the run, which the tests' own temporary
 * folders (os.tmpdir(), and the processes they spawn: TMPDIR) are made in, removed when the
 * run ends. A test cleans up after itself, but a run filtered by name (-t) collects every file
 * and runs no afterAll of a describe it skips, and a failing test may stop before its cleanup:
 * `vitest run -t <no such test>` left 56 folders in /tmp, one of 3,000 files.
 */
export default function runTemporaryFolder(): () => void {
  const base = runBase();
  removeAbandonedRunFolders(base);
  const folder = mkdtempSync(join(base, `${runFolderPrefix}${process.pid}-`));
  process.env.TMPDIR = folder;
  return () => {
    // A test that locks a folder (chmod 000) to see it refused and failed before unlocking it
    // would stop the removal of its parent for a user without root's override.
    unlockFolders(folder);
    rmSync(folder, { recursive: true, force: true });
  };
}

const runFolderPrefix = "oms-lint-test-run-";

/**
 * Removes the run folders that runs killed before their teardown left in `base` (Ctrl-C, a CI
 * job's timeout): in /dev/shm each holds memory until the machine restarts (a full run killed
 * midway left 22 MB; twenty such folders stood there after a day of helpers' runs). A folder is
 * told as abandoned by the process its name holds, which no longer exists; a folder of a run
 * still going (another checkout's, beside this one) is left, and so is any other name.
 */
export function removeAbandonedRunFolders(base: string, alive: (pid: number) => boolean = processExists): string[] {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const owner = /^oms-lint-test-run-([1-9][0-9]{0,9})-[^-]+$/.exec(name);
    if (owner === null || alive(Number(owner[1]))) continue;
    const folder = join(base, name);
    unlockFolders(folder);
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

/** Whether a process of this id exists (one of another user's answers EPERM, and exists). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Linux's statfs type of a tmpfs. */
const tmpfsMagic = 0x01021994;
/** The most the suite held in its run folder at once, sampled every 0.3 s, was 120 MB (the 50 MB orders, the tarball's install): room for it many times over. */
const tmpfsRoom = 4 * 1024 ** 3;

/**
 * Where the run folder is made: OMS_LINT_TEST_TMPDIR when set; else Linux's /dev/shm, a tmpfs in
 * memory, when it has room; else the system's temporary folder. The tests write, fsync, rename and
 * remove thousands of files and folders: on this machine's ext4 (a virtual disk) the kernel's
 * time was 43 CPU-s and the suite took 109-110 s (two runs), against 35-37 CPU-s and 95-103 s
 * (three runs on an idle host) in /dev/shm. A container's
 * /dev/shm is often 64 MB, and mounted noexec: too small or refusing the tests' scripts, then, and not used. What the tests check of files (links,
 * FIFOs, permissions, a full disk: test/files/fullDisk.test.ts mounts its own) holds on both.
 */
export function runBase(env: NodeJS.ProcessEnv = process.env, shm = "/dev/shm"): string {
  if (env.OMS_LINT_TEST_TMPDIR) return env.OMS_LINT_TEST_TMPDIR;
  try {
    const stats = statfsSync(shm);
    if (stats.type === tmpfsMagic && stats.bavail * stats.bsize >= tmpfsRoom && runsPrograms(shm)) return shm;
  } catch {
    // No /dev/shm (macOS, Windows): the system's folder.
  }
  return tmpdir();
}

/**
 * Whether a program made in `folder` runs: tests write scripts into their temporary folders and
 * run them (a stand-in npx, git hooks), and a /dev/shm mounted noexec, as Docker and hardening
 * guides mount it, refuses them (found by the audit of the session that moved the run there).
 */
function runsPrograms(folder: string): boolean {
  const probe = mkdtempSync(join(folder, "oms-lint-exec-probe-"));
  try {
    const script = join(probe, "probe");
    writeFileSync(script, "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    execFileSync(script, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

function unlockFolders(folder: string): void {
  try {
    chmodSync(folder, 0o700);
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (lstatSync(path).isDirectory()) unlockFolders(path);
    }
  } catch {
    // What cannot be unlocked is left to rmSync, which says nothing either (force).
  }
}
