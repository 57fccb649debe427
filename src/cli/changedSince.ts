import { execFileSync } from "node:child_process";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./usageError.js";
import { shownPath } from "../files/undecodableName.js";
import { realPathOrAsGiven } from "../files/fileFacts.js";

/**
 * The files changed since a git ref, as absolute paths: those `git diff <merge base>` names as
 * added, copied, modified, renamed or of a changed type (T: a symbolic link made a regular file,
 * or the reverse, is new content at that path), where the merge base is where HEAD's history left the
 * ref's (`git merge-base <ref> HEAD`), as Biome's `--changed --since` (`<ref>...HEAD`), Jest's
 * `--changedSince` and changesets compare: on a branch, what the branch changed, not what the
 * ref gained since the branch left it. Commits since the merge base and uncommitted edits
 * alike, and the untracked files git does not ignore (a fixture not yet added); deleted files
 * are not among them. A shallow clone that holds the ref but not the history joining it to
 * HEAD (a CI checkout that fetched one commit of each) has no merge base: the files are then
 * compared with the ref itself, and `note` says so. Answers whether a file found is one of them
 * (see isChangedFile).
 */
export function changedSince(ref: string, cwd: string, note: (text: string) => void): (file: string) => boolean {
  const [root = "", shallow] = git(["rev-parse", "--show-toplevel", "--is-shallow-repository"], cwd, ref).split("\n");
  if (shallow === "true" && !hasCommit(ref, root)) throw new UsageError(shallowAdvice(ref));
  const base = mergeBase(ref, root);
  if (base === undefined) note(`--changed-since ${ref}: this clone holds no history joining ${ref} to HEAD (a shallow clone), so no merge base: files are compared with ${ref} itself (exactly a pull request's changes where HEAD is its merge commit; on a branch's own commit, files changed on ${ref} since the branch left it are linted too)`);
  const changed = gitPaths(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", base ?? ref, "--"], root, ref);
  const untracked = gitPaths(["ls-files", "--others", "--exclude-standard", "-z"], root, ref);
  return isChangedFile(new Set([...changed, ...untracked].map((path) => resolve(root, path))));
}

/**
 * Whether a file found is among the changed ones. git names them from its top level, a real
 * path; a walk spells them as the path argument was spelled (`oms-lint --changed-since HEAD
 * /tmp/link-to-repo`, or a working directory reached through a link), so a file is also looked
 * up by its folder's real path: one realpath a folder, not one a file. The file's own name is
 * not resolved: git tracks a link by the link's path.
 */
function isChangedFile(changed: ReadonlySet<string>): (file: string) => boolean {
  const realFolders = new Map<string, string>();
  return (file) => {
    if (changed.has(file)) return true;
    const folder = dirname(file);
    let real = realFolders.get(folder);
    if (real === undefined) realFolders.set(folder, (real = realPathOrAsGiven(folder)));
    return real !== folder && changed.has(join(real, basename(file)));
  };
}

/**
 * The paths git lists (-z), each as the folder walk shows it: a name that is not UTF-8 with
 * its bytes as `\xNN` (shownPath), so that it is found among the files walked, and two such
 * names stay two.
 */
function gitPaths(args: readonly string[], cwd: string, ref: string): string[] {
  const output = git(args, cwd, ref, "buffer");
  const paths: string[] = [];
  for (let start = 0, end = output.indexOf(0); end !== -1; start = end + 1, end = output.indexOf(0, start)) {
    if (end > start) paths.push(shownPath(output.subarray(start, end)));
  }
  return paths;
}

/** `git merge-base <ref> HEAD`, or undefined where there is none (git's exit 1: no common history here). */
function mergeBase(ref: string, cwd: string): string | undefined {
  try {
    return execFileSync("git", ["merge-base", "--end-of-options", ref, "HEAD"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (error) {
    if ((error as { status?: unknown }).status === 1) return undefined;
    throw gitFailed(error, ref);
  }
}

function git(args: readonly string[], cwd: string, ref: string): string;
function git(args: readonly string[], cwd: string, ref: string, encoding: "buffer"): Buffer;
function git(args: readonly string[], cwd: string, ref: string, encoding: "utf8" | "buffer" = "utf8"): string | Buffer {
  try {
    return execFileSync("git", args, { cwd, encoding, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    throw gitFailed(error, ref);
  }
}

/** git's own first line of complaint (or that there is no git), as a usage error. */
function gitFailed(error: unknown, ref: string): UsageError {
  const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim().split("\n")[0];
  const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "git is not installed" : stderr || (error as Error).message;
  return new UsageError(`--changed-since ${ref}: ${reason}`);
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
