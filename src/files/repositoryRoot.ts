import { closeSync, constants, openSync, readSync, statSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
import { isFolder } from "./fileFacts.js";

/**
 * The entry that makes a folder the root of a git repository: a `.git` folder, or a `.git`
 * file (`gitdir: …`, as a submodule or a worktree has). A submodule is its own repository:
 * git reads none of its parent's .gitignore files inside it, and names it in the parent's
 * diff as one entry (a gitlink), never by its files.
 */
export const repositoryMark = ".git";

/** What a `.git` file begins with when it names a git directory (git's read_gitfile_gently: the space is required). */
const gitfilePrefix = "gitdir: ";

/** How much of a `.git` file is read: its first line names a path, never longer than a path can be. */
const gitfileReadLimit = 4096;

/**
 * Whether `folder` is a repository's root, as git's discovery tells one: its `.git` is a
 * folder, or a regular file whose first line is `gitdir: <path>` with a folder at that path
 * (relative to the `.git` file's folder, as git reads it; a link to either counts, as for
 * git). Anything else there (a file `not a gitfile`, `gitdir:` without the space, a gitdir
 * leading nowhere, such as a copied submodule's `../.git/modules/x`, a FIFO, a device) makes
 * no repository, and the parent's .gitignore files go on applying, as `git status --ignored`
 * shows. `.git`'s type is asked first, so a FIFO or a device is never opened; a folder is not
 * looked into (git also wants HEAD, objects and refs in it: a cost a folder for a case no tool
 * leaves). A folder that cannot be read is none: git could not read it either, and the walk
 * reports it (unreadFolders). A folder whose path is not UTF-8 is given by its bytes.
 */
export function isRepositoryRoot(folder: string | Buffer): boolean {
  const mark = typeof folder === "string" ? join(folder, repositoryMark) : Buffer.concat([folder, Buffer.from(sep + repositoryMark)]);
  try {
    const entry = statSync(mark, { throwIfNoEntry: false });
    if (entry === undefined) return false;
    if (entry.isDirectory()) return true;
    if (!entry.isFile()) return false;
    const target = gitdirTarget(mark, folder);
    return target !== undefined && isFolder(target);
  } catch {
    return false;
  }
}

/**
 * The path a `.git` file's first line names after `gitdir: `, relative to `folder` unless
 * absolute (bytes where the folder is given by its bytes), or undefined where it names none.
 * Reads at most gitfileReadLimit bytes; non-blocking, should the file have become a FIFO since its stat.
 */
function gitdirTarget(file: string | Buffer, folder: string | Buffer): string | Buffer | undefined {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(gitfileReadLimit);
    head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
  const lineEnd = head.indexOf(0x0a);
  const line = head.subarray(0, lineEnd === -1 ? head.length : lineEnd);
  const path = line.subarray(gitfilePrefix.length, line[line.length - 1] === 0x0d ? line.length - 1 : line.length);
  if (line.subarray(0, gitfilePrefix.length).toString("latin1") !== gitfilePrefix || path.length === 0) return undefined;
  if (typeof folder === "string") return resolve(folder, path.toString("utf8"));
  return isAbsolute(path.toString("latin1")) ? path : Buffer.concat([folder, Buffer.from(sep), path]);
}
