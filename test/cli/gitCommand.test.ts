import { join } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { git } from "../../src/cli/gitCommand.js";

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
