import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shardOf } from "../../src/cli/shard.js";
import { bin, runCli } from "../support/cli.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { removedAfterAll, taxOverCapFixture, writeAt } from "../support/fixtureRepository.js";

// Found by the audit of the fixture-set features (issue 18): a recorded negative fixture that was
// deleted failed `oms-lint .` ("… is gone, where this run looked") and passed every `--shard i/n`
// run and a `--changed-since` run of the branch that deleted it: a CI matrix, or a pull request's
// check, never said the fixture was gone. `--shard 1/2 --prune-suppressions` removed the key of a
// file that shard 2 lints. Now each shard answers for the keys the shard hash gives it (the key,
// a path from the working folder with /, is the string the hash reads), and --changed-since for
// the keys git lists as removed since the ref (every key, as a plain run, when a run input changed).

const negative = taxOverCapFixture;
const record = "oms-lint-suppressions.json";
// "… is gone, where this run looked", or "… is gone, and so is its folder, …" when `git rm` took the folder too.
const gone = `${negative} is gone`;

const roots = removedAfterAll();
const write = writeAt;

/** A git repository on branch "feature", left from main, whose negative fixture (30% tax on one line) is recorded. */
function repository(): { root: string; git: (...args: string[]) => void } {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-partial-left-out-"));
  roots.push(root);
  const git = (...args: string[]) => void execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd: root, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  write(root, "fixtures/orders/createOrder.json", JSON.stringify(createOrder(), null, 2));
  write(root, "fixtures/orders/other.json", JSON.stringify(createOrder({ externalOrderID: "other" }), null, 2));
  write(root, negative, JSON.stringify(orderWithItems([orderItem({ actualPrice: 1, quantity: 5, itemTaxOverride: 1.5 })], { forceItemTaxOverride: true }), null, 2));
  execFileSync(process.execPath, [bin, "--suppress-rule", "tax-rate-cap", "."], { cwd: root, stdio: "pipe" });
  expect(JSON.parse(readFileSync(join(root, record), "utf8"))).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
  git("add", ".");
  git("commit", "-q", "-m", "fixtures");
  git("checkout", "-q", "-b", "feature");
  return { root, git };
}

describe("a deleted recorded fixture in a --shard run", () => {
  it.each([1, 2, 3, 4])("of %i shards, fails exactly the shard its key hashes to, as `oms-lint .` fails", async (count) => {
    const { root } = repository();
    rmSync(join(root, negative));
    expect((await runCli(["."], { cwd: root })).code).toBe(1);
    const owner = shardOf(negative, count);
    for (let index = 1; index <= count; index++) {
      const run = await runCli(["-f", "compact", "--shard", `${index}/${count}`, "."], { cwd: root });
      if (index === owner) {
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(gone);
      } else {
        expect(run).toMatchObject({ code: 0, stdout: "" });
      }
    }
  });

  it("--prune-suppressions removes its key in the shard that owns it only", async () => {
    const { root } = repository();
    rmSync(join(root, negative));
    const owner = shardOf(negative, 2);
    const other = 3 - owner;
    const before = readFileSync(join(root, record), "utf8");
    expect((await runCli(["--shard", `${other}/2`, "--prune-suppressions", "."], { cwd: root })).code).toBe(0);
    expect(readFileSync(join(root, record), "utf8")).toBe(before);
    const pruned = await runCli(["--shard", `${owner}/2`, "--prune-suppressions", "."], { cwd: root });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain(`${negative} (its file is gone)`);
    expect(JSON.parse(readFileSync(join(root, record), "utf8"))).toEqual({});
  });
});

