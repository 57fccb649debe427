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
  const [root = "", shallow] = git(["rev-parse", "--show-toplevel", "--is-shallow-repository"], cwd, ref).split("\n");
  if (shallow === "true" && !hasCommit(ref, root)) throw new UsageError(shallowAdvice(ref));
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

function hasCommit(ref: string, cwd: string): boolean {
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], { cwd, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * A CI checkout is shallow and of one branch (actions/checkout fetches one commit; GitLab's
 * GIT_DEPTH, the pipeline's ref alone), so the README's `--changed-since origin/main` names a
 * ref the clone does not hold, and git's "bad revision" reads as a typo.
 */
function shallowAdvice(ref: string): string {
  const remoteBranch = /^([^/\s]+)\/(\S+)$/.exec(ref);
  const fetch = remoteBranch ? `git fetch --depth=1 ${remoteBranch[1]} ${remoteBranch[2]}:refs/remotes/${ref}` : `git fetch --depth=1 origin ${ref}`;
  return `--changed-since ${ref}: this clone has no commit ${ref}: it is a shallow clone (as CI checks out one commit of one branch); fetch it first (${fetch}), or check out with history (actions/checkout: fetch-depth: 0)`;
}
