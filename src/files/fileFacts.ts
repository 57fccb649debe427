import { lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The file's stats (links followed), or undefined when there is nothing there to stat. */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether a system error code says nothing is there: ENOENT, or ENOTDIR (a file where a folder
 * on the way should be). Not EACCES, EIO and the like, which say something is there that
 * cannot be reached: a locked file is not a gone one, nor a locked folder an empty one.
 */
export function isAbsenceCode(code: string | undefined): boolean {
  return code === "ENOENT" || code === "ENOTDIR";
}

/**
 * Whether nothing is at the path, as lstat knows it (ENOENT, or ENOTDIR: a file where a folder
 * on its way should be). Not when it cannot tell (EACCES behind a folder that cannot be
 * searched, EIO): existsSync is false for those too, and took a locked file for a gone one.
 */
export function isGone(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    return isAbsenceCode((error as NodeJS.ErrnoException).code);
  }
}

/**
 * The path with every link resolved; for a file not yet there, its folder's (a link to a
 * folder names the same place); the path itself when neither resolves. For a file to be
 * written (a report, a summary); realPathOrAsGiven resolves only what is there.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/**
 * The path with every link resolved, or as given where it cannot be (a name that is not UTF-8,
 * shown as `\xNN`; a folder or file gone): unlike realPathOf, a path not there is never half
 * resolved, so two names compare alike only when both are there and are one.
 */
export function realPathOrAsGiven(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether the path is a folder (through links); behind one that cannot be read (EACCES), it is not known to be. */
export function isFolder(path: string | Buffer): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
