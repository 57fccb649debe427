import { afterAll, describe, expect, it } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { UnreadableGlob } from "../../src/glob/unreadableGlob.js";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Audit of 18acccb4..741b2021: the 250,000-character bound was taken over all of a glob's
 * alternatives together, so globs ESLint (minimatch) reads were refused: a thousand alternatives
 * of about 300 characters each (305,000 in all), and `{1..100000..2}` (50,000 values, 250,026
 * characters). The bound is now each alternative's, and a long set is matched by several joined
 * groups; a range written out past it stays refused.
 */
const letters = "{a,b,c,d,e,f,g,h,i,j}";
const thousandAlternatives = `**/${letters}/**/${letters}/**/${letters}/**/*.json`;

const { Minimatch } = eslintGlobs as unknown as { Minimatch: new (pattern: string, options: { dot: boolean }) => { match: (path: string) => boolean } };

/** A glob's two readings: minimatch's (ESLint's) and globMatcher's. */
interface Readings {
  readonly minimatch: (path: string) => boolean;
  readonly globMatcher: (path: string) => boolean;
}

/**
 * A glob compiled once for all the paths of its table, by minimatch (what its minimatch() does a
 * path: the pattern is too heavy for its cache) and by globMatcher: `orders-{1..100000..2}.json`
 * costs about a second to compile, and each of its six paths compiled it again. Released after
 * the file's tests: the worker's next files share its process (isolate: false).
 */
function compiledOnce(glob: string): { readonly get: () => Readings; readonly release: () => void } {
  let compiled: Readings | undefined;
  return {
    get: () => {
      if (compiled === undefined) {
        const read = new Minimatch(glob, { dot: false });
        compiled = { minimatch: (path) => read.match(path), globMatcher: globMatcher(glob) };
      }
      return compiled;
    },
    release: () => {
      compiled = undefined;
    },
  };
}

describe("the expression bound is each alternative's, not the sum of a glob's", () => {
  const thousand = compiledOnce(thousandAlternatives);
  const oddOrders = compiledOnce("orders-{1..100000..2}.json");
  afterAll(() => {
    thousand.release();
    oddOrders.release();
  });
  it.each([
    ["x/c/y/h/z/j/w/a.json", true],
    ["c/h/j/a.json", true],
    ["x/c/y/h/z/k/w/a.json", false],
    ["c/h/a.json", false],
  ])("a thousand alternatives (%s) are matched as minimatch matches them", (path, expected) => {
    expect(thousand.get().minimatch(path)).toBe(expected);
    expect(thousand.get().globMatcher(path)).toBe(expected);
  });

  it.each([
    ["orders-1.json", true],
    ["orders-99999.json", true],
    ["orders-50001.json", true],
    ["orders-2.json", false],
    ["orders-100000.json", false],
    ["orders-100001.json", false],
  ])("{1..100000..2}: %s as minimatch reads it", (path, expected) => {
    expect(oddOrders.get().minimatch(path)).toBe(expected);
    expect(oddOrders.get().globMatcher(path)).toBe(expected);
  });

  it.each(["{1..99999999999999999999}", "{-99999999999999999999..1}", "{1..99999999999999999999}{a,b}"])("%s, written out past the bound, stays refused", (glob) => {
    expect(() => globMatcher(glob)("1")).toThrow(UnreadableGlob);
  });

  it("a thousand alternatives of 1,500 characters each (1,500,000 in all, the work on every path) stay refused", () => {
    // Past the bound of 1,000,000 characters in all by half (1,516,000 as globMatcher counts them): 2,000 each paid
    // a third more of picomatch's reading for the same refusal.
    const glob = `${letters}${letters}${letters}${"x".repeat(1500)}`;
    expect(() => globMatcher(glob)("a")).toThrow(/in all/);
  });
});

describe("from the CLI and the config", () => {
  const folder = scratch("expression-bound");
  afterAll(folder.remove);
  folder.write("repo/orders-3.json", "{}\n");
  folder.write("repo/orders-4.json", "{}\n");
  folder.write("repo/x/c/y/h/z/j/a.json", "{}\n");
  folder.write("repo/x/b.json", "{}\n");
  const repo = folder.path("repo");
  const linted = (stdout: string): string[] =>
    (JSON.parse(stdout) as { filePath: string }[]).map(({ filePath }) => filePath.slice(repo.length + 1).replaceAll("\\", "/")).sort();

  it("a command-line target {1..100000..2} lints the odd file only", async () => {
    const run = await runCli(["--format", "json", "orders-{1..100000..2}.json"], { cwd: repo });
    expect(run.stderr).toBe("");
    expect(linted(run.stdout)).toEqual(["orders-3.json"]);
  });

  it("a config's ignores of a thousand long alternatives ignores what minimatch does", async () => {
    folder.write("repo/oms-lint.config.json", JSON.stringify({ ignores: [thousandAlternatives] }));
    const run = await runCli(["--format", "json", "."], { cwd: repo });
    expect(run.stderr).toBe("");
    expect(linted(run.stdout)).toEqual(["orders-3.json", "orders-4.json", "x/b.json"]);
  });
});
