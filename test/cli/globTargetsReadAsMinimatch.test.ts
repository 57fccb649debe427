import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";

/**
 * Audit of 1c5f7c3e..c0e2eed0: a glob named on the command line that was not costly went to
 * globby unchanged, so picomatch read it inside fast-glob: `oms-lint 'fx/!(current)/*.json'`
 * refused every folder whose name starts with "current", and fx/current-v2/x.json was silently
 * not linted, where minimatch (and ESLint) match it. Paths expected are minimatch's reading.
 */
const notAnOrder = '{"externalOrderID": "x"}\n';

describe("a glob target picomatch reads otherwise is matched as oms-lint reads it", () => {
  const folder = scratch("glob-target-reading");
  afterAll(folder.remove);
  for (const name of ["fx/current/x.json", "fx/current-v2/x.json", "fx/old/x.json", "o/order (1).json", "o/order 1.json"]) folder.write(`repo/${name}`, notAnOrder);
  const repo = folder.path("repo");
  const linted = async (target: string): Promise<string[]> => {
    const run = await runCli(["--format", "json", target], { cwd: repo });
    return (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(repo.length + 1)).sort();
  };

  it.each([
    ["fx/!(current)/*.json", ["fx/current-v2/x.json", "fx/old/x.json"]],
    ["o/order (1)?json", ["o/order (1).json"]],
  ])("%s lints %j", async (target, expected) => {
    expect(await linted(target)).toEqual(expected);
  });
});