describe("a recorded fixture deleted on the branch, in a --changed-since run", () => {
  it("fails the run, as `oms-lint .` does", async () => {
    const { root, git } = repository();
    git("rm", "-q", negative);
    git("commit", "-q", "-m", "drop the negative fixture");
    const run = await runCli(["-f", "compact", "--changed-since", "main", "."], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(gone);
  });

  it("fails the run from a working folder reached through a link, its folder gone too (git rm takes an emptied folder)", async () => {
    const { root, git } = repository();
    git("rm", "-q", negative);
    git("commit", "-q", "-m", "drop the negative fixture");
    const link = `${root}-link`;
    symlinkSync(root, link);
    roots.push(link);
    const run = await runCli(["-f", "compact", "--changed-since", "main", "."], { cwd: link });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${negative} is gone, and so is its folder`);
  });

  it("fails the run when the branch changed the config too (every file is linted, and every key answered for)", async () => {
    const { root, git } = repository();
    git("rm", "-q", negative);
    write(root, "oms-lint.config.json", `${JSON.stringify({ rules: { "unknown-property": "off" } })}\n`);
    const run = await runCli(["-f", "compact", "--changed-since", "main", "."], { cwd: root });
    expect(run.stderr).toContain("every file found is linted, as without --changed-since");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(gone);
  });

  // Review of the fixture-set fixes: a fixture the branch hid with .gitignore failed `oms-lint .`
  // ("… is left out by .gitignore, where this run looked") and passed the branch's --changed-since run.
  it("fails the run when the branch left it out with .gitignore, as `oms-lint .` does", async () => {
    const { root, git } = repository();
    write(root, ".gitignore", "fixtures/negative/\n");
    git("add", ".gitignore");
    git("commit", "-q", "-m", "ignore the negative fixtures");
    const plain = await runCli(["-f", "compact", "."], { cwd: root });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(`${negative} is left out by .gitignore`);
    const run = await runCli(["-f", "compact", "--changed-since", "main", "."], { cwd: root });
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: plain.stdout });
  });

  // Review of the fixture-set fixes: git names a removed submodule by its gitlink alone, and the
  // run compared that path with whole file paths, so a recorded fixture inside it passed.
  it("fails the run when the branch removed the submodule that held it, as `oms-lint .` does", async () => {
    const fixtures = mkdtempSync(join(tmpdir(), "oms-lint-partial-left-out-sub-"));
    roots.push(fixtures);
    const gitIn = (cwd: string, ...args: string[]) =>
      void execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", "-c", "protocol.file.allow=always", ...args], { cwd, stdio: "pipe" });
    write(fixtures, "neg/bad.json", JSON.stringify(orderWithItems([orderItem({ actualPrice: 1, quantity: 5, itemTaxOverride: 1.5 })], { forceItemTaxOverride: true }), null, 2));
    gitIn(fixtures, "init", "-q", "-b", "main");
    gitIn(fixtures, "add", ".");
    gitIn(fixtures, "commit", "-q", "-m", "fixtures");
    const root = mkdtempSync(join(tmpdir(), "oms-lint-partial-left-out-parent-"));
    roots.push(root);
    write(root, "createOrder.json", JSON.stringify(createOrder(), null, 2));
    gitIn(root, "init", "-q", "-b", "main");
    gitIn(root, "submodule", "add", "-q", fixtures, "sub");
    execFileSync(process.execPath, [bin, "--suppress-rule", "tax-rate-cap", "."], { cwd: root, stdio: "pipe" });
    expect(JSON.parse(readFileSync(join(root, record), "utf8"))).toEqual({ "sub/neg/bad.json": { "tax-rate-cap": { count: 1 } } });
    gitIn(root, "add", ".");
    gitIn(root, "commit", "-q", "-m", "fixtures in a submodule");
    gitIn(root, "checkout", "-q", "-b", "feature");
    gitIn(root, "rm", "-q", "sub");
    gitIn(root, "commit", "-q", "-m", "drop the submodule");
    const plain = await runCli(["-f", "compact", "."], { cwd: root });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("sub/neg/bad.json is gone");
    const run = await runCli(["-f", "compact", "--changed-since", "main", "."], { cwd: root });
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: plain.stdout });
  });

  it("passes when the branch did not touch it (a fixture the run does not lint is not its business)", async () => {
    const { root } = repository();
    write(root, "fixtures/orders/other.json", JSON.stringify(createOrder({ externalOrderID: "changed" }), null, 2));
    expect(await runCli(["-f", "compact", "--changed-since", "main", "."], { cwd: root })).toMatchObject({ code: 0, stdout: "" });
  });
});
