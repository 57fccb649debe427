import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configIgnores } from "../../src/config/configIgnores.js";
import { emptyConfig } from "../../src/config/config.js";
import { globMatcher, isPlainPicomatchGlob } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Found by the "own text" property of globMatcher.test.ts under another seed (OMS_LINT_FUZZ_SEED=4:
 * `^^`). picomatch's fast path, taken by a glob with no `/`, bracket, brace or parenthesis that
 * does not open with `*` or `!`, escapes only the first character of a run of one punctuation
 * character: `a$$b.json` became `a\$$b\.json`, whose second `$` is the end of the text, and
 * `v^^2.json` `v\^^2\.json`, whose second `^` is its start. Neither matched any name, so
 * `ignores: ["a$$b.json"]` left a$$b.json linted, which ESLint (minimatch) ignores. fast-glob's
 * picomatch has the same fast path: a command-line target so written listed nothing.
 */
const eslintMatches = (pattern: string, path: string) => eslintGlobs.minimatch(path, pattern, { dot: true });
/** fast-glob's matcher (micromatch over picomatch 2), as it reads globby's patterns. */
const micromatch = createRequire(import.meta.url)("micromatch") as { isMatch: (path: string, pattern: string, options: { dot: boolean; posix: boolean }) => boolean };

describe("`^` and `$` in a glob are themselves, as in minimatch", () => {
  const ignoredBy = (ignores: string[]) => configIgnores({ ...emptyConfig("/repo"), ignores })!;

  it.each([
    // [ignores, path, ignored]
    ["a$$b.json", "a$$b.json", true],
    ["a$$b.json", "ab.json", false],
    ["price$$*.json", "price$$1.json", true],
    ["price$$*.json", "price$1.json", false],
    ["v^^2.json", "v^^2.json", true],
    ["v^^2.json", "v2.json", false],
    ["^^^", "^^^", true],
    ["a$$$", "a$$$", true],
    ["$^$^", "$^$^", true],
    ["x/a$$b.json", "x/a$$b.json", true],
  ] as const)("ignores: [%j] on %s: ignored %s", (pattern, path, ignored) => {
    expect(eslintMatches(pattern, path)).toBe(ignored);
    expect(ignoredBy([pattern])(`/repo/${path}`, false)).toBe(ignored);
  });

  it.each(["price$$*.json", "v^^*.json"])("a command-line target %s, which fast-glob misreads, is matched as oms-lint reads it", (pattern) => {
    const name = pattern.replace("*", "1");
    expect(micromatch.isMatch(name, pattern, { dot: false, posix: true })).not.toBe(eslintMatches(pattern, name));
    expect(isPlainPicomatchGlob(pattern)).toBe(false);
  });

  it("matches what minimatch matches, for runs of any punctuation", () => {
    const piece = fc.constantFrom("a", "b", "^", "$", "^^", "$$", "+", "|", "-", "=", "~", "#", "%", ",", "@", "!", ".", "*", "?");
    // Not a leading `!` (minimatch negates the glob; oms-lint's lists take it off first, the README says), nor a
    // leading `#`: minimatch reads such a glob as a comment that matches nothing, oms-lint as its text (a
    // difference the README lists; the test below holds both readings).
    const glob = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join("")).filter((pattern) => !/^[!#]/.test(pattern));
    // The glob's own text with its wildcards taken as a character, or a name drawn from the same characters.
    const globAndName = glob.chain((pattern) =>
      fc.tuple(fc.constant(pattern), fc.oneof(fc.constant(pattern.replace(/[*?]/g, "a")), fc.stringMatching(/^[ab^$+|\-=~#%,@!.]{1,6}$/))),
    );
    fc.assert(
      fc.property(globAndName, ([pattern, name]) => {
        expect(globMatcher(pattern, { dot: true })(name)).toBe(eslintMatches(pattern, name));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    // [ignores, path]
    ["#draft.json", "#draft.json"],
    ["#*.json", "#1.json"],
    ["fixtures/#old/*.json", "fixtures/#old/a.json"],
  ] as const)("ignores: [%j] ignores %s, where minimatch reads a leading # as a comment (a difference the README lists)", (pattern, path) => {
    expect(eslintMatches(pattern, path)).toBe(!pattern.startsWith("#"));
    expect(ignoredBy([pattern])(`/repo/${path}`, false)).toBe(true);
  });
});
