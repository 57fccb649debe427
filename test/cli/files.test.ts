import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtures, runCli, valuePosition } from "../support/cli.js";

const linted = (stdout: string, base = fixtures) => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(base.length));

describe("file discovery (globby)", () => {
  it("a glob matches what it says, not the folders below", async () => {
    const run = await runCli(["--format", "json", "payloads/*.json"]);
    expect(linted(run.stdout)).toEqual([
      "payloads/customData.json",
      "payloads/placeholder.json",
      "payloads/search.json",
      "payloads/sources.json",
      "payloads/unknown.json",
    ]);
  });

  it("several patterns: each file once, in sorted order", async () => {
    const run = await runCli(["--format", "json", "payloads/search.json", "payloads/orders", "payloads/*.json"]);
    const files = linted(run.stdout);
    expect(files).toEqual([...new Set(files)].sort());
    expect(files).toContain("payloads/orders/createOrder-bad.json");
  });

  it("--ignore-pattern skips files of folders and globs; a folder pattern may end in /", async () => {
    expect(linted((await runCli(["--format", "json", "--ignore-pattern", "payloads/orders/**", "payloads"])).stdout)).not.toContain(
      "payloads/orders/createOrder-bad.json",
    );
    const folder = linted((await runCli(["--format", "json", "--ignore-pattern", "payloads/orders/", "--ignore-pattern", "**/unknown.json", "payloads"])).stdout);
    expect(folder).toEqual(["payloads/customData.json", "payloads/placeholder.json", "payloads/search.json", "payloads/sources.json"]);
  });

  it("a file named outright is linted whatever the ignores say", async () => {
    expect(linted((await runCli(["--format", "json", "--ignore-pattern", "**/unknown.json", "payloads/unknown.json"])).stdout)).toEqual(["payloads/unknown.json"]);
  });

  it("a pattern that matches nothing, a missing file, and all-ignored matches are usage errors (exit 2)", async () => {
    expect(await runCli(["payloads/*.yaml"])).toMatchObject({ code: 2, stdout: "", stderr: 'oms-lint: no files match the pattern "payloads/*.yaml"\n' });
    expect(await runCli(["payloads/nope.json"])).toMatchObject({ code: 2, stderr: 'oms-lint: no file or folder "payloads/nope.json" was found\n' });
    const ignored = await runCli(["--ignore-pattern", "**/*.json", "payloads"]);
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toMatch(/all the files "payloads" matches are ignored/);
    expect((await runCli(["--format", "json", "--no-ignore", "--ignore-pattern", "**/*.json", "payloads/orders"])).code).toBe(1);
    // A ! pattern un-ignores (configOverrides.test.ts): alone, it ignores nothing.
    expect(linted((await runCli(["--format", "json", "--ignore-pattern", "!payloads/search.json", "payloads/orders"])).stdout)).toEqual(
      linted((await runCli(["--format", "json", "payloads/orders"])).stdout),
    );
  });

  // Found by the fix audit: it said "no files match the pattern", as if the glob had a typo.
  it("a glob that matches only tool configs says they are skipped and how to lint one, exit 2 as for all-ignored matches", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oms-lint-toolconfigs-"));
    try {
      mkdirSync(join(dir, "fx"));
      for (const name of ["appsettings.Staging.json", "appsettings.Development.json"]) writeFileSync(join(dir, "fx", name), '{"externalOrderID": "1"}');
      const run = await runCli(["fx/appsettings.*.json"], { cwd: dir });
      expect(run).toMatchObject({ code: 2, stdout: "" });
      expect(run.stderr).toBe(
        `oms-lint: all the files "fx/appsettings.*.json" matches are skipped as evidently not payloads (package manifests, tool configs such as tsconfig.json and appsettings.*.json, oms-lint's own files: the README's Command line lists them); name one outright to lint it ("${join("fx", "appsettings.Development.json")}")\n`,
      );
      expect((await runCli(["--no-error-on-unmatched-pattern", "fx/appsettings.*.json"], { cwd: dir })).code).toBe(0);
      expect((await runCli(["fx/appsettings.Development.json"], { cwd: dir })).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Found by the fix audit: the same annotation twice, counted twice toward the totals and --max-warnings.
  it("a file reached through two names of its folder (a link to it) is linted once, under the first name given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oms-lint-twonames-"));
    try {
      mkdirSync(join(dir, "repo", "fixtures"), { recursive: true });
      writeFileSync(join(dir, "repo", "fixtures", "a.json"), '{"externalOrderID": "1"}');
      symlinkSync("repo", join(dir, "ws"), "dir");
      const runs: [string[], string][] = [
        [[join(dir, "ws/fixtures/a.json"), join(dir, "repo/fixtures/a.json")], "ws/fixtures/a.json"],
        [["repo/fixtures/a.json", "ws/fixtures/a.json"], "repo/fixtures/a.json"],
        [["ws", "repo"], "ws/fixtures/a.json"],
        [["repo/fixtures", "ws/*/*.json", "ws/fixtures/a.json"], "repo/fixtures/a.json"],
      ];
      for (const [args, kept] of runs) {
        const run = await runCli(["--format", "json", "--kind", "createOrder", ...args], { cwd: dir });
        expect(linted(run.stdout, `${dir}/`), args.join(" ")).toEqual([kept]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a config file in a linted folder is not a payload", async () => {
    const files = linted((await runCli(["--format", "json", "config"])).stdout);
    expect(files).toEqual(["config/items/2024/custom.json", "config/orders/2024/createOrder-warning.json"]);
  });
});

describe(".gitignore, node_modules, control characters in names (in a scratch folder)", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-files-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(".gitignore", "generated/\n*.local.json\n");
  write("keep/a.json", '{"name": "a", "value": "b"}');
  write("keep/b.local.json", '{"name": "a", "value": "b"}');
  write("generated/c.json", '{"name": "a", "value": "b"}');
  write("node_modules/pkg/package.json", '{"name": "pkg"}');
  write("odd/bell\u0007\u001b[31m.json", '{"name": "a", "value": "b", "\\u001b[2Jx": "y"}');
  write("links/real.json", '{"name": "a", "value": "b"}');
  symlinkSync("real.json", join(dir, "links/to-file.json"));
  symlinkSync("missing.json", join(dir, "links/broken.json"));
  symlinkSync("loop.json", join(dir, "links/loop.json"));
  symlinkSync("..", join(dir, "links/up"));
  symlinkSync("../links", join(dir, "links/again"));

  it("honours .gitignore and skips node_modules; --no-ignore lints the ignored files", async () => {
    const base = `${dir}/`;
    const all = linted((await runCli(["--format", "json", "."], { cwd: dir })).stdout, base).filter((f) => !f.startsWith("links/"));
    expect(all).toEqual(["keep/a.json", "odd/bell\u0007\u001b[31m.json"]);
    expect(linted((await runCli(["--format", "json", "--no-ignore", "keep", "generated"], { cwd: dir })).stdout, base)).toEqual([
      "generated/c.json",
      "keep/a.json",
      "keep/b.local.json",
    ]);
  });

  it("symbolic links: to files linted, to folders not followed (no endless walk), broken ones reported", async () => {
    const run = await runCli(["--format", "json", "links"], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string; fatal?: true }[] }[];
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(["links/broken.json", "links/loop.json", "links/real.json", "links/to-file.json"]);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ ruleId: "parse", fatal: true, message: expect.stringContaining("ENOENT") })]);
    expect(results[1]!.messages).toEqual([expect.objectContaining({ ruleId: "parse", fatal: true, message: expect.stringContaining("ELOOP") })]);
    expect(results[3]!.messages).toEqual([]);
    expect((await runCli(["--format", "compact", "links/broken.json"], { cwd: dir })).code).toBe(1);
  });

  it("never echoes control characters or ANSI escapes from names or messages to a terminal", async () => {
    for (const format of ["stylish", "compact"]) {
      const run = await runCli(["--format", format, "odd"], { cwd: dir });
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(run.stdout).toContain("\\u001b");
    }
  });
});

