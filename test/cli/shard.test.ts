import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { parseShard, shardOf } from "../../src/cli/shard.js";
import { UsageError } from "../../src/cli/usageError.js";
import { runCli } from "../support/cli.js";

const path = fc.array(fc.stringMatching(/^[a-zA-Z0-9 ._-]{1,12}$/), { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join("/")}.json`);

describe("--shard <i>/<n>", () => {
  it("shards partition the files: each file in exactly one of n, whatever the paths", () => {
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (paths, n) => {
        const shards = Array.from({ length: n }, (_, i) => paths.filter((p) => shardOf(p, n) === i + 1));
        expect(shards.flat().sort()).toEqual([...paths].sort());
      }),
    );
  });

  it("spreads a fixture set over the shards (no shard empty or holding most of 1,000 files)", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 1000; i++) counts[shardOf(`fixtures/orders/order-${i}.json`, 4) - 1]!++;
    for (const count of counts) expect(count).toBeGreaterThan(150);
  });

  it("takes i/n with 1 ≤ i ≤ n only", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1/", "-1/2", "1.5/3"]) expect(parseShard(bad)).toBeUndefined();
  });

  // Found by the audit of the CI side: 1/10001 was refused with "1 ≤ i ≤ n", which it keeps; the cap of 10,000 was named nowhere.
  it.each([
    ["1/10000", { index: 1, count: 10_000 }],
    ["10000/10000", { index: 10_000, count: 10_000 }],
    ["1/10001", undefined],
    ["10001/10001", undefined],
    [`1/${"9".repeat(20)}`, undefined],
  ])("n is at most 10000: %s", (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it("past the cap, the message names it, and so does --help", async () => {
    expect(await runCli(["--shard", "1/10001", "."])).toMatchObject({
      code: 2,
      stdout: "",
      stderr: 'oms-lint: --shard takes <i>/<n>, the i-th of n parts (1 ≤ i ≤ n ≤ 10000: no CI matrix runs more jobs), such as --shard 2/4; not "1/10001"\n',
    });
    expect((await runCli(["--help"])).stdout).toMatch(/--shard <i>\/<n> [^]*?n at most 10000/);
  });

  // Found by the CI audit: eight files of one warning each failed `--max-warnings 3 .`, and passed
  // as four shards of `--shard i/4 --max-warnings 3`, each counting its own two.
  it("--max-warnings N is refused with --shard i/n for every N > 0 and n > 1 (no shard knows the others' counts); 0, no limit, and 1/1 (the whole run) are not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n))), fc.integer({ min: -1, max: 1_000_000 }), ([i, n], max) => {
        const argv = ["--shard", `${i}/${n}`, ...(max < 0 ? [] : ["--max-warnings", String(max)]), "."];
        if (max > 0 && n > 1) expect(() => parseCliArgs(argv)).toThrow(UsageError);
        else expect(parseCliArgs(argv).shard).toEqual({ index: i, count: n });
      }),
      { examples: [[[1, 1], 3], [[1, 2], 1], [[2, 2], 0]] },
    );
  });

  // Found by the audit of the CLI surfaces: every shard reported the piped text, where the shards together lint each file once.
  it.each([["1/1"], ["1/3"], ["3/3"]])("--shard %s with --stdin (and --stdin-filename) is a usage error, exit 2, nothing linted", async (shard) => {
    for (const named of [[], ["--stdin-filename", "fixtures/note.json"]]) {
      expect(await runCli(["--shard", shard, "--stdin", ...named], { input: '{"name": "n", "value": 1}' })).toMatchObject({
        code: 2,
        stdout: "",
        stderr:
          "oms-lint: --shard cannot be used with --stdin: --shard splits the files found among CI jobs, and the piped text is one text that every shard would lint; pipe it to one job without --shard\n",
      });
    }
  });

  describe("on the command line", () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-shard-"));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, "fixtures"));
    for (let i = 0; i < 30; i++) writeFileSync(join(root, "fixtures", `note-${i}.json`), `{"name": "n", "value": "${i}"}`);
    const files = async (argv: string[]) => {
      const run = await runCli(["-f", "json", "--kind", "orderCustomData", ...argv, "fixtures"], { cwd: root });
      return (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath);
    };

    it("the shards' reports together are the whole run's, no file twice", async () => {
      const whole = await files([]);
      const parts = await Promise.all([1, 2, 3].map((i) => files(["--shard", `${i}/3`])));
      expect(parts.flat().sort()).toEqual(whole);
      for (const part of parts) expect(part.length).toBeGreaterThan(0);
    });

    it("adding files moves no file already there to another shard (a hash of the path, not its place in the list)", async () => {
      const before = await Promise.all([1, 2, 3].map((i) => files(["--shard", `${i}/3`])));
      for (let i = 0; i < 12; i++) writeFileSync(join(root, "fixtures", `added-${i}.json`), `{"name": "n", "value": "a${i}"}`);
      const after = await Promise.all([1, 2, 3].map((i) => files(["--shard", `${i}/3`])));
      before.forEach((part, i) => expect(after[i]!.filter((file) => !file.includes("added-"))).toEqual(part));
    });

    it("a file's shard is that of its path from the working folder: checkouts at other places (two CI runners) split the files alike", async () => {
      const elsewhere = join(root, "another", "checkout");
      mkdirSync(join(elsewhere, "fixtures"), { recursive: true });
      for (let i = 0; i < 30; i++) writeFileSync(join(elsewhere, "fixtures", `note-${i}.json`), `{"name": "n", "value": "${i}"}`);
      const relativeFiles = async (cwd: string, shard: string) => {
        const run = await runCli(["-f", "json", "--kind", "orderCustomData", "--shard", shard, "fixtures"], { cwd });
        return (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.slice(cwd.length + 1)).filter((file) => file.startsWith("fixtures/note-"));
      };
      for (const shard of ["1/3", "2/3", "3/3"]) expect(await relativeFiles(elsewhere, shard)).toEqual(await relativeFiles(root, shard));
    });

    it("--shard with --max-warnings 3: exit 2 before any file is linted, and the message says why and what to do instead", async () => {
      const run = await runCli(["--shard", "2/4", "--max-warnings", "3", "fixtures"], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        "oms-lint: --max-warnings 3 cannot be used with --shard: a shard counts the warnings of its own files alone, so every shard could pass where the whole run has more than 3; run without --shard to count them all, or use --max-warnings 0, which each shard keeps exactly\n",
      );
    });

    it("--shard with --max-warnings 0: a shard holding a warning fails, one without passes", async () => {
      const warned = join(root, "warned");
      mkdirSync(warned);
      for (let i = 0; i < 8; i++) writeFileSync(join(warned, `p${i}.json`), `{"name": "n", "value": "v", "nme${i}": 1}`);
      const codes = await Promise.all([1, 2, 3, 4].map(async (i) => (await runCli(["--kind", "orderCustomData", "--shard", `${i}/4`, "--max-warnings", "0", "warned"], { cwd: root })).code));
      const holding = [1, 2, 3, 4].map((i) => Array.from({ length: 8 }, (_, j) => `warned/p${j}.json`).some((file) => shardOf(file, 4) === i));
      expect(codes).toEqual(holding.map((any) => (any ? 1 : 0)));
    });

    it("a malformed shard is a usage error", async () => {
      const run = await runCli(["--shard", "4/3", "fixtures"], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--shard takes <i>\/<n>/);
    });
  });
});
