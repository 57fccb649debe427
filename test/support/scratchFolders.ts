import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/**
 * Fresh folders under one temporary folder of this test file (removed after its tests):
 * `folder({ "a/b.json": text })` makes `case-N/a/b.json` and returns the case's path.
 */
export function scratchFolders(prefix: string): (files: Record<string, string>) => string {
  // Made at the first case, not when the file is collected: a run filtered by test name (-t)
  // collects every describe but runs no afterAll of one it skips, and left an empty folder each.
  let work: string | undefined;
  afterAll(() => {
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });
  let folders = 0;
  return (files) => {
    work ??= mkdtempSync(join(tmpdir(), `oms-lint-${prefix}-`));
    const dir = join(work, `case-${++folders}`);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };
}
