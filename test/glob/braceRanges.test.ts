import fc from "fast-check";
import picomatch from "picomatch";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { sequenceOf } from "../../src/glob/braceExpansion.js";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { rangeExpression } from "../../src/glob/rangeExpression.js";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";

/**
 * Audit of 861aefaf..5c5ed5f4: every brace alternative was compiled and tested on its own
 * (`**\/{1..999}/**\/a/**\/b/**\/*.json` over 300 files: 3 s, each of the 999 through
 * linearRegex), and past 1,000 alternatives a range was written out value by value
 * (`orders-{1..100000}-{1..100000}.json`: 521 MB). The work is counted here, never timed: how
 * many expressions picomatch is asked for, and how long they are.
 */

/** Each expression picomatch writes while the callback runs. */
function expressionsMade(make: () => void): string[] {
  const made: string[] = [];
  const makeRe = picomatch.makeRe.bind(picomatch);
  const spy = vi.spyOn(picomatch, "makeRe").mockImplementation((...args: Parameters<typeof picomatch.makeRe>) => {
    const expression = makeRe(...args);
    made.push(expression.source);
    return expression;
  });
  try {
    make();
  } finally {
    spy.mockRestore();
  }
  return made;
}

describe("a glob's braces cost one expression of bounded size, not one per value", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["**/{1..999}/**/a/**/b/**/*.json", "d/512/x/a/y/b/z/f.json", "d/1000/x/a/y/b/z/f.json"],
    ["many/x3-{1..999}.json", "many/x3-999.json", "many/x3-0.json"],
    ["orders-{1..100000}-{1..100000}.json", "orders-99999-7.json", "orders-100001-7.json"],
    ["o-{1..100000}-{1..100000}-{1..100000}-{1..100000}-{1..100000}-{1..100000}.json", "o-1-2-3-4-5-100000.json", "o-1-2-3-4-5-06.json"],
    ["{a,b}/{1..999}/{c,d}/*.json", "b/77/c/x.json", "b/077/c/x.json"],
  ])("%s: at most four expressions (one per set value, none per range value), each under 2,000 characters; %s matches, %s does not", (glob, matched, unmatched) => {
    let matches: (path: string) => boolean = () => false;
    const made = expressionsMade(() => {
      matches = globMatcher(glob, { dot: true });
    });
    expect(made.length).toBeLessThanOrEqual(4);
    for (const source of made) expect(source.length).toBeLessThan(2000);
    expect(matches(matched)).toBe(true);
    expect(matches(unmatched)).toBe(false);
  });

  it("a numeric range's expression matches exactly the values brace-expansion gives", () => {
    const end = fc.integer({ min: -150, max: 1200 });
    const candidate = fc.oneof(fc.integer({ min: -200, max: 1300 }).map(String), fc.stringMatching(/^-?0?\d{1,4}$/));
    fc.assert(
      fc.property(end, end, fc.constantFrom("", "..1", "..-1"), candidate, (from, to, step, text) => {
        const body = `${from}..${to}${step}`;
        const expression = rangeExpression(body);
        expect(expression).toBeDefined();
        expect(new RegExp(`^${expression}$`).test(text)).toBe([...sequenceOf(body)!].includes(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves padded and stepped ranges to brace-expansion's values", () => {
    for (const body of ["01..12", "-05..5", "1..10..2", "a..e", "-0..3", "1..1e3"]) expect(rangeExpression(body)).toBeUndefined();
  });
});

describe("a glob whose expression is past the bound is a usage or config error naming it", () => {
  const folder = scratch("huge-glob");
  afterAll(folder.remove);
  folder.write("repo/a.json", "{}\n");
  const huge = "{1..100000..2}{1..100000..2}{1..100000..2}{1..100000..2}.json";

  it("from --ignore-pattern", async () => {
    const run = await runCli(["--ignore-pattern", huge, "."], { cwd: folder.path("repo") });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the glob "${huge}" cannot be matched`);
    expect(run.stderr).not.toContain("internal error");
  });

  it("from a config's ignores", async () => {
    folder.write("repo/oms-lint.config.json", JSON.stringify({ ignores: [huge] }));
    const run = await runCli(["."], { cwd: folder.path("repo") });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the glob "${huge}" cannot be matched`);
    expect(run.stderr).not.toContain("internal error");
  });
});
