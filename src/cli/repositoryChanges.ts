import { resolve } from "node:path";
import { git, nulFields } from "./gitCommand.js";

/** What changed: files by their absolute path, and folders every file of which counts as changed. */
export interface ChangedPaths {
  readonly files: Set<string>;
  readonly folders: Set<string>;
}

/** How the changes are looked for and told: the label git's failures begin with, the working folder paths are shown from, the note. */
export interface ChangesContext {
  readonly label: string;
  readonly cwd: string;
  readonly note: (text: string) => void;
}

/**
 * The files of the repository at `root` changed since the commit `since`, into `changed`: those
 * `git diff <since>` (to the working tree: commits since and uncommitted edits alike) names as
 * added, copied, modified, renamed or of a changed type (T: a symbolic link made a regular file,
 * or the reverse, is new content at that path), and the untracked files git does not ignore (a
 * fixture not yet added); deleted files are not among them.
 * An untracked folder git does not enter (`nested/`: a repository of its own) is new, every file in it.
 */
export function addChanges(root: string, since: string, changed: ChangedPaths, context: ChangesContext): void {
  const raw = nulFields(git(["diff", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACMRT", since, "--"], root, context.label, "buffer"));
  // Each entry is a header (`:<old mode> <new mode> <old commit> <new commit> <status>`) and its path.
  for (let i = 1; i < raw.length; i += 2) changed.files.add(resolve(root, raw[i]!));
  for (const path of nulFields(git(["ls-files", "--others", "--exclude-standard", "-z"], root, context.label, "buffer"))) {
    if (path.endsWith("/")) changed.folders.add(resolve(root, path));
    else changed.files.add(resolve(root, path));
  }
}
