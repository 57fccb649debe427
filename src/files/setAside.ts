import { lstatSync, renameSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isUnread, readBounded } from "./readBounded.js";
import { ownTemporaryName } from "./temporaryName.js";
import { moveToFreeName } from "./freeName.js";
import { asWriteFailure, changedWords, goneWords, WriteFailure } from "./writeFailure.js";

/**
 * A file moved from its name to a hidden one beside it, `.<name>.<pid>.<random>.old` (in the
 * same folder: the renames cannot cross file systems), from where it is either put back or
 * removed. What makes a replacement undoable (writeFilesAtomic puts every replaced file back
 * when a later one fails) and a removal safe (split --force removes a stale child only if the
 * file it moved away is the one it read).
 */
export interface SetAsideFile {
  /** The hidden name it is at until putBack or remove. */
  readonly aside: string;
  /** Moves it back to its name, only while that name is free: a file made there meanwhile is kept, and this one stays aside (EXISTS). */
  putBack(): void;
  /** Removes it for good: its replacement stays, or its name stays free. */
  remove(): void;
}

/**
 * Moves the file at `path` aside. With `expected`, the file moved must hold exactly those bytes:
 * compared once it is aside, where no other program writes it by its name, so that what is
 * replaced or removed is what was read. One that differs is put back and refused (CHANGED); one
 * that is gone is refused too (GONE). Without `expected`, nothing at the path is undefined: there is nothing to set aside.
 */
export function setAside(path: string, expected?: Uint8Array): SetAsideFile | undefined {
  const aside = join(dirname(path), ownTemporaryName(basename(path), "old"));
  // A folder would be moved by the rename as a file is, and never removed by unlink.
  if (isFolder(path)) throw expected === undefined ? new WriteFailure(path, "NOTFILE", "it is a folder") : new WriteFailure(path, "CHANGED", changedWords);
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw asWriteFailure(path, error);
    if (expected === undefined) return undefined;
    // Not CHANGED: "it is kept as it is" would not be true of a file no longer there (audit of split).
    throw new WriteFailure(path, "GONE", goneWords);
  }
  const file: SetAsideFile = { aside, putBack: () => moveToFreeName(aside, path), remove: () => unlinkSync(aside) };
  if (expected === undefined || holds(aside, expected)) return file;
  try {
    file.putBack();
  } catch (error) {
    // Not CHANGED: "it is kept as it is" would not be true of a file left under another name.
    throw new WriteFailure(path, "ASIDE", `${changedWords}, and could not be put back (${asWriteFailure(path, error).message}): it is at ${basename(aside)}`, [], aside);
  }
  throw new WriteFailure(path, "CHANGED", changedWords);
}

/** Whether the file holds exactly these bytes: read as every file is, no further than one byte past them (a file that reports size 0, as /proc's do, is no longer read whole). */
export function holds(path: string, expected: Uint8Array): boolean {
  const read = readBounded(path, expected.length);
  return !isUnread(read) && Buffer.from(expected.buffer, expected.byteOffset, expected.length).equals(read);
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
