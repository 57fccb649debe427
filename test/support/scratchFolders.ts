import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/**
 * Fresh folders under one temporary folder of this test file (removed after its tests):
 * `folder({ "a/b.json": text })` makes `case-N/a/b.json` and returns the case's path.
 */
export function scratchFolders(prefix: string): (files: Record<string, string>) => string {
  const work = mkdtempSync(join(tmpdir(), `oms-lint-${prefix}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let folders = 0;
  return (files) => {
    const dir = join(work, `case-${++folders}`);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };
}
