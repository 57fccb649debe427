import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { tooLargeMessage, type TooLargeWording } from "../source/fileSize.js";
import { positionIn } from "../source/lineIndex.js";
import { decodeUtf8 } from "../source/utf8.js";
import { systemErrorWords } from "./systemErrorWords.js";
import { unreachedLinkWords } from "./unreachedLinkWords.js";

/** Why a file was not read, in the words of a diagnostic: "permission denied (EACCES)". */
export interface Unread {
  readonly reason: string;
  /** The system's error code when the open or read failed (ENOENT: there is no such file). */
  readonly code?: string;
  /**
   * Set when the file is past the limit: its size in bytes (it was not read whole), or
   * "unknown" for a file that reports no size (procfs, sysfs, FUSE), read to one byte past it.
   */
  readonly tooLarge?: number | "unknown";
}

/**
 * What a file that cannot be opened because nothing is there is told: a symbolic link whose
 * target is gone is said to be one (lstat tells), anything else `missing` ("it does not exist";
 * the lint of files found says they no longer do). "It does not exist (a broken symbolic link?)"
 * was said of every such file, a fixture deleted while the run read its folder too (audit of the CLI surfaces).
 */
function absenceWords(filePath: string, missing: string): Readonly<Record<string, string>> {
  return { ENOENT: isSymbolicLink(filePath) ? `it is ${unreachedLinkWords(undefined)}` : missing };
}

function isSymbolicLink(filePath: string): boolean {
  try {
    return lstatSync(filePath).isSymbolicLink();
  } catch {
    return false;
  }
}

/** What readBounded says of a path where nothing is, unless told otherwise. */
const doesNotExist = "it does not exist";

const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The one way oms-lint reads a file (the config, --existing, split's input, an -o file it
 * looks into; payloads through readBoundedView): opened non-blocking, so that a FIFO cannot
 * hang the run at open(); refused unread when it is a folder, a device, a pipe or a socket
 * (/dev/zero never ends), or larger than `limit` bytes. The bytes are the caller's own.
 */
export function readBounded(filePath: string, limit: number, missing = doesNotExist): Uint8Array | Unread {
  return withOpenFile(filePath, (fd) => checkedRead(fd, limit), missing);
}

/** What readBoundedView reads into first: larger than almost every payload file. */
const viewSize = 64 * 1024;
let view: Buffer | undefined;

/**
 * readBounded for the lint of many files, with the same verdicts: the bytes are a view of one
 * buffer that the next call overwrites, so use them (decode, hash) before reading again.
 * A file that fits the buffer costs open, two reads and close: no fstat (whose Stats object
 * and dates cost more than the read of a small file) and no buffer of its own. Anything else
 * (empty, larger, a folder, a device, a pipe, a read that fails) takes readBounded's checked
 * path, which asks fstat what it is. So a device, or a file past the limit, is refused after
 * at most min(64 KiB, limit + 1) bytes were read, not unread as readBounded refuses it; a file
 * that reports size 0 (/proc's) is read as readBounded reads it, to the limit's next 4 KiB.
 */
export function readBoundedView(filePath: string, limit: number, missing = doesNotExist): Uint8Array | Unread {
  return withOpenFile(filePath, (fd) => wholeInView(fd, limit) ?? checkedRead(fd, limit), missing);
}

/**
 * The file's first `length` bytes at most (fewer when it is shorter), with readBounded's
 * verdicts on what it is: what a file is told by before it is read whole (a cache, by its
 * signature: a file that is not one is never read, however large).
 */
