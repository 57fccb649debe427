import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../hostile/support.js";
import { bin, repoRoot } from "../support/cli.js";

/**
 * Found by the CLI audit: the README's changed-files lines (`git diff --name-only … | xargs …`)
 * skipped or failed on `fixtures/good/café order.json` (git prints it quoted, with octal
 * escapes), and failed the step on a dependency bump (package.json named outright is an
 * unknown kind, an error) or, unfiltered, on a README. Each `| xargs` line the README
 * documents is run here as written, by bash, git and xargs, on a repository with those
 * changes, and on none: oms-lint on the PATH is the built CLI (npm test builds it first).
 */

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
/** The README's code spans that pipe git's list of changed files into oms-lint. */
const recipes = [...readme.matchAll(/`(git [^`]*\|\s+xargs [^`]*oms-lint[^`]*)`/g)].map((match) => match[1]!);
/** The line the README puts first, oms-lint asking git itself. */
const changedSince = /`(npx oms-lint --changed-since origin\/main \.)`/.exec(readme)?.[1];

const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd, stdio: "pipe" });
const note = (value: string) => `{"name": "note", "value": ${JSON.stringify(value)}}\n`;
const cafe = "fixtures/good/café order.json";

describe("the README's changed-files recipes, run as written", () => {
  const folder = scratch("recipes");
  afterAll(folder.remove);
  const repo = folder.path("repo");
  const tools = folder.path("tools");
  // oms-lint, and npx oms-lint, stand for the installed package: the repository's own bin.
  folder.write("tools/oms-lint", `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  folder.write("tools/npx", `#!/bin/sh\nshift\nexec "${process.execPath}" "${bin}" "$@"\n`);
  for (const tool of ["oms-lint", "npx"]) chmodSync(join(tools, tool), 0o755);
  folder.write(`repo/${cafe}`, note("gift"));
  folder.write("repo/fixtures/good/old.json", note("old"));
  folder.write("repo/-root.json", note("dash"));
  folder.write("repo/package.json", '{"name": "payloads", "version": "1.0.0"}\n');
  folder.write("repo/package-lock.json", '{"name": "payloads", "lockfileVersion": 3}\n');
  folder.write("repo/README.md", "# Payloads\n");
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "fixtures");
  // As a CI checkout after `git fetch origin main:refs/remotes/origin/main`.
  git(repo, "update-ref", "refs/remotes/origin/main", "HEAD");
  /** The change: the non-ASCII fixture edited (to `fixture`), a dependency bump, the README edited, a fixture deleted. */
  const change = (fixture: string) => {
    folder.write(`repo/${cafe}`, fixture);
    folder.write("repo/package.json", '{"name": "payloads", "version": "1.0.1"}\n');
    folder.write("repo/package-lock.json", '{"name": "payloads", "lockfileVersion": 3, "packages": {}}\n');
    folder.write("repo/README.md", "# Payloads, bumped\n");
    // A name that looks like an option is a file: `--` ends the options (audit of the CI surface).
    folder.write("repo/-root.json", note("dash, changed"));
    rmSync(folder.path("repo/fixtures/good/old.json"), { force: true });
  };

  const runRecipe = (recipe: string, cwd = repo) => {
    const result = spawnSync("bash", ["--noprofile", "--norc", "-c", recipe], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", PATH: `${tools}:${process.env.PATH}` },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it("the README documents two (one under Command line, one under In CI)", () => {
    expect(recipes).toHaveLength(2);
  });

  it("no file changed: the run passes, with oms-lint not run at all (without a file it would be a usage error)", () => {
    for (const recipe of recipes) expect(runRecipe(recipe), recipe).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a fixture's error under a non-ASCII name fails the run; the bump, the README and the deleted fixture do not", () => {
    change('{"name": "note", "value": "gift",}\n');
    for (const recipe of recipes) {
      const run = runRecipe(recipe);
      expect(run.stdout, recipe).toContain("café order.json");
      expect(run.stdout, recipe).toMatch(/trailing comma/);
      expect(run.stdout, recipe).not.toMatch(/README|error {2}cannot tell which payload/);
      expect(run.stderr, recipe).toBe('oms-lint: no file or folder "fixtures/good/old.json" was found: skipped (--no-error-on-unmatched-pattern)\n');
      // xargs gives oms-lint's failure as its own exit code.
      expect(run.code, recipe).toBe(123);
    }
  });

  // git prints paths from the repository's root unless --relative; oms-lint reads them from the
  // working folder, so below the root every name missed and --no-error-on-unmatched-pattern made
  // each miss a note: nothing linted, exit 0 (measured from fixtures/: "good/café order.json" was
  // named "fixtures/good/café order.json" and skipped).
  it("run from a subfolder, the fixture's error under it still fails the run", () => {
    change('{"name": "note", "value": "gift",}\n');
    for (const recipe of recipes) {
      const run = runRecipe(recipe, folder.path("repo/fixtures"));
      expect(run.stdout, recipe).toContain("café order.json");
      expect(run.stdout, recipe).toMatch(/trailing comma/);
      expect(run.stderr, recipe).toBe('oms-lint: no file or folder "good/old.json" was found: skipped (--no-error-on-unmatched-pattern)\n');
      expect(run.code, recipe).toBe(123);
    }
  });

  it("--changed-since lints the changed fixture alone: not the manifests, not the deleted fixture", () => {
    expect(changedSince).toBeDefined();
    change('{"name": "note", "value": "gift",}\n');
    const failing = runRecipe(changedSince!);
    expect(failing.stdout).toContain("café order.json");
    expect(failing.stdout).toMatch(/trailing comma/);
    expect(failing.stdout).not.toMatch(/package|README/);
    expect(failing).toMatchObject({ code: 1, stderr: "" });
    change(note("birthday"));
    expect(runRecipe(changedSince!)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("with the fixture fixed, the same changes pass", () => {
    change(note("birthday"));
    for (const recipe of recipes) {
      const run = runRecipe(recipe);
      // package.json and package-lock.json: named outright, their kind cannot be told, a warning each.
      expect(run.stdout, recipe).toMatch(/\(0 errors, 2 warnings\)/);
      expect(run.code, recipe).toBe(0);
    }
  });
});
