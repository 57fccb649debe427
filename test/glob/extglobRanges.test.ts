import { describe, expect, it } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Audit of 1c5f7c3e..c0e2eed0: a numeric range inside an extglob was kept as one alternative,
 * `+({1..3})` read as `+([1-3])`, where minimatch expands the braces first (`+(1)`, `+(2)`,
 * `+(3)`): `+({1..3})` matched 12, and `!({1..3})` missed 1 (which `!(2)` takes). The expected
 * answers are minimatch's, as ESLint's config-array runs it.
 */

describe("a range inside an extglob is expanded first, as minimatch expands it", () => {
  it.each([
    ["+({1..3})", "12", false],
    ["+({1..3})", "2", true],
    ["+({1..3})", "22", true],
    ["!({1..3})", "1", true],
    ["!({1..3})", "7", true],
    ["fx/@({1..3}|x).json", "fx/12.json", false],
    ["*({1..3}).json", "13.json", false],
    ["*({1..3}).json", "11.json", true],
  ])("%s vs %s: %s", (glob, path, expected) => {
    expect(eslintGlobs.minimatch(path, glob, { dot: true })).toBe(expected);
    expect(globMatcher(glob, { dot: true })(path)).toBe(expected);
  });
});
