import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { globMatcher, isPlainPicomatchGlob } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";
import { onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

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

  /**
   * A glob whose runs read as `*.*` alone, which picomatch's fast path reads as wanting a character
   * after the dot (as oms-lint reads `*.*` itself: `****.*` on a., drawn under OMS_LINT_FUZZ_SEED=54).
   */
  const readsAsStarDotStar = (pattern: string) => pattern.replace(/\*+/g, "*") === "*.*";
  /**
   * The README's differences from minimatch, left out: a leading `./` (minimatch matches `./a` to no
   * name: `./***a` on a, seed 51) and a `.` or `..` segment, which the command line resolves as a path
   * (`****\/a/..` on a, seed 8).
   */
  const listedDifference = (pattern: string) => pattern.startsWith("./") || pattern.split("/").some((segment) => segment === "." || segment === "..");

  // Not the README's differences, nor `*.*` (above).
  it("any glob holding such a run matches what minimatch matches", () => {
    const piece = fc.constantFrom("a", ".", "..", "***", "****", "*", "/");
    const glob = fc
      .array(piece, { minLength: 1, maxLength: 5 })
      .map((pieces) => pieces.join(""))
      .filter((pattern) => pattern.includes("***") && !pattern.startsWith("/") && !pattern.includes("//") && !readsAsStarDotStar(pattern) && !listedDifference(pattern));
    const path = fc.stringMatching(/^[a.]{1,5}(?:\/[a.]{1,5})?$/).filter((p) => p.split("/").every((segment) => segment !== "." && segment !== ".."));
    fc.assert(
      fc.property(glob, path, (pattern, file) => {
        expect(globMatcher(pattern)(file), `${pattern} on ${file}`).toBe(eslintMatches(pattern, file));
      }),
    );
  });

  /**
   * Found by the review of this fix: written `**` at a segment's start or after an extglob's
   * parenthesis, such a run was a globstar to picomatch however the segment went on, so
   * `--ignore-pattern '***.json'` ignored orders/a.json, which ESLint's `***.json` does not match.
   */
  it.each([
    ["***.json", "orders/a.json"],
    ["x/***.json", "x/y/z.json"],
    ["*(a)***", "a.a/a/a"],
    ["+(a|***)***", "a/*a."],
    ["+(a|***)", "a/b"],
  ])("%s on %s: no globstar, as minimatch reads it", (pattern, path) => {
    expect(eslintMatches(pattern, path)).toBe(false);
    expect(globMatcher(pattern)(path)).toBe(false);
  });

  /**
   * Beside escapes, brackets and extglobs too, on names that start with no dot. Left out: a glob whose runs read as `*.*` alone
   * (readsAsStarDotStar), and two stars, which this leaves as they are.
   */
  it("any glob holding such a run, beside escapes, brackets and extglobs, matches what minimatch matches", () => {
    const piece = fc.constantFrom("a", ".", "***", "****", "*", "/", "\\*", "[*]", "[***]", "*(a)", "+(a|***)");
    // Two stars are no run: after an extglob's `)`, picomatch reads them as a globstar (`+(a|b)**` on a/b), and
    // `**` before an extglob's `*(` (`***(a)` on a.), as before.
    const twoStars = /(?<!\*)\*\*(?!\*)|(?<!\*)\*\*\*\(/;
    const glob = fc
      .array(piece, { minLength: 1, maxLength: 5 })
      .map((pieces) => pieces.join(""))
      .filter((pattern) => pattern.includes("***") && !pattern.startsWith("/") && !pattern.includes("//") && !readsAsStarDotStar(pattern) && !listedDifference(pattern) && !twoStars.test(pattern));
    // No dot file: an extglob's star matches one in picomatch, whatever its stars (`+(a|*)` on .a).
    const path = fc.stringMatching(/^[a*][a.*]{0,4}(?:\/[a*][a.*]{0,4}){0,2}$/);
    fc.assert(
      fc.property(glob, path, (pattern, file) => {
        expect(globMatcher(pattern)(file), `${pattern} on ${file}`).toBe(eslintMatches(pattern, file));
      }),
      { numRuns: 2000 },
    );
  });

  /**
   * The tokens before the first and past the last are none, whatever a polluted prototype answers
   * for the index -1 or the length: "a" at -1 made `***.json`'s run one after a character (`**`,
   * a globstar at the start), and a star at the length lengthened a run at the end.
   */
  it("a polluted Object.prototype answers for no token before the first or past the last", async () => {
    // Globs of this test alone: a glob's expression is compiled once a process.
    const cases = [["***.jsonc", "orders/a.jsonc"], ["***b", "a/b"], ["y/***", "y/a/b"]] as const;
    const read = () => cases.map(([pattern, path]) => globMatcher(pattern)(path));
    const polluted = await withPolluted([onObjectPrototype("-1", ['"a"', "a"]), onObjectPrototype("3", ['"*"', "*"]), onObjectPrototype("4", ['"*"', "*"])], read);
    expect(polluted).toEqual(cases.map(([pattern, path]) => eslintMatches(pattern, path)));
  });
});
