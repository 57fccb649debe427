import { lstatSync } from "node:fs";
import { join } from "node:path";

/**
 * The entry that makes a folder the root of a git repository: a `.git` folder, or a `.git`
 * file (`gitdir: …`, as a submodule or a worktree has). A submodule is its own repository:
 * git reads none of its parent's .gitignore files inside it, and names it in the parent's
 * diff as one entry (a gitlink), never by its files.
 */
export const repositoryMark = ".git";

/**
 * Whether `folder` is a repository's root: it holds `.git`, whatever kind of entry (as a
 * folder's listing shows it). A folder that cannot be read is none: git could not read it
 * either, and the walk reports it (unreadFolders).
 */
export function isRepositoryRoot(folder: string): boolean {
  try {
    return lstatSync(join(folder, repositoryMark), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
