import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { UsageError } from "./usageError.js";

/**
 * The files changed since a git ref, as absolute paths: those `git diff <ref>` names as
 * added, copied, modified or renamed (commits since the ref and uncommitted edits alike), and
 * the untracked files git does not ignore (a fixture not yet added). Deleted files are not
 * among them. As Biome's `--changed --since`.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const root = git(["rev-parse", "--show-toplevel"], cwd, ref).trim();
  const changed = git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMR", ref, "--"], root, ref);
  const untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root, ref);
  return new Set(`${changed}${untracked}`.split("\0").filter((path) => path !== "").map((path) => resolve(root, path)));
}

function git(args: readonly string[], cwd: string, ref: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim().split("\n")[0];
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "git is not installed" : stderr || (error as Error).message;
    throw new UsageError(`--changed-since ${ref}: ${reason}`);
  }
}
