import { systemErrorWords } from "./systemErrorWords.js";

/**
 * Why a write did not happen, in words a user reads: the target is as it was (the old file
 * whole, or no file), never half written. `code` is Node's (ENOSPC, EACCES) or our own
 * (CHANGED: the file was edited since it was read; EXISTS: refused to overwrite; NOTFILE;
 * LINK: a symbolic link where links are not written through; HARDLINK: the file has other names;
 * ASIDE: it changed, and once moved aside to be compared could not be put back at its name;
 * GONE: a file that was read is no longer there).
 */
export class WriteFailure extends Error {
  constructor(
    readonly target: string,
    readonly code: string,
    message: string,
    /**
     * Files written as one (writeFilesAtomic) that could not be taken back after this failure:
     * each holds its new text, so "none was written" would not be true of them.
     */
    readonly notUndone: readonly string[] = [],
    /** ASIDE: where the file that could not be put back is now, its hidden name beside the target. */
    readonly setAsideAt?: string,
  ) {
    super(message);
    this.name = "WriteFailure";
  }
}

/** A write's own words: ENOENT there is a folder missing on the way, the file itself being new. */
const writeWords: Readonly<Record<string, string>> = { ENOENT: "its folder does not exist" };

/** "ENOSPC" → "no space left on the device (ENOSPC)". */
export function describeWriteFailure(error: unknown): string {
  return error instanceof WriteFailure ? error.message : systemErrorWords(error, writeWords);
}

export function asWriteFailure(target: string, error: unknown): WriteFailure {
  if (error instanceof WriteFailure) return error;
  return new WriteFailure(target, (error as NodeJS.ErrnoException)?.code ?? "EIO", describeWriteFailure(error));
}

/** The words of a GONE failure: a file that was read is no longer there. */
export const goneWords = "it was removed since it was read";

/** The words of a CHANGED failure: the file no longer holds what was read. */
export const changedWords = "it changed since it was read (saved by another program?)";
