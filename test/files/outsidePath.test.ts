import { join, relative, resolve, sep } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOutside } from "../../src/files/outsidePath.js";
import { displayPath } from "../../src/formatters/displayText.js";
import { pathFromCwd } from "../../src/glob/ignorePatternReading.js";
import { gitignoreFilter } from "../../src/files/gitignoreChain.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

/**
 * Found by the CI audit: a name that begins with two dots (..draft.json, ..old/a.json) was taken
 * for a path out of the working folder (relative()'s "..", "../x"): reports named it by its
 * absolute path and the ignores never matched it.
 */
const cwd = resolve("/work/project");
const segment = fc.constantFrom("..", ".", "...", "..x", "..draft.json", ".hidden", "a", "..old");
const pathBelow = fc.array(segment, { minLength: 1, maxLength: 6 }).map((names) => names.join("/"));
const lies = (path: string): "inside" | "outside" => (path.startsWith(cwd + sep) || path === cwd ? "inside" : "outside");

describe("isOutside: a path from relative() leads out of its folder only through '..' itself", () => {
  it("agrees with where the resolved path lies, for names made of dots", () => {
    fc.assert(
      fc.property(pathBelow, (written) => {
        const path = resolve(cwd, written);
        expect(isOutside(relative(cwd, path)) ? "outside" : "inside").toBe(path === cwd ? "inside" : lies(path));
      }),
    );
  });

  it.each([
    ["..", true],
    ["../a.json", true],
    [`..${sep}..${sep}a`, true],
    ["..draft.json", false],
    [`..old${sep}a.json`, false],
    ["...", false],
    [".hidden", false],
  ])("%s: outside %s", (path, outside) => {
    expect(isOutside(path)).toBe(outside);
  });

  it("reports and --ignore-pattern name a file such as ..draft.json from the working folder, not by its absolute path", () => {
    for (const name of ["..draft.json", "..old/a.json", ".../b.json"]) {
      expect(displayPath(join(cwd, name), cwd)).toBe(name);
      expect(pathFromCwd(join(cwd, name), cwd)).toBe(name);
    }
    expect(displayPath(join(cwd, "../x.json"), cwd)).toBe(join(cwd, "../x.json"));
  });

  it("a .gitignore line ..draft.json ignores that file in the folder", () => {
    const folder = mkdtempSync(join(tmpdir(), "oms-lint-dots-"));
    try {
      writeFileSync(join(folder, ".gitignore"), "..draft.json\n..old/\n");
      const ignored = gitignoreFilter(folder, folder);
      expect([ignored(join(folder, "..draft.json")), ignored(join(folder, "..old/a.json")), ignored(join(folder, "draft.json"))]).toEqual([true, true, false]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
