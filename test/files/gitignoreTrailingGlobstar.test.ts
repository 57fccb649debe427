import { execFileSync } from "node:child_process";
import { relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { scratch } from "../hostile/support.js";
import { gitIgnored } from "../support/gitIgnored.js";

/**
 * Audit of the glob matching: a costly .gitignore line (one globMatcher reads, not the ignore
 * package) ending in `/**` or `/**\/` ignored what git keeps. gitignore(5): "A trailing `/**`
 * matches everything inside", not the folder itself, yet picomatch's `**` takes no name:
 * `**\/build/**\/tmp/**\/` skipped p/build/q/tmp/x.json, and `**\/build/**\/tmp/**` a file named
 * p/build/q/tmp. The oracle is git itself, by `git status --ignored` and check-ignore on each file.
 */
describe("a costly .gitignore line ending in /** ignores only what is inside the folder it names", () => {
  const repo = scratch("gitignore-trailing-globstar");
  afterAll(repo.remove);
  execFileSync("git", ["init", "-q"], { cwd: repo.dir });
  const files = ["p/build/q/tmp/x.json", "p/build/q/tmp/sub/y.json", "p/build/q/tmp2/z.json", "r/build/s/tmp", "r/build/s/tmp3/w.json", "top.json"];
  for (const file of files) repo.write(file, "{}\n");

  /** What git status lists as ignored, each file under an ignored folder spelt out (-uall). */
  const statusIgnored = (): Set<string> => {
    const out = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "status", "--porcelain", "--ignored=matching", "-uall"], { cwd: repo.dir, encoding: "utf8" });
    const ignored = out.split("\n").filter((line) => line.startsWith("!! ")).map((line) => line.slice(3));
    return new Set(files.filter((file) => ignored.some((path) => path === file || (path.endsWith("/") && file.startsWith(path)))));
  };

  it.each(["**/build/**/tmp/**/", "**/build/**/tmp/**", "**/build/**/tmp*/**"])("%s", async (line) => {
    repo.write(".gitignore", `${line}\n`);
    // One check-ignore for every file (it answers each path of --stdin on its own) and one git status, not one of each a file.
    const ignored = gitIgnored(repo.dir, files);
    const kept = files.filter((file) => !ignored.has(file));
    const listed = statusIgnored();
    expect(files.filter((file) => !listed.has(file))).toEqual(kept);
    const found = (await discoverFiles(["."], { cwd: repo.dir, ignorePatterns: [], useIgnores: true })).map((path) => relative(repo.dir, path).replaceAll("\\", "/"));
    // The folder walk lints .json files only: r/build/s/tmp, a file without the extension, is checked by the glob below.
    expect(found.sort()).toEqual(kept.filter((file) => file.endsWith(".json")).sort());
    const globbed = (await discoverFiles(["r/**/tmp"], { cwd: repo.dir, ignorePatterns: [], useIgnores: true, errorOnUnmatchedPattern: false })).map((path) => relative(repo.dir, path).replaceAll("\\", "/"));
    expect(globbed).toEqual(kept.filter((file) => file === "r/build/s/tmp"));
  });
});
