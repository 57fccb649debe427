import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { load } from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { configIgnores } from "../../src/config/configIgnores.js";
import { emptyConfig } from "../../src/config/config.js";
import { formatNames } from "../../src/formatters/index.js";
import { repoRoot, runCli } from "../support/cli.js";

/**
 * Found by the CI audit: pre-commit and `git diff --name-only | xargs` name every changed file
 * outright, and a file named outright is linted whatever the ignores say, so a staged file
 * under the config's `ignores` (or .gitignore) failed the commit that `oms-lint .` passes.
 * --force-exclude (Ruff's and Black's flag for this very need) applies the ignores to files
 * named outright, each one skipped a note on stderr.
 */

const root = mkdtempSync(join(tmpdir(), "oms-lint-force-exclude-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const broken = `{"name": "", "value": "v"}\n`;
write("oms-lint.config.json", `{"ignores": ["legacy/", "drafts/*", "!drafts/keep.json"]}\n`);
write(".gitignore", "generated/\n");
write("legacy/old.json", broken);
write("generated/out.json", broken);
write("drafts/wip.json", broken);
write("drafts/keep.json", broken);
write("scratch/try.json", broken);
write("..draft.json", broken);
write("..old/a.json", broken);
write("fixtures/good.json", `{"name": "n", "value": "v"}\n`);

const hooks = load(readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; args: string[] }[];
const recipes = [...readFileSync(join(repoRoot, "README.md"), "utf8").matchAll(/`git [^`]*\|\s+xargs [^`]*oms-lint ([^`]*) --`/g)].map((match) => match[1]!.split(" "));
const skipped = (file: string) => `oms-lint: "${file}" is ignored (by .gitignore, --ignore-pattern or the config's ignores): skipped (--force-exclude)\n`;

describe("--force-exclude: the ignores apply to files named outright", () => {
  it("without it, a file named outright is linted whatever the ignores say (the README's promise)", async () => {
    expect(await runCli(["--", "legacy/old.json"], { cwd: root })).toMatchObject({ code: 1, stderr: "" });
  });

  it.each([
    ["the config's ignores (a folder)", "legacy/old.json"],
    ["the config's ignores (a glob)", "drafts/wip.json"],
    [".gitignore", "generated/out.json"],
  ])("a file %s leave out is skipped with a note, and the run passes", async (_label, file) => {
    expect(await runCli(["--force-exclude", "--", file, "fixtures/good.json"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: skipped(file) });
  });

  it("--ignore-pattern leaves out a file named outright too", async () => {
    expect(await runCli(["--force-exclude", "--ignore-pattern", "scratch/", "--", "scratch/try.json"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: skipped("scratch/try.json") });
  });

  // Found by the CI audit: a name that begins with two dots was taken for a path out of the folder.
  it("a name that begins with two dots (..draft.json, ..old/a.json) is matched by .gitignore and --ignore-pattern like any other", async () => {
    write(".gitignore", "generated/\n..draft.json\n");
    try {
      expect(await runCli(["--force-exclude", "--ignore-pattern", "..old/", "--", "..draft.json", "..old/a.json"], { cwd: root })).toEqual({
        code: 0,
        stdout: "",
        stderr: skipped("..draft.json") + skipped("..old/a.json"),
      });
    } finally {
      write(".gitignore", "generated/\n");
    }
  });

  it("a file a `!` takes back, and one no ignore names, are linted", async () => {
    const run = await runCli(["--force-exclude", "-f", "compact", "--", "drafts/keep.json", "scratch/try.json"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/drafts\/keep\.json:1:10: error/);
    expect(run.stdout).toMatch(/scratch\/try\.json:1:10: error/);
    expect(run.stderr).toBe("");
  });

  it("with --no-ignore, which lints what every ignore skips, it is a usage error (exit 2)", async () => {
    expect(await runCli(["--force-exclude", "--no-ignore", "legacy/old.json"], { cwd: root })).toEqual({
      code: 2,
      stdout: "",
      stderr: "oms-lint: --force-exclude and --no-ignore contradict each other: --force-exclude applies the ignores to files named outright, --no-ignore applies none\n",
    });
  });

  it.each(hooks.map((hook) => [hook.id, hook.args] as const))("hook %s, run with its args from .pre-commit-hooks.yaml on staged files, skips the ignored ones and fails on the others", async (_id, args) => {
    expect(args).toContain("--force-exclude");
    expect(await runCli([...args, "legacy/old.json", "generated/out.json", "fixtures/good.json"], { cwd: root })).toEqual({
      code: 0,
      stdout: "",
      // One note a file skipped, in the order they were named.
      stderr: skipped("legacy/old.json") + skipped("generated/out.json"),
    });
    const failing = await runCli([...args, "legacy/old.json", "scratch/try.json"], { cwd: root });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/scratch\/try\.json/);
    expect(failing.stdout).not.toMatch(/legacy/);
  });

  it("the README's changed-files recipes pass it", () => {
    expect(recipes).toHaveLength(2);
    for (const args of recipes) expect(args).toContain("--force-exclude");
  });
});

/**
 * Found by the audit: editors pipe the buffer with its file's name, and Ruff's and Black's
 * --force-exclude apply to that name too; ours linted the piped text of an ignored file.
 */
describe("--force-exclude with --stdin: the ignores apply to --stdin-filename's name", () => {
  const piped = (name: string, args: readonly string[] = []) => runCli(["--force-exclude", ...args, "--stdin", "--stdin-filename", name], { cwd: root, input: broken });

  it.each([
    ["the config's ignores (a folder)", "legacy/old.json"],
    ["the config's ignores (a glob)", "drafts/wip.json"],
    [".gitignore", "generated/out.json"],
    // Not on the disk: an editor's unsaved buffer has a name all the same.
    ["the config's ignores (a file not on the disk)", "legacy/unsaved.json"],
  ])("piped text named by a file %s leave out is skipped with the named file's note, nothing linted, exit 0", async (_label, name) => {
    expect(await piped(name)).toEqual({ code: 0, stdout: "", stderr: skipped(name) });
  });

  it("--ignore-pattern leaves it out too", async () => {
    expect(await piped("scratch/try.json", ["--ignore-pattern", "scratch/"])).toEqual({ code: 0, stdout: "", stderr: skipped("scratch/try.json") });
  });

  it("a name a `!` takes back, one no ignore names, and any name without --force-exclude are linted", async () => {
    for (const run of [await piped("drafts/keep.json"), await piped("scratch/try.json"), await runCli(["--stdin", "--stdin-filename", "legacy/old.json"], { cwd: root, input: broken })]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toBe("");
    }
  });

  it.each(formatNames)("-f %s prints what a run whose named file is skipped prints: its empty report", async (format) => {
    const run = await piped("legacy/old.json", ["-f", format]);
    expect(run).toEqual(await runCli(["--force-exclude", "-f", format, "--", "legacy/old.json"], { cwd: root }));
    expect(run.code).toBe(0);
  });

  it("a machine format's document lists nothing", async () => {
    expect(JSON.parse((await piped("legacy/old.json", ["-f", "json"])).stdout)).toEqual([]);
    expect(JSON.parse((await piped("legacy/old.json", ["-f", "gitlab"])).stdout)).toEqual([]);
    expect(JSON.parse((await piped("legacy/old.json", ["-f", "sarif"])).stdout).runs[0].results).toEqual([]);
    expect(JSON.parse((await piped("legacy/old.json", ["-f", "rdjson"])).stdout).diagnostics).toEqual([]);
    expect((await piped("legacy/old.json", ["-f", "junit"])).stdout).toMatch(/<testsuites name="oms-lint" tests="0" failures="0" errors="0">/);
  });

  it("--fix-dry-run prints no diff", async () => {
    expect(await piped("legacy/old.json", ["--fix-dry-run"])).toEqual({ code: 0, stdout: "", stderr: skipped("legacy/old.json") });
  });
});

describe("--force-exclude agrees with a folder walk", () => {
  const names = ["a.json", "b.json", "sub/c.json", "sub/deep/d.json", "other/e.json"];
  const ignore = fc.constantFrom("sub/", "sub/*", "sub/**/*", "**/c.json", "other", "*.json", "!sub/c.json", "!a.json", "deep/", "b.json");
  let trees = 0;
  /** A new folder holding every name as `{}` and a .gitignore of these lines. */
  const plantedTree = (gitignoreLines: readonly string[]): string => {
    const tree = join(root, `tree-${trees++}`);
    for (const name of names) {
      mkdirSync(dirname(join(tree, name)), { recursive: true });
      writeFileSync(join(tree, name), "{}");
    }
    writeFileSync(join(tree, ".gitignore"), gitignoreLines.join("\n"));
    return tree;
  };

  it("a file named outright with --force-exclude is linted exactly when a walk of its folder lints it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ignore, { maxLength: 4 }), fc.array(ignore, { maxLength: 3 }), fc.array(ignore, { maxLength: 2 }), async (configGlobs, gitignoreLines, patternGlobs) => {
        const tree = plantedTree(gitignoreLines);
        // --ignore-pattern without `!` (one with it joins the config's list: main's ignoreRules).
        const ignorePatterns = patternGlobs.filter((glob) => !glob.startsWith("!"));
        const options = { cwd: tree, ignorePatterns, useIgnores: true, configIgnored: configIgnores({ ...emptyConfig(tree), ignores: configGlobs }), errorOnUnmatchedPattern: false };
        const walked = await discoverFiles(["."], options);
        const named = await discoverFiles(names, { ...options, ignoreNamed: true, note: () => {} });
        expect(named).toEqual(walked);
      }),
      { numRuns: 40 },
    );
  });

  it("piped text named by --stdin-filename with --force-exclude is linted exactly when `oms-lint .` lints the file of that name", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ignore, { maxLength: 4 }), fc.array(ignore, { maxLength: 3 }), fc.array(ignore, { maxLength: 2 }), async (configGlobs, gitignoreLines, patternGlobs) => {
        const tree = plantedTree(gitignoreLines);
        writeFileSync(join(tree, "oms-lint.config.json"), JSON.stringify({ ignores: configGlobs }));
        const patternArgs = patternGlobs.flatMap((glob) => ["--ignore-pattern", glob]);
        const walk = await runCli(["-f", "json", ...patternArgs, "."], { cwd: tree });
        // Every file ignored: the walk's usage error (exit 2), nothing linted.
        const walked = walk.code === 2 ? [] : (JSON.parse(walk.stdout) as { filePath: string }[]).map((file) => file.filePath);
        for (const name of names) {
          const run = await runCli(["--force-exclude", "-f", "json", ...patternArgs, "--stdin", "--stdin-filename", name], { cwd: tree, input: "{}" });
          const linted = (JSON.parse(run.stdout) as { filePath: string }[]).map((file) => file.filePath);
          expect({ name, linted, stderr: run.stderr }).toEqual(walked.includes(join(tree, name)) ? { name, linted: [join(tree, name)], stderr: "" } : { name, linted: [], stderr: skipped(name) });
        }
      }),
      { numRuns: 20 },
    );
  });
});
