import { closeSync, constants, openSync, readSync, statSync } from "node:fs";
import { join, sep } from "node:path";

/**
 * The entry that makes a folder the root of a git repository: a `.git` folder, or a `.git`
 * file (`gitdir: …`, as a submodule or a worktree has). A submodule is its own repository:
 * git reads none of its parent's .gitignore files inside it, and names it in the parent's
 * diff as one entry (a gitlink), never by its files.
 */
export const repositoryMark = ".git";

/** What a `.git` file begins with when it names a git directory (git's read_gitfile). */
const gitfilePrefix = "gitdir:";

/**
 * Whether `folder` is a repository's root, as git's discovery tells one: its `.git` is a
 * folder, or a regular file whose first bytes are `gitdir:` (a link to either counts, as for
 * git). Anything else there (a file `not a gitfile`, a FIFO, a device) makes no repository,
 * and the parent's .gitignore files go on applying, as `git status --ignored` shows. `.git`'s
 * type is asked first, so a FIFO or a device is never opened; a folder is not looked into
 * (git also wants HEAD, objects and refs in it: a cost a folder for a case no tool leaves). A folder that cannot be read is none: git could
 * not read it either, and the walk reports it (unreadFolders). A folder whose path is not UTF-8
 * is given by its bytes.
 */
export function isRepositoryRoot(folder: string | Buffer): boolean {
  const mark = typeof folder === "string" ? join(folder, repositoryMark) : Buffer.concat([folder, Buffer.from(sep + repositoryMark)]);
  try {
    const entry = statSync(mark, { throwIfNoEntry: false });
    if (entry === undefined) return false;
    return entry.isDirectory() || (entry.isFile() && startsWithGitdir(mark));
  } catch {
    return false;
  }
}

/** Reads the prefix's length alone; non-blocking, should the file have become a FIFO since its stat. */
function startsWithGitdir(file: string | Buffer): boolean {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const head = Buffer.alloc(gitfilePrefix.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString("latin1") === gitfilePrefix;
  } finally {
    closeSync(fd);
  }
}
