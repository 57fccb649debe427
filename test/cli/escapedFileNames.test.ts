import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";
import { escapedFileName } from "../../src/cli/escapedFileName.js";

/**
 * A target that names no file, whose backslashes escape characters and leave no glob character
 * of its own, spells one file name: `'node_modules/n\[1\].json'` is node_modules/n[1].json. Read
 * as a glob it was held to the ignores, so the command request/body-unchecked gives for a body
 * file there ("lint it on its own (oms-lint --kind createOrder 'node_modules/n\[1\].json')")
 * said "no files match the pattern" (node_modules, .git) or "all the files … are ignored" (a
 * .gitignore'd folder), exit 2, where `node_modules/plain.json` linted (found by the audit of
 * request files). It is now read as that file named outright, whose verdict it keeps.
 */
describe("a target spelling one file name with escapes is that file named outright", () => {
  const folder = scratch("escaped-names");
  afterAll(folder.remove);
  const repo = folder.path("repo");
  execFileSync("git", ["init", "-q", repo]);
  for (const dir of ["node_modules/", ".git/", "ignored/", ""]) {
    folder.write(`repo/${dir}n[1].json`, "{}\n");
    folder.write(`repo/${dir}n1.json`, "{}\n");
  }
  folder.write("repo/.gitignore", "ignored/\n");

  const linted = async (args: readonly string[]) => {
    const run = await runCli(["--format", "json", ...args], { cwd: repo });
    const files = run.code === 2 ? [] : (JSON.parse(run.stdout) as { filePath: string }[]).map((one) => one.filePath.slice(repo.length + 1));
    return { code: run.code, files, stderr: run.stderr };
  };

  it.each(["node_modules/", ".git/", "ignored/", ""])("'%sn\\[1\\].json' lints that file alone, as its name given outright does", async (dir) => {
    const escaped = await linted([`${dir}n\\[1\\].json`]);
    expect(escaped.files).toEqual([`${dir}n[1].json`]);
    expect(escaped.code).not.toBe(2);
    expect(await linted([`${dir}n[1].json`])).toEqual(escaped);
  });

  it("with --force-exclude, an ignored one is skipped with a note, as its name given outright is", async () => {
    const escaped = await linted(["--force-exclude", "ignored/n\\[1\\].json", "n1.json"]);
    expect(escaped.files).toEqual(["n1.json"]);
    expect(escaped.stderr).toContain('"ignored/n\\[1\\].json" is ignored');
    expect((await linted(["--force-exclude", "ignored/n[1].json", "n1.json"])).files).toEqual(["n1.json"]);
  });

  it("an escaped name of no file is not found, and a glob character of its own keeps it a glob, held to the ignores", async () => {
    expect(await linted(["node_modules/n\\[2\\].json"])).toMatchObject({ code: 2 });
    const glob = await linted(["node_modules/n\\[1\\]*.json"]);
    expect(glob.code).toBe(2);
    // Files match, in node_modules, which a glob never enters: said so, not "no files match".
    expect(glob.stderr).toContain('matches lie in node_modules or .git, which a glob and a folder walk never enter');
    expect((await linted(["n\\[1\\]*.json"])).files).toEqual(["n[1].json"]);
  });

  it("'node_modules/n\\[1].json' (a lone `]` is no glob character to picomatch) lints that file, as 'node_modules/n\\[1\\].json' does", async () => {
    const escaped = await linted(["node_modules/n\\[1].json"]);
    expect(escaped.files).toEqual(["node_modules/n[1].json"]);
    expect(escaped.code).not.toBe(2);
  });
});

// Found by the audit of the counted notes: a lone `]`, and `!`, `@`, `+` or `|` with no `(` after it, mean nothing to
// picomatch, yet they made a target a glob, held to the ignores ("no files match" for 'node_modules/n\[1].json').
describe("escapedFileName: the one name a target spells, or undefined for a glob", () => {
  it.each([
    ["node_modules/n\\[1\\].json", "node_modules/n[1].json"],
    ["node_modules/n\\[1].json", "node_modules/n[1].json"],
    ["a+b@c|d!\\[1\\].json", "a+b@c|d![1].json"],
    ["x\\*y.json", "x*y.json"],
    ["plain.json", undefined],
    ["n\\[1\\]*.json", undefined],
    ["n\\[1\\]?.json", undefined],
    ["n[1\\].json", undefined],
    ["n\\[1\\]{a,b}.json", undefined],
    ["n\\[1\\]+(a).json", undefined],
    ["n\\[1\\]@(a|b).json", undefined],
    ["!n\\[1\\].json", undefined],
  ])("%s → %s", (target, name) => {
    expect(escapedFileName(target)).toBe(name);
  });
});
