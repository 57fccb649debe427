import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { isLintedName, lintedNameGlob } from "../../src/files/lintedName.js";

/**
 * The language server asks the client to watch lintedNameGlob for the files it lints
 * (src/lsp/lintedFileWatchers.ts): a name the walk takes that the glob missed would keep a stale
 * encoding fault after the file changed outside the editor (audit at cb582f2c).
 */
describe("lintedNameGlob watches every name the walk lints", () => {
  const matches = picomatch(lintedNameGlob, { dot: true });
  /** A folder's or a file's name (never `.` or `..`, which name no file). */
  const part = fc.stringMatching(/^[a-z._ -]{1,8}$/).filter((name) => name !== "." && name !== "..");
  const ends = fc.constantFrom("", ".json", ".http", ".rest", ".JSON", ".json5", ".txt", ".js", ".jsonc", ".HTTP", ".rest.bak");

  it("a name at any depth that the walk lints by its name is watched", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 0, maxLength: 3 }), part, ends, (folders, stem, end) => {
        const name = stem + end;
        if (isLintedName(name)) expect(matches([...folders, name].join("/"))).toBe(true);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it.each(["order.json", "a/b/requests.http", "x.rest", "oms-lint.config.json"])("%s is watched", (path) => expect(matches(path)).toBe(true));
});
