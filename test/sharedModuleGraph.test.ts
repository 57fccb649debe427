import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const testDir = fileURLToPath(new URL("./", import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? testFiles(join(dir, entry.name)) : /\.(test\.)?ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/**
 * vitest.config.ts runs every file with `isolate: false`: the files of a thread share one module
 * graph. A module mocked there (vi.mock is hoisted, vi.doMock is not) would stay mocked for
 * every file after it on that thread, and a test that passes because of another file's mock
 * proves nothing. A file that must mock needs a project of its own with isolate: true.
 */
it("no test file mocks a module: the threads' files share one module graph", () => {
  const mocking = testFiles(testDir).filter((file) => /\bvi\s*\.\s*(do)?[mM]ock\s*\(/.test(readFileSync(file, "utf8")));
  expect(mocking.map((file) => relative(testDir, file))).toEqual([]);
});
