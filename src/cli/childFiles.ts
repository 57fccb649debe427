import { readdirSync, statSync } from "node:fs";
import { basename } from "node:path";
import { describeWriteFailure, WriteFailure, writeFilesAtomic } from "../files/atomicWrite.js";
import { displayPath, escapeControls } from "../formatters/displayText.js";
import { makeFolders, removeMadeFolders } from "./makeFolders.js";
import { UsageError } from "./usageError.js";

/** split's children, ready to be written: each path (in `outDir`) and its text. */
export interface ChildFiles {
  readonly outDir: string;
  /** How --out-dir was given, for messages (undefined: the input's own folder). */
  readonly outDirOption?: string;
  /**
   * `replaces`: the bytes of this order's child of that number from an earlier split, found at
   * the path (replaceableChildren): with --force, overwritten if the file still holds them.
   */
  readonly children: readonly { readonly path: string; readonly data: string; readonly replaces?: Uint8Array | undefined }[];
  /** --force: the earlier children (`replaces`) are overwritten; any other file at a child's path never is. */
  readonly force: boolean;
  /** Each new child's permission bits, less the umask (split gives the input's read and write bits, writable by the owner; default 0o666). */
  readonly mode?: number;
}

/**
 * Writes split's children, all or none, into a folder made if missing. Without --force, a
 * child that exists already is not overwritten: those there now are named at once, and one
 * made after that look (another split into the same folder) is kept at the rename, the run
 * leaving none of its own (found by the files audit: two runs into one --out-dir both
 * succeeded, one's children silently replacing the other's). With --force, an earlier child
 * that changed after it was read fails the write before any child is renamed, and one that
 * changes later has those placed before it taken back, the earlier children put back (found by
 * the data-safety audit: a new cart-1 stood beside an old cart-2 after "no child was written").
 * A failure is a usage error (exit 2).
 */
export function writeChildFiles({ outDir, outDirOption, children, force, mode }: ChildFiles, cwd: string): void {
  if (children.length === 0) return;
  let made: readonly string[];
  try {
    made = makeFolders(outDir);
  } catch (error) {
    throw new UsageError(`split: cannot make --out-dir ${escapeControls(outDirOption ?? displayPath(outDir, cwd))}: ${describeWriteFailure(error)}`);
  }
  // A file there is no folder to make: each child's write then failed on "a part of its path is not a folder (ENOTDIR)", naming the child, not the option (audit of split).
  if (!isFolder(outDir)) {
    throw new UsageError(`split: --out-dir ${escapeControls(outDirOption ?? displayPath(outDir, cwd))} names a file, not a folder: nothing written (give a folder for the children, or a path where one can be made)`);
  }
  const listed = readdirOrEmpty(outDir);
  const present = children.filter((child) => listed.includes(basename(child.path)));
  if (present.length > 0 && !force) {
    // Escaped here: a line break in a name must not split the one line the error is.
    const names = present.map((child) => escapeControls(displayPath(child.path, cwd))).join(", ");
    throw new UsageError(`split: ${names} ${present.length === 1 ? "exists" : "exist"} already: nothing written (--force replaces this order's children from an earlier split)`);
  }
  // Only a child of an earlier split is overwritten, and only while it holds what was read: a file
  // put at another child's name after the look, or in an earlier child's place, is kept.
  const files = children.map(({ path, data, replaces }) => ({ path, data, options: force && replaces ? { expect: replaces } : { overwrite: false } }));
  try {
    writeFilesAtomic(files, { throughLinks: false, partHardLinks: true, removeOnSignal: true, mode });
  } catch (error) {
    // "no child was written": nor is the --out-dir the run made for them left behind, empty (split audit).
    const notUndone = error instanceof WriteFailure ? error.notUndone : [];
    if (notUndone.length === 0) removeMadeFolders(made);
    // The child the failure is about (a folder in its place), where it names one: "in od" alone left the user to look for it.
    const where = error instanceof WriteFailure ? `the child ${escapeControls(displayPath(error.target, cwd))}` : `the children in ${displayPath(outDir, cwd)}`;
    const code = error instanceof WriteFailure ? error.code : undefined;
    const why = code !== undefined && code in keptWords ? keptWords[code]! : describeWriteFailure(error);
    throw new UsageError(`split: cannot write ${where}: ${why}; ${writtenWords(notUndone, cwd)}`);
  }
}

/**
 * What the failed write left: every child it placed is taken back (an earlier child put back,
 * a new one removed), so none; a child that could not be taken back is named, not hidden
 * behind "none".
 */
function writtenWords(notUndone: readonly string[], cwd: string): string {
  if (notUndone.length === 0) return "no child was written";
  const names = notUndone.map((path) => escapeControls(displayPath(path, cwd))).join(", ");
  return `${names} ${notUndone.length === 1 ? "was" : "were"} written and could not be taken back; no other child was written`;
}

/** Why a file at a child's path was kept although the run was to write there: it came, or changed, after the look. */
const keptWords: Readonly<Record<string, string>> = {
  EXISTS: "a file was made there during this run (another split into the same folder?); it is kept as it is",
  CHANGED: "it changed during this run, after it was read as an earlier child (another split into the same folder?); it is kept as it is",
  GONE: "it was removed during this run, after it was read as an earlier child (another split into the same folder?); nothing is written in its place",
};

/** Whether the path, links followed, is a folder (makeFolders has made it or found something there); one gone since is left to the write, which says why. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return true;
  }
}

function readdirOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
