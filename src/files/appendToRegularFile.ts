import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, writeSync } from "node:fs";
import { describeWriteFailure, WriteFailure } from "./atomicWrite.js";

/** Opened without waiting: a FIFO with no reader fails at once (ENXIO) instead of blocking. */
const appendFlags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0);

/**
 * Appends text to a regular file (made if missing), as `>>` would, whole or not at all: a
 * write that fails part way (a full disk) is taken back, the file cut to the length it had,
 * through the same descriptor, so that what earlier writers left there ends where they ended
 * it (found by the files audit: $GITHUB_STEP_SUMMARY ended mid-row on a full disk). Anything
 * else than a regular file (a FIFO, a device, a folder) is refused with the code NOTFILE,
 * never waited on: a FIFO named by an environment variable would otherwise hang the run for
 * ever. `ownLine`: the text starts on a line of its own, after a line break when the file has
 * text that does not end with one. Throws a WriteFailure, in words.
 */
export function appendToRegularFile(path: string, text: string, { ownLine = false }: { ownLine?: boolean } = {}): void {
  const fd = openSync(path, appendFlags, 0o666);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new WriteFailure(path, "NOTFILE", "it is not a regular file (a device, pipe or socket)");
    const bytes = Buffer.from(ownLine && !endsLine(path, stat.size) ? `\n${text}` : text, "utf8");
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      throw takenBack(path, fd, stat.size, error);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a file of `size` bytes is empty or ends with a line break: what an earlier writer left
 * unended (`printf 'earlier' >> "$GITHUB_STEP_SUMMARY"`) would run into the appended text's first
 * line (`earlier### oms-lint`, no heading). Read through a descriptor of its own, reading only:
 * the append's own is write-only, and the file is another's to keep. Unreadable, it is taken as
 * unended (a blank line more is nothing in Markdown).
 */
function endsLine(path: string, size: number): boolean {
  if (size === 0) return true;
  try {
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const last = Buffer.alloc(1);
      return readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** The failure of an append, once the file is cut back to `size` bytes; said so when even that fails. */
function takenBack(path: string, fd: number, size: number, error: unknown): WriteFailure {
  const why = describeWriteFailure(error);
  const code = (error as NodeJS.ErrnoException)?.code ?? "EIO";
  try {
    ftruncateSync(fd, size);
    return new WriteFailure(path, code, why);
  } catch (truncateError) {
    return new WriteFailure(path, code, `${why}, and what was written of it could not be taken back (${describeWriteFailure(truncateError)}): the file ends with part of it`);
  }
}
