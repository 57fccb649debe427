import { describe, expect, it } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Audit of 1c5f7c3e..c0e2eed0 (a regression of 75642bf4): a numeric range was handed to
 * picomatch as `{a..b}` with expandRange, and picomatch then wrote the text around the brace
 * unescaped, so a `.` beside a range matched any character, `/` included:
 * `fx/2024.{1..12}/*.json` matched fx/2024/5/a.json, and `--ignore-pattern 'fx/2024.{1..12}/**'`
 * skipped a file ESLint lints. The expected answers are minimatch's, as ESLint's config-array runs it.
 */

describe("a `.` beside a numeric range is a dot", () => {
  it.each([
    ["a.{1..3}", "a/1", false],
    ["a.{1..3}", "aX1", false],
    ["a.{1..3}", "a.1", true],
    ["fx/2024.{1..12}/*.json", "fx/2024/5/a.json", false],
    ["fx/2024.{1..12}/*.json", "fx/2024.5/a.json", true],
    ["tax.{1..3}", "tax/1", false],
    ["orders-{1..12}-v1.json", "orders-5-v1xjson", false],
    ["orders-{1..12}-v1.json", "orders-5-v1.json", true],
    ["{1..3}..*", "1.json", false],
    ["{1..3}..*", "1..json", true],
    ["x.{1..3}{a,b}.c", "x/2a.c", false],
    ["a.{1..3}/**/*.json", "a/2/b/c.json", false],
  ])("%s vs %s: %s, as minimatch answers", (glob, path, expected) => {
    expect(eslintGlobs.minimatch(path, glob, { dot: true })).toBe(expected);
    expect(globMatcher(glob, { dot: true })(path)).toBe(expected);
  });

  it("also where the glob has too many alternatives to expand (its braces left to picomatch)", () => {
    const glob = `${"{a,b}".repeat(10)}.{1..3}`;
    expect(globMatcher(glob, { dot: true })("aaaaaaaaaa.2")).toBe(true);
    expect(globMatcher(glob, { dot: true })("aaaaaaaaaa/2")).toBe(false);
    expect(globMatcher(glob, { dot: true })("aaaaaaaaaaX2")).toBe(false);
  });
});
