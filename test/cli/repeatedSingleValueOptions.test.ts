import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { runCli } from "../support/cli.js";

// Found by the audit of the fixture-set features (issue 18): `--shard 1/2 --shard 2/2` linted
// shard 2 alone without a word (Node's parseArgs keeps the last value of an option given twice),
// so a CI template that appended its own --shard to a job's silently linted another part. Two
// different values of --shard or --changed-since are refused (exit 2), as two reports to one
// file are; the same value twice means one thing and is taken.

describe("--shard and --changed-since given twice", () => {
  it.each([
    [["--shard", "1/2", "--shard", "2/2"], '--shard is given twice with different values ("1/2", "2/2"): a run takes one; give it once'],
    [["--shard=1/4", "--shard", "1/2"], '--shard is given twice with different values ("1/4", "1/2"): a run takes one; give it once'],
    [["--changed-since", "main", "--changed-since", "origin/main"], '--changed-since is given twice with different values ("main", "origin/main"): a run takes one; give it once'],
  ])("%j is a usage error, exit 2, nothing linted", async (argv, message) => {
    expect(await runCli([...argv, "."])).toEqual({ code: 2, stdout: "", stderr: `oms-lint: ${message}\n` });
  });

  it("the same value twice is that value", () => {
    expect(parseCliArgs(["--shard", "2/3", "--shard", "2/3", "."]).shard).toEqual({ index: 2, count: 3 });
    expect(parseCliArgs(["--changed-since", "main", "--changed-since=main", "."]).changedSince).toBe("main");
  });

  it("once, as before", () => {
    expect(parseCliArgs(["--shard", "2/3", "."]).shard).toEqual({ index: 2, count: 3 });
    expect(parseCliArgs(["--changed-since", "main", "."]).changedSince).toBe("main");
    expect(parseCliArgs(["."])).toMatchObject({ shard: undefined, changedSince: undefined });
  });
});
