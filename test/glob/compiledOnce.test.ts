import picomatch from "picomatch";
import { afterAll, describe, expect, it, vi } from "vitest";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";

/**
 * Audit of 1c5f7c3e..c0e2eed0: `--ignore-pattern '{1..100000..2}'` took seconds on a tiny folder,
 * each of the CLI's readings of the one pattern (isCostlyGlob, the file matcher, the folder
 * matcher, with and without dot) compiling the whole expression again. The work is counted here,
 * never timed: how many large expressions picomatch is asked for in one run.
 */
function largeExpressionsMade(run: () => Promise<unknown>): Promise<number> {
  const makeRe = picomatch.makeRe.bind(picomatch);
  let large = 0;
  const spy = vi.spyOn(picomatch, "makeRe").mockImplementation((...args: Parameters<typeof picomatch.makeRe>) => {
    const expression = makeRe(...args);
    if (expression.source.length > 10_000) large++;
    return expression;
  });
  return run().then(
    () => (spy.mockRestore(), large),
    (error: unknown) => {
      spy.mockRestore();
      throw error;
    },
  );
}

describe("a glob's expression is compiled once per reading, however many times the CLI asks for it", () => {
  const folder = scratch("compiled-once");
  afterAll(folder.remove);
  folder.write("repo/sub/a.json", "{}\n");

  // Each pattern's expression some 19,500 characters, twice the 10,000 counted as large (the audit's
  // `{1..100000..2}` was 250,000): 10,000 and 15,000 values, 55,000 and 85,000 characters, cost the
  // compiling three and four times over to count the same.
  it.each(["sub/{1..8000..2}", "sub/{1..8000..2}/**", "sub/{a,b}{1..8000..2}/**"])("--ignore-pattern %s: at most one large expression for each dot reading", async (pattern) => {
    const made = await largeExpressionsMade(() => runCli(["--ignore-pattern", pattern, "--format", "json", "*/*.json"], { cwd: folder.path("repo") }));
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(2);
  });

  it("a range whose expression would pass the bound is refused alike from either end", async () => {
    for (const pattern of ["{1..99999999999999999999}", "{-99999999999999999999..1}"]) {
      const run = await runCli(["--ignore-pattern", pattern, "."], { cwd: folder.path("repo") });
      expect(run.code, pattern).toBe(2);
      expect(run.stderr).toContain(`the glob "${pattern}" cannot be matched`);
    }
  });
});
