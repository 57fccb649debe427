import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

/**
 * Found by the audit at d5d094fb: `--ignore-pattern 'legacy/*'` kept legacy's subfolders (read as
 * fast-glob reads an ignore list, which skips a folder only for a pattern ending in /** or with a
 * plain last name), while the same glob in the config's `ignores` skipped them. ESLint 9 adds its
 * --ignore-pattern globs to the config as global ignores, read alike, relative to the working folder.
 */
const tree = (config?: object) => {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-ignore-pattern-"));
  roots.push(root);
  for (const path of ["legacy/keep.json", "legacy/cur/c.json", "legacy/old/o.json", "top.json"]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `{"name": "n", "value": "v"}\n`);
  }
  if (config) writeFileSync(join(root, "oms-lint.config.json"), JSON.stringify(config));
  return root;
};
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const linted = async (root: string, args: string[]) => {
  const run = await runCli(["--format", "json", ...args], { cwd: root });
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(root.length + 1)).sort();
};

describe("--ignore-pattern reads a glob as the config's ignores do", () => {
  it.each([
    // [patterns, targets, linted]
    [["legacy/*"], ["."], ["top.json"]],
    [["legacy/*"], ["**/*.json"], ["top.json"]],
    [["legacy/*"], ["legacy"], []],
    [["legacy/*", "!legacy/cur/"], ["."], ["legacy/cur/c.json", "top.json"]],
    [["legacy/*", "!legacy/keep.json"], ["**/*.json"], ["legacy/keep.json", "top.json"]],
    [["legacy/*/"], ["."], ["legacy/keep.json", "top.json"]],
    [["legacy/"], ["."], ["top.json"]],
    [["*/cur"], ["."], ["legacy/keep.json", "legacy/old/o.json", "top.json"]],
  ])("--ignore-pattern %j, %j: lints %j, as the config's ignores do", async (patterns, targets, expected) => {
    const flags = patterns.flatMap((pattern) => ["--ignore-pattern", pattern]);
    if (expected.length > 0) {
      expect(await linted(tree(), [...flags, ...targets])).toEqual(expected);
      expect(await linted(tree({ ignores: patterns }), targets)).toEqual(expected);
    } else {
      expect((await runCli([...flags, ...targets], { cwd: tree() })).code).toBe(2);
      expect((await runCli(targets, { cwd: tree({ ignores: patterns }) })).code).toBe(2);
    }
  });

  it("--force-exclude skips a file named outright in a subfolder the pattern ignores", async () => {
    const root = tree();
    expect(await runCli(["--force-exclude", "--ignore-pattern", "legacy/*", "--", "legacy/old/o.json", "top.json"], { cwd: root })).toMatchObject({
      code: 0,
      stderr: `oms-lint: "legacy/old/o.json" is ignored (by .gitignore, --ignore-pattern or the config's ignores): skipped (--force-exclude)\n`,
    });
  });
});

describe("--ignore-pattern: a relative glob is relative to the working folder, and ignores nothing outside it", () => {
  /** The audit's tree: t2/a (the working folder, with its own x.json), t2/c/x.json and t2/c/y.json beside it. */
  const outsideTree = () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-ignore-outside-"));
    roots.push(root);
    for (const path of ["a/x.json", "c/x.json", "c/y.json"]) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), `{"name": "n", "value": "v"}\n`);
    }
    return root;
  };
  const lintedFrom = async (root: string, args: string[]) => {
    const run = await runCli(["--format", "json", ...args], { cwd: join(root, "a") });
    expect(run.stderr).toBe("");
    return (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(root.length + 1)).sort();
  };

  it.each([
    // [patterns, targets, linted]: ESLint adds the patterns as { basePath: cwd, ignores }.
    [["**/x.json"], ["../c"], ["c/x.json", "c/y.json"]],
    // With a `!` among them, the patterns are not handed to the walk, only to the one ignore decision.
    [["**/x.json", "!none.json"], ["../c"], ["c/x.json", "c/y.json"]],
    [["**/x.json"], ["../c/x.json", "../c/y.json"], ["c/x.json", "c/y.json"]],
    [["x.json"], ["."], []],
  ])("--ignore-pattern %j, %j from a: lints %j", async (patterns, targets, expected) => {
    const root = outsideTree();
    const flags = patterns.flatMap((pattern) => ["--ignore-pattern", pattern]);
    if (expected.length > 0) expect(await lintedFrom(root, [...flags, ...targets])).toEqual(expected);
    else expect((await runCli([...flags, ...targets], { cwd: join(root, "a") })).code).toBe(2);
  });

  it("an absolute glob still ignores by the absolute path, outside the working folder too", async () => {
    const root = outsideTree();
    expect(await lintedFrom(root, ["--ignore-pattern", `${root}/c/x.json`, "../c"])).toEqual(["c/y.json"]);
    expect(await lintedFrom(root, ["--ignore-pattern", `${root}/**/x.json`, "../c"])).toEqual(["c/y.json"]);
  });
});

describe("--ignore-pattern with a glob target: globby is handed only the patterns picomatch reads as oms-lint does", () => {
  const named = (names: string[]) => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-ignore-glob-target-"));
    roots.push(root);
    for (const name of names) writeFileSync(join(root, name), `{"name": "n", "value": "v"}\n`);
    return root;
  };

  it.each([
    // [files, pattern, linted]: the audit's `order (1).json`, which picomatch alone reads as a group.
    [["order (1).json", "order 1.json"], "order (1).json", ["order 1.json"]],
    [["fx.json", "fy.json", "f(x|y).json"], "f(x|y).json", ["fx.json", "fy.json"]],
    [["+b.json", "++b.json"], "++b.json", ["+b.json"]],
    [["orders-1.json", "orders-5.json", "orders-10.json"], "orders-{10..11}.json", ["orders-1.json", "orders-5.json"]],
  ])("%j, --ignore-pattern %j '*.json': lints %j, as with the folder as target", async (files, pattern, expected) => {
    expect(await linted(named(files), ["--ignore-pattern", pattern, "*.json"])).toEqual(expected);
    expect(await linted(named(files), ["--ignore-pattern", pattern, "."])).toEqual(expected);
  });
});
