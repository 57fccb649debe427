import { writeSync } from "node:fs";

/**
 * Writes all of `text` to descriptor `fd`, a regular file, or throws why it cannot. Node's own
 * stdout on a regular file (its SyncWriteStream) calls fs.writeSync once and drops what a short
 * write leaves over: a file that reaches its size limit (`ulimit -f`, EFBIG) or a disk that fills
 * as it is written took the first part of the report, silently, and the run ended as if it were
 * whole. Writing on from where the short write stopped makes the next write say why (EFBIG, ENOSPC).
 */
export function writeWholeToFile(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}
