import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/** A negative fixture the suppressions tests record: a line taxed 30% (tax-rate-cap's error). */
export const taxOverCapFixture = "fixtures/negative/tax-over-cap.json";

/** Writes `text` at `path` below `root`, making its folders. */
export function writeAt(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A list the test file pushes the folders it makes to: each is removed after the file's tests. */
export function removedAfterAll(): string[] {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  return roots;
}