describe("--stdin", () => {
  it("lints the piped text as --stdin-filename, with positions", async () => {
    const text = '{\n  "name": "a",\n  "value": ""\n}\n';
    const run = await runCli(["--stdin", "--stdin-filename", "piped/custom.json", "--format", "json"], { input: text });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result).toMatchObject({ filePath: `${fixtures}piped/custom.json`, kind: "orderCustomData" });
    expect(result.messages[0]).toMatchObject({ path: "/value", ...valuePosition(text, "value") });
  });

  it("without a file name, reports <stdin>; a BOM is accepted; --kind applies", async () => {
    const run = await runCli(["--stdin", "--kind", "orderItemSearch", "--format", "json"], { input: '\uFEFF{"orderID": "555555"}' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ filePath: "<stdin>", kind: "orderItemSearch", errorCount: 0, warningCount: 0, messages: [] }]);
  });

  it("the stdin file name picks the kind through the config's files globs", async () => {
    const run = await runCli(["--stdin", "--stdin-filename", "items/new.json", "--format", "json"], { cwd: `${fixtures}config`, input: '{"name": "a", "value": "b"}' });
    expect(JSON.parse(run.stdout)[0].kind).toBe("orderItemCustomData");
  });

  it("an empty --stdin-filename is a usage error, as every other option that takes a file's name (not the working folder named as the file)", async () => {
    // Found by the input audit: "" resolved to the working folder, and the report named that
    // folder as the piped text's file (exit 1), where --config "" and -o "" are refused.
    const run = await runCli(["--stdin", "--stdin-filename", "", "--kind", "orderCustomData"], { input: '{"name": "a", "value": ""}' });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "oms-lint: --stdin-filename takes the name the piped text is linted as, not an empty name (or leave it out for <stdin>)\n" });
  });

  // Found by the review of that fix: ".", "./" and "sub/.." named the working folder as the
  // piped text's file just as "" did, and "orders/" was linted as the file "orders" (resolve drops
  // the slash), where -o refuses a name spelt as a folder's.
  it.each([
    { name: ".", why: "it is ." },
    { name: "./", why: "it ends with a slash" },
    { name: "orders/", why: "it ends with a slash" },
    { name: "sub/..", why: "it ends with /.." },
  ])("--stdin-filename $name names a folder: a usage error, not a file of that name", async ({ name, why }) => {
    const run = await runCli(["--stdin", "--stdin-filename", name, "--kind", "orderCustomData"], { input: '{"name": "a", "value": ""}' });
    expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: --stdin-filename ${name} names a folder (${why}): name the file the piped text is linted as\n` });
  });

  it("bytes that are not UTF-8 are a placed parse fault, not a crash", async () => {
    const run = await runCli(["--stdin", "--format", "json"], { input: Buffer.from([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d]) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ ruleId: "parse", fatal: true, line: 2, column: 2 });
  });
});
