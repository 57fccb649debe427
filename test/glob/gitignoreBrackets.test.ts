import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { walkFolder } from "../../src/cli/walkFolder.js";
import { scratch } from "../hostile/support.js";

/**
 * Audit of c8b9476d: a costly .gitignore line (more than two wildcards in a row) is matched by
 * globMatcher, whose slashBrackets reads a bracket that spans a `/` as text, as minimatch does.
 * git reads it as a bracket that never matches a `/`: with `*a*b*c[/d]e.json`, git ignores
 * abcde.json and oms-lint linted it. The reference is git itself, each line in a repository of
 * its own, walked by folder and by glob.
 */

const lines = ["*a*b*c[/d]e.json", "*a*b*c[d/]e.json", "*a*b*c[/]e.json", "**/*a*b*c[!/]e.json", "x/**/*a*b*c[/d]e.json", "*a*b*c[a-z/]e.json"];
const files = ["abcde.json", "abce.json", "abc[/d]e.json", "abc/e.json", "abc/de.json", "abc[/e.json", "x/abcde.json", "x/y/abcde.json", "abcxe.json"];

describe("a costly .gitignore line's brackets, read as git reads them", () => {
  const folder = scratch("gitignore-brackets");
  afterAll(folder.remove);

  it.each(lines)("%s: a folder walk and a glob leave out what git leaves out", async (line) => {
    const root = folder.path(`r${lines.indexOf(line)}`);
    for (const file of files) folder.write(`r${lines.indexOf(line)}/${file}`, "{}");
    folder.write(`r${lines.indexOf(line)}/.gitignore`, `${line}\n`);
    execFileSync("git", ["init", "-q"], { cwd: root });
    const git = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
    });
    const kept = git.split("\n").filter((path) => path.endsWith(".json")).sort();
    const walked = walkFolder(root, { cwd: root, ignorePatterns: [], gitignore: true }).map((path) => path.slice(root.length + 1));
    expect(walked.sort()).toEqual(kept);
    const globbed = await discoverFiles(["**/*.json"], { cwd: root, ignorePatterns: [], useIgnores: true });
    expect(globbed.map((path) => path.slice(root.length + 1)).sort()).toEqual(kept);
  });
});
