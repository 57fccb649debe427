import { afterAll, describe, expect, it } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { GlobRefusal, refused } from "../../src/glob/unreadableGlob.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Audit of 89f22422: `--ignore-pattern` with `{a,b}` nine times over, then `@(x)` 150 times,
 * ended in "internal error" with a 241 KB line: picomatch writes each extglob as a capturing
 * group, and the 512 alternatives joined passed V8's 65,535 captures. minimatch reads the glob.
 */
describe("a glob of many extglobs in many alternatives", () => {
  const glob = "{a,b}".repeat(9) + "@(x)".repeat(150) + ".json";
  const { Minimatch } = eslintGlobs as unknown as { Minimatch: new (pattern: string, options: { dot: boolean }) => { match: (path: string) => boolean } };
  // Compiled once for the four paths, by globMatcher and by minimatch (what its minimatch() does a path: the 512
  // alternatives are too heavy for its cache): each compiled the glob again, about half a second a path.
  let compiled: { globMatcher: (path: string) => boolean; minimatch: { match: (path: string) => boolean } } | undefined;
  const compiledOnce = () => (compiled ??= { globMatcher: globMatcher(glob, { dot: true }), minimatch: new Minimatch(glob, { dot: true }) });
  // Released after the file's tests: the worker's next files share its process (isolate: false).
  afterAll(() => {
    compiled = undefined;
  });

  it.each([
    ["a".repeat(9) + "x".repeat(150) + ".json", true],
    ["abababab" + "b" + "x".repeat(150) + ".json", true],
    ["a".repeat(9) + "x".repeat(149) + ".json", false],
    ["c".repeat(9) + "x".repeat(150) + ".json", false],
  ])("matches as minimatch does: %s %s", (path, matches) => {
    expect(compiledOnce().globMatcher(path)).toBe(matches);
    expect(compiledOnce().minimatch.match(path)).toBe(matches);
  });

  it("V8's 'Too many captures' is the engine's refusal of the glob, not an internal error", () => {
    expect(() => refused(() => new RegExp("(a)".repeat(70_000)), "engine")).toThrow(GlobRefusal);
  });
});