export function readHead(filePath: string, length: number): Uint8Array | Unread {
  return withOpenFile(filePath, (fd) => {
    const notFile = notRegularFile(fstatSync(fd));
    if (notFile) return notFile;
    const head = Buffer.alloc(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  });
}

/**
 * What an open for reading refused with ENXIO is: a socket, or a device file with no device
 * behind it (a FIFO opened non-blocking to read opens at once). The general words, "a pipe or
 * device that no process reads", are a write's to a FIFO: a socket in a folder of payloads was
 * told them (input audit).
 */
const readOpenWords: Readonly<Record<string, string>> = { ENXIO: "it is not a regular file (a socket, or a device that is not there)" };

/** Opens the file non-blocking, reads it with `read`, closes it; a failure is the Unread that says why. */
function withOpenFile(filePath: string, read: (fd: number) => Uint8Array | Unread, missing = doesNotExist): Uint8Array | Unread {
  let fd: number | undefined;
  try {
    fd = openSync(filePath, openFlags);
    return read(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: systemErrorWords(error, code === "ENOENT" ? absenceWords(filePath, missing) : readOpenWords), ...(code ? { code } : {}) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The whole file in the shared view, when a first read leaves room and a second finds the
 * end; otherwise undefined. Reads at explicit offsets (the file's own offset stays at 0 for
 * the checked path); a pipe's "illegal seek" or a folder's EISDIR is left to that path too.
 */
function wholeInView(fd: number, limit: number): Uint8Array | undefined {
  const buffer = (view ??= Buffer.allocUnsafe(viewSize));
  const room = Math.min(buffer.length, limit + 1);
  try {
    const first = readSync(fd, buffer, 0, room, 0);
    if (first === 0 || first >= room) return undefined;
    return readSync(fd, buffer, first, room - first, first) === 0 ? buffer.subarray(0, first) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a file opened is not read: a folder, or no regular file (a device, pipe or socket, which may never end); undefined for a regular file. */
function notRegularFile(stat: Stats): Unread | undefined {
  if (stat.isDirectory()) return { reason: "it is a folder (EISDIR)" };
  if (!stat.isFile()) return { reason: "it is not a regular file (a device, pipe or socket)" };
  return undefined;
}

/** The open, fstat and read readFileSync makes, with two questions asked between. */
function checkedRead(fd: number, limit: number): Uint8Array | Unread {
  const stat = fstatSync(fd);
  const notFile = notRegularFile(stat);
  if (notFile) return notFile;
  if (stat.size > limit) return { reason: "it is too large", tooLarge: stat.size };
  return readAll(fd, stat.size, limit);
}

/**
 * The file's bytes, read into a buffer of the size fstat gave (readFileSync(fd) would fstat
 * it a second time: 10% of the reading time over 10,000 small files). A file that reports
 * no size (as /proc's do) says nothing of its length until it is read: readToLimit.
 */
function readAll(fd: number, size: number, limit: number): Uint8Array | Unread {
  if (size === 0) return readToLimit(fd, limit);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

/** The first chunk of a file that reports no size (most /proc files are smaller), and the largest (each chunk doubles the last). */
const firstChunk = 64 * 1024;
const largestChunk = 8 * 1024 * 1024;
/**
 * What a read asks for is a whole number of these: files of fixed-size records refuse other
 * lengths (/proc/self/pagemap's 8-byte entries: EINVAL), and a page is a whole number of any.
 */
const readGrain = 4096;

/**
 * A file that reports no size (procfs, sysfs, FUSE), read from where the descriptor stands,
 * in growing chunks, to its end or past the limit, and no further than one grain past it:
 * readFileSync read /proc/self/pagemap (terabytes) until the run was killed. Past the limit
 * it is refused as a too-large file is, its size unknown. Exported for its test, which gives
 * it a real file.
 */
export function readToLimit(fd: number, limit: number): Uint8Array | Unread {
  const chunks: Buffer[] = [];
  let filled = 0;
  for (let length = firstChunk; filled <= limit; length = Math.min(2 * length, largestChunk)) {
    const chunk = Buffer.allocUnsafe(Math.min(length, wholeGrains(limit + 1 - filled)));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    filled += read;
  }
  return filled > limit ? { reason: "it is too large", tooLarge: "unknown" } : Buffer.concat(chunks, filled);
}

/** `bytes` rounded up to a whole number of read grains. */
function wholeGrains(bytes: number): number {
  return Math.ceil(bytes / readGrain) * readGrain;
}

/** Why a file was not read, in one clause: the reason, or the too-large message that says how to raise the limit. */
export function describeUnread(unread: Unread, limit: number, tooLarge: TooLargeWording = tooLargeMessage): string {
  if (unread.tooLarge === undefined) return unread.reason;
  return tooLarge(unread.tooLarge === "unknown" ? undefined : unread.tooLarge, limit);
}

/**
 * A file read as UTF-8 text by readBounded, or the one clause that says why it was not; for
 * text that is not UTF-8, `at` places the first bad byte. `tooLarge` words a file past the
 * limit (a payload's says how to raise it; a file no flag raises the limit of says so).
 */
export function readBoundedText(
  filePath: string,
  limit: number,
  tooLarge: TooLargeWording = tooLargeMessage,
): { readonly text: string } | { readonly problem: string; readonly code?: string; readonly at?: { line: number; column: number } } {
  const bytes = readBounded(filePath, limit);
  if (isUnread(bytes)) return { problem: describeUnread(bytes, limit, tooLarge), ...(bytes.code ? { code: bytes.code } : {}) };
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { text: decoded.text };
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, decoded.offset).toString("utf8");
  return { problem: decoded.message, at: positionIn(prefix, prefix.length) };
}

/** True when the file was not read (the reason says why). */
export function isUnread(read: Uint8Array | Unread): read is Unread {
  return !(read instanceof Uint8Array);
}
