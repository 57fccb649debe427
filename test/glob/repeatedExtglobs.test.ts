import { describe, expect, it } from "vitest";
import { globMatcher, isCostlyGlob } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * picomatch 4.0.7's guard against backtracking read a repeated extglob whose branches overlap as
 * text: x/+(a|aa).json, x/*(0|00).json, x/+(*|?).json and x/+(a|a).json matched no file but one
 * named so; minimatch (ESLint) matches aaa.json, 000.json, ab.json and aa.json. Read as extglobs,
 * they are matched without backtracking (linearRegex).
 */
describe("a repeated extglob of overlapping branches", () => {
  it.each([
    ["x/+(a|aa).json", ["x/aaa.json", "x/a.json", "x/.json", "x/ab.json", "x/+(a|aa).json"]],
    ["x/*(0|00).json", ["x/000.json", "x/.json", "x/01.json"]],
    ["x/+(*|?).json", ["x/ab.json", "x/a.json", "x/a/b.json"]],
    ["x/+(a|a).json", ["x/aa.json", "x/b.json"]],
    ["x/@(a|aa)+(b|bb).json", ["x/aabbb.json", "x/ab.json", "x/a.json"]],
  ])("%s matches as minimatch does", (glob, paths) => {
    for (const path of paths) expect(globMatcher(glob, { dot: true })(path), path).toBe(eslintGlobs.minimatch(path, glob, { dot: true }));
  });

  it("is matched without backtracking (the test's timeout is the hang guard)", () => {
    expect(isCostlyGlob("x/+(a|aa).json")).toBe(true);
    expect(globMatcher("x/+(a|aa).json")(`x/${"a".repeat(5000)}`)).toBe(false);
    expect(globMatcher("x/+(*|?).json")(`x/${"a".repeat(5000)}`)).toBe(false);
  });
});
