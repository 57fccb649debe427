import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { globMatcher, isPlainPicomatchGlob } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Found by the brace-set property under OMS_LINT_FUZZ_SEED=51: fast-glob's matcher reads a run of
 * three stars otherwise than ESLint's minimatch (`***a..a` matched a.a.a, whose dots are not side
 * by side), so a command-line target so written, handed to globby, listed a file ESLint does not.
 * A glob with such a run is matched as oms-lint reads it, as minimatch does.
 */
const micromatch = createRequire(import.meta.url)("micromatch") as { isMatch: (path: string, pattern: string, options: { dot: boolean; posix: boolean }) => boolean };
const eslintMatches = (pattern: string, path: string) => eslintGlobs.minimatch(path, pattern, { dot: false });

describe("a run of three stars or more is read as minimatch reads it", () => {
  it.each([
    ["***a..a", "a.a.a"],
    ["***a.{b,.a,b.}", "a.a.a"],
    ["x/***a..a", "x/a.a.a"],
  ])("%s on %s: fast-glob's reading differs, so it is not handed to globby", (pattern, path) => {
    expect(micromatch.isMatch(path, pattern, { dot: false, posix: true })).not.toBe(eslintMatches(pattern, path));
    expect(isPlainPicomatchGlob(pattern)).toBe(false);
    expect(globMatcher(pattern)(path)).toBe(eslintMatches(pattern, path));
  });

  // Not after a leading `./`: minimatch matches `./a` to no name, a difference the README lists.
  it("any glob holding such a run matches what minimatch matches", () => {
    const piece = fc.constantFrom("a", ".", "..", "***", "****", "*", "/");
    const glob = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join("")).filter((pattern) => pattern.includes("***") && !pattern.startsWith("/") && !pattern.startsWith("./") && !pattern.includes("//"));
    const path = fc.stringMatching(/^[a.]{1,5}(?:\/[a.]{1,5})?$/).filter((p) => p.split("/").every((segment) => segment !== "." && segment !== ".."));
    fc.assert(
      fc.property(glob, path, (pattern, file) => {
        expect(globMatcher(pattern)(file), `${pattern} on ${file}`).toBe(eslintMatches(pattern, file));
      }),
    );
  });
});
