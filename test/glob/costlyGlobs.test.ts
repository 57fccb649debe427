import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { walkFolder } from "../../src/cli/walkFolder.js";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";

/**
 * Issue 15: "`*a*a*a*a*a*a*a*ab` against a 125-character name takes over 20 s, whether it
 * comes from the config's `files`, `--ignore-pattern` or the command line — a committed
 * config can hang CI". Each source, with a payload under a 125-character name beside one the
 * pattern matches; each run must end (the test's timeout is the hang guard) and the pattern
 * must still do its work.
 */

const pathological = "*a*a*a*a*a*a*a*ab";
const longStem = "a".repeat(120);
/** Not a Create Order (customer and items missing): linted as one, it has errors. */
const notAnOrder = '{"externalOrderID": "x"}\n';

describe("a costly glob from any source ends at once and still matches", () => {
  const folder = scratch("costly-glob");
  afterAll(folder.remove);
  folder.write(`repo/${longStem}.json`, notAnOrder);
  folder.write("repo/aaaaaaaab.json", notAnOrder);
  const repo = folder.path("repo");

  it("a config's files glob: the long name is not its kind, the matching name is", async () => {
    folder.write("repo/oms-lint.config.json", JSON.stringify({ files: [{ glob: `${pathological}.json`, kind: "importOrder" }] }));
    const run = await runCli(["--format", "json", "."], { cwd: repo });
    const results = JSON.parse(run.stdout) as { filePath: string; kind?: string }[];
    const kindOf = (name: string): string | undefined => results.find((result) => result.filePath.endsWith(name))?.kind;
    expect(kindOf("aaaaaaaab.json")).toBe("importOrder");
    expect(kindOf(`${longStem}.json`)).not.toBe("importOrder");
  });

  it("--ignore-pattern over a folder walk and over a glob", async () => {
    const viaFolder = await runCli(["--ignore-pattern", `${pathological}.json`, "--format", "json", "."], { cwd: repo });
    const viaGlob = await runCli(["--ignore-pattern", `${pathological}.json`, "--format", "json", "*.json"], { cwd: repo });
    for (const run of [viaFolder, viaGlob]) {
      const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(repo.length + 1));
      expect(files).toEqual([`${longStem}.json`]);
    }
  });

  it("a pattern on the command line", async () => {
    const run = await runCli(["--format", "json", `${pathological}.json`], { cwd: repo });
    const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(repo.length + 1));
    expect(files).toEqual(["aaaaaaaab.json"]);
    const none = await runCli([`${pathological}c.json`], { cwd: repo });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no files match the pattern/);
  });

  it("a .gitignore line of many `**`, read as git reads it, by a folder walk and by a glob", async () => {
    const deep = `${"a/".repeat(60)}b`;
    const root = folder.path("gitignored");
    folder.write(`gitignored/${deep}/x.json`, "{}");
    folder.write("gitignored/a/b/c/b/y.json", "{}");
    folder.write("gitignored/a/keep.json", "{}");
    folder.write("gitignored/.gitignore", `${Array(9).fill("a").join("/**/")}/**/b/\n`);
    const walked = walkFolder(root, { cwd: root, ignorePatterns: [], gitignore: true }).map((path) => path.slice(root.length + 1));
    execFileSync("git", ["init", "-q"], { cwd: root });
    const git = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "ls-files", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
    expect(walked.sort()).toEqual(git.split("\n").filter((path) => path.endsWith(".json")).sort());
    expect(walked).not.toContain(`${deep}/x.json`);
    const globbed = await discoverFiles(["**/*.json"], { cwd: root, ignorePatterns: [], useIgnores: true });
    expect(globbed.map((path) => path.slice(root.length + 1)).sort()).toEqual(walked.sort());
  });
});
