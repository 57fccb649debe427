import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
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
  const folder = mkdtempSync(join(tmpdir(), "oms-lint-test-run-"));
  process.env.TMPDIR = folder;
  return () => {
    // A test that locks a folder (chmod 000) to see it refused and failed before unlocking it
    // would stop the removal of its parent for a user without root's override.
    unlockFolders(folder);
    rmSync(folder, { recursive: true, force: true });
  };
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
