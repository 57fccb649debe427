import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { nodeCrypto } from "./nodeCrypto.js";

/**
 * What a file was when a run looked at it: which file stood at the name (device and inode, as
 * lstat sees the name: a symbolic link put there since is another file) and a hash of its
 * bytes. A file a run will replace at its end (an earlier report under -o) is replaced only
 * while it is still this one, holding the same bytes: an editor's save in place, a rename of
 * another file over it, or a link put at its name since are all told. Its size and modification
 * time alone could not tell an edit of the same size within the clock's tick (a few
 * milliseconds on Linux); a hash read in blocks holds no more than a block of even a large report.
 */
export interface FileState {
  readonly dev: number;
  readonly ino: number;
  readonly sha256: string;
}

const blockBytes = 64 * 1024;

/** The state of the regular file at `path` (not followed if a link), or undefined when none is there or it cannot be read. */
export function fileStateOf(path: string): FileState | undefined {
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a link at the name is no file of its own state (Windows has no such flag: isSameFile's lstat tells it).
    // O_NONBLOCK: a pipe put at the name is opened without waiting for a writer, then refused as no regular file.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const hash = nodeCrypto().createHash("sha256");
    const block = Buffer.alloc(blockBytes);
    for (let read = readSync(fd, block); read > 0; read = readSync(fd, block)) hash.update(block.subarray(0, read));
    return { dev: stat.dev, ino: stat.ino, sha256: hash.digest("base64") };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether `path` is still the file `state` was taken of, holding the same bytes (a link at the name now is not). */
export function isSameFile(path: string, state: FileState): boolean {
  try {
    if (lstatSync(path).isSymbolicLink()) return false;
  } catch {
    return false;
  }
  const now = fileStateOf(path);
  return now !== undefined && now.dev === state.dev && now.ino === state.ino && now.sha256 === state.sha256;
}
