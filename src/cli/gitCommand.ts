import { execFileSync } from "node:child_process";
import { isFolder } from "../files/fileFacts.js";
import { escapeControls } from "../formatters/displayText.js";
import { shownPath } from "../files/undecodableName.js";
import { UsageError } from "./usageError.js";

/**
 * Where git runs: the folder, and the environment it gets there (the run's own in the
 * repository it names; without its repository-local variables elsewhere: otherRepositoryEnv.ts).
 */
export interface GitPlace {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * git run for --changed-since, in one repository; a failure is a usage error that begins with
 * `label` (`--changed-since main`, and the repository when it is not the working folder's).
 */
export function git(args: readonly string[], at: GitPlace, label: string): string;
export function git(args: readonly string[], at: GitPlace, label: string, encoding: "buffer"): Buffer;
export function git(args: readonly string[], at: GitPlace, label: string, encoding: "utf8" | "buffer" = "utf8"): string | Buffer {
  try {
    return execFileSync("git", args, { cwd: at.cwd, env: at.env, encoding, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    throw gitFailed(error, label, at.cwd);
  }
}

/**
 * The fields of git's `-z` output, each path as the folder walk shows it: a name that is not
 * UTF-8 with its bytes as `\xNN` (shownPath), so that it is found among the files walked, and
 * two such names stay two.
 */
export function nulFields(output: Buffer): string[] {
  const fields: string[] = [];
  for (let start = 0, end = output.indexOf(0); end !== -1; start = end + 1, end = output.indexOf(0, start)) {
    if (end > start) fields.push(shownPath(output.subarray(start, end)));
  }
  return fields;
}

/** `git merge-base <ref> HEAD`, or undefined where there is none (git's exit 1: no common history here). */
export function mergeBase(ref: string, at: GitPlace, label: string): string | undefined {
  try {
    return execFileSync("git", ["merge-base", "--end-of-options", ref, "HEAD"], { cwd: at.cwd, env: at.env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (error) {
    if ((error as { status?: unknown }).status === 1) return undefined;
    throw gitFailed(error, label, at.cwd);
  }
}

/** The top folder of the repository git finds from `cwd` (through the run's own environment, `env`), or undefined where it finds none. */
export function topLevel(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether a repository holds a commit: found or not, or git's first line of complaint where git failed (a repository it refuses: dubious ownership). */
export type CommitLookup = { readonly found: boolean } | { readonly failed: string };

/** How much of git's complaint a note quotes. */
const complaintLimit = 200;

/**
 * Whether the repository at `cwd` holds the commit `ref` names: `rev-parse --verify --quiet`
 * exits 1 and says nothing where there is none; any other failure is git's, quoted (escaped, bounded).
 */
export function hasCommit(ref: string, at: GitPlace): CommitLookup {
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], { cwd: at.cwd, env: at.env, stdio: ["ignore", "ignore", "pipe"] });
    return { found: true };
  } catch (error) {
    const complaint = firstLine(error);
    if ((error as { status?: unknown }).status === 1 && complaint === "") return { found: false };
    const line = escapeControls(complaint || (error as Error).message);
    return { failed: line.length > complaintLimit ? `${line.slice(0, complaintLimit)}…` : line };
  }
}

/** git's first line on stderr, trimmed ("" where it said nothing). */
function firstLine(error: unknown): string {
  return String((error as { stderr?: unknown }).stderr ?? "").trim().split("\n")[0]!.trim();
}

/**
 * git's own first line of complaint, as a usage error; or, where git could not start (ENOENT),
 * why: Node tells a missing working folder by the same spawn ENOENT as a missing git binary,
 * so the folder is looked at.
 */
function gitFailed(error: unknown, label: string, cwd: string): UsageError {
  const stderr = firstLine(error);
  const notStarted = (error as NodeJS.ErrnoException).code === "ENOENT";
  const reason = notStarted ? (isFolder(cwd) ? "git is not installed" : `the folder git was to run in, ${cwd}, does not exist`) : stderr || (error as Error).message;
  return new UsageError(`${label}: ${reason}`);
}
