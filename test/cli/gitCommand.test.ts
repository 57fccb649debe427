import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, hasCommit } from "../../src/cli/gitCommand.js";

describe("git's failures, as usage errors", () => {
  it("a folder git was to run in that is not there is named, not taken for a missing git", () => {
    const missing = join(tmpdir(), "oms-lint-no-such-folder", "below");
    expect(() => git(["status"], { cwd: missing, env: process.env }, "--changed-since main")).toThrow(
      `--changed-since main: the folder git was to run in, ${missing}, does not exist`,
    );
  });

  it("a git that is not on PATH is named as such", () => {
    expect(() => git(["status"], { cwd: tmpdir(), env: { ...process.env, PATH: join(tmpdir(), "oms-lint-no-such-folder") } }, "--changed-since main")).toThrow(
      "--changed-since main: git is not installed",
    );
  });
});

describe("hasCommit", () => {
  const folder = mkdtempSync(join(tmpdir(), "oms-lint-has-commit-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const at = { cwd: folder, env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } };

  it("tells a commit the repository lacks from git failing there, whose first line it quotes", () => {
    expect(hasCommit("HEAD", at)).toEqual({ failed: expect.stringMatching(/^fatal: not a git repository/) });
    execFileSync("git", ["init", "-q"], { cwd: folder });
    expect(hasCommit("HEAD", at)).toEqual({ found: false });
    expect(hasCommit("1".repeat(40), at)).toEqual({ found: false });
  });
});
