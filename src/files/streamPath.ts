import { lstatSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join } from "node:path";

/** The system's trees of streams and devices: /dev and /proc. */
const systemTree = /^\/(dev|proc)(\/|$)/;
/** /dev/shm is a tmpfs of ordinary files (a test runner's temporary folder, a build's scratch space): no stream. */
const filesTree = /^\/dev\/shm(\/|$)/;

/** Symbolic links followed at most, as the kernel's ELOOP stops at 40. */
const maxLinks = 40;

const inSystemTree = (path: string): boolean => systemTree.test(path) && !filesTree.test(path);

/**
 * Whether a name given on the command line is a process's stream or a device rather than a
 * file in a folder of the user's: a path under /dev or /proc (/dev/stdin, /dev/fd/0,
 * /proc/self/fd/0), one in a folder that is (through links) there, or a symbolic link that
 * leads there. Told by the name and its links, not by the file behind it: `< order.json` makes
 * /dev/stdin a link to order.json, which `--fix /dev/stdin` then rewrote, and beside which split
 * wrote /dev/stdin-1.json (split audit). Each link is followed from the real folder it stands in,
 * as the kernel follows it: read from the folder as named, `../../dev/stdin` in a folder reached
 * through a link of the user's led elsewhere, and --fix rewrote what stdin was (review of
 * 5bc8e0a7). A name under /proc whose folder is really a folder of the user's
 * (/proc/self/cwd/dev/o.json) is that folder's file. Not on Windows, which has neither tree.
 */
export function isStreamPath(path: string, cwd: string): boolean {
  if (process.platform === "win32") return false;
  let target = followedPath(cwd, path);
  for (let hop = 0; hop <= maxLinks && target !== undefined; hop++) {
    if (inSystemFolder(target)) return true;
    const next = linkTarget(target);
    if (next === undefined) return false;
    target = followedPath(realParent(target), next);
  }
  return false;
}

/**
 * Whether the kernel reaches what a name given on the command line names, reading its `..` after
 * the folder before it (`nope/../../dev/stdin` is ENOENT where `nope` is not there, ENOTDIR where
 * it is a file): `resolve` took `nope/..` away as text, and a missing name was called a device.
 * Windows reads `..` as text itself.
 */
export function reachesAsWritten(path: string, cwd: string): boolean {
  if (process.platform === "win32") return true;
  try {
    statSync(isAbsolute(path) ? path : `${cwd}/${path}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a path, as given (its last name not followed), stands in /dev or /proc, or in a folder
 * that is there through links: where split would write the children of `/dev/stdin` beside it.
 * Told by the real folder it stands in, and by the path as written only where that folder
 * cannot be resolved.
 */
export function inSystemFolder(path: string): boolean {
  if (process.platform === "win32") return false;
  return inSystemTree(join(realParent(path), basename(path)));
}

/**
 * The path from `from` name by name, as the kernel walks it: each folder's links resolved before
 * the next name is read, so a `..` leaves the folder a link leads to (l -> /dev/pts: l/../stdin
 * is /dev/stdin), where `resolve` took `l/..` away as text before any link was read (review of
 * today's commits). The last name is kept as given (isStreamPath follows it itself). Undefined
 * where a name before it is not there or is no folder, as the kernel stops there (ENOENT, ENOTDIR):
 * kept as written, `nope/../../dev/stdin` was /dev/stdin, and a name not there a stream.
 */
function followedPath(from: string, path: string): string | undefined {
  const names = path.split("/").filter((name) => name !== "" && name !== ".");
  let at: string | undefined = isAbsolute(path) ? "/" : realFolder(from);
  for (const [index, name] of names.entries()) {
    if (at === undefined) return undefined;
    const next = name === ".." ? dirname(at) : join(at, name);
    at = index === names.length - 1 ? next : realFolder(next);
  }
  return at;
}

/** The real path of a folder, its links resolved; undefined where it is not there or is no folder. */
function realFolder(path: string): string | undefined {
  try {
    const real = realpathSync(path);
    return statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** The folder a path is in, its links resolved (as written where that cannot be told). */
function realParent(path: string): string {
  return realOrAsWritten(dirname(path));
}

function realOrAsWritten(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** What a symbolic link points to; undefined for anything else, or nothing there. */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}
