import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";

/**
 * Audit of 861aefaf..5c5ed5f4: the README says a relative --ignore-pattern "ignores nothing
 * outside" the working folder, but from t1/a, `--ignore-pattern '**\/keep.json'
 * '../legacy/**\/*.json'` dropped keep.json: a pattern without a brace still went to globby's
 * ignore list, which fast-glob applies to ../ paths; one with a brace did not. ESLint lints
 * both (its relative ignores apply inside cwd only), and so does a folder walk of ../legacy.
 */
describe("a relative --ignore-pattern ignores nothing outside the working folder, whatever the target", () => {
  const folder = scratch("ignore-outside");
  afterAll(folder.remove);
  for (const file of ["legacy/keep.json", "legacy/sub/keep.json", "legacy/other.json", "a/keep.json", "a/other.json"]) folder.write(`t1/${file}`, "{}\n");
  const cwd = folder.path("t1/a");

  const linted = async (args: readonly string[]): Promise<string[]> => {
    const run = await runCli(["--format", "json", ...args], { cwd });
    return (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(folder.path("t1").length + 1)).sort();
  };

  it.each(["**/keep.json", "**/{keep,none}.json", "keep.json", "../legacy/keep.json"])("--ignore-pattern %s", async (ignore) => {
    const outside = ["legacy/keep.json", "legacy/other.json", "legacy/sub/keep.json"];
    expect(await linted(["--ignore-pattern", ignore, "../legacy/**/*.json"])).toEqual(outside);
    expect(await linted(["--ignore-pattern", ignore, "../legacy"])).toEqual(outside);
  });

  it("inside the working folder, the same patterns still ignore", async () => {
    expect(await linted(["--ignore-pattern", "**/keep.json", "**/*.json"])).toEqual(["a/other.json"]);
    expect(await linted(["--ignore-pattern", "**/{keep,none}.json", "**/*.json"])).toEqual(["a/other.json"]);
  });

  it("an absolute pattern still ignores outside it", async () => {
    expect(await linted(["--ignore-pattern", `${folder.path("t1/legacy")}/sub/**`, "../legacy/**/*.json"])).toEqual(["legacy/keep.json", "legacy/other.json"]);
  });
});
