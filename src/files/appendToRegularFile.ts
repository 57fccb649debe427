import { closeSync, constants, fstatSync, openSync, writeSync } from "node:fs";

/** Opened without waiting: a FIFO with no reader fails at once (ENXIO) instead of blocking. */
const appendFlags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0);

/**
 * Appends text to a regular file (made if missing), as `>>` would. Anything else (a FIFO, a
 * device, a folder) is refused with the code NOTFILE, never waited on: a FIFO named by an
 * environment variable would otherwise hang the run for ever.
 */
export function appendToRegularFile(path: string, text: string): void {
  const fd = openSync(path, appendFlags, 0o666);
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error("it is not a regular file (a device, pipe or socket)"), { code: "NOTFILE" });
    const bytes = Buffer.from(text, "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}
