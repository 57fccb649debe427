import { lstatSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { isGone } from "../files/fileFacts.js";
import { noOneMayWrite } from "../files/readOnlyFile.js";
import { setAside } from "../files/setAside.js";
import { describeWriteFailure, WriteFailure } from "../files/writeFailure.js";
import { earlierChild, type ChildNaming } from "./earlierChild.js";

/** A stale child as it was found: its path, and the bytes read to tell that it is this order's child. */
export interface StaleChild {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * Children of an earlier split that the new one does not replace: `<stem>-N.json` with N past
 * the new count, whose externalOrderID is the one this order's N-th child gets. Left in
 * place, `out/*.json` would submit an order that no longer exists. A file of that name that
 * is not such a child (another order, not JSON, unreadable) is none: never listed as stale,
 * never removed by --force; nor is one past the run's limits (split would refuse it as input).
 */
export function staleChildren(outDir: string, naming: ChildNaming, count: number): StaleChild[] {
  const prefix = `${naming.stem}-`;
  const numbered = readdirOrEmpty(outDir).flatMap((name) => {
    if (!name.startsWith(prefix) || !name.endsWith(".json")) return [];
    const digits = name.slice(prefix.length, -".json".length);
    return /^[1-9][0-9]{0,8}$/.test(digits) && Number(digits) > count ? [{ path: join(outDir, name), n: Number(digits) }] : [];
  });
  return numbered
    .flatMap(({ path, n }) => {
      const found = earlierChild(path, n, naming);
      return "bytes" in found ? [{ path, n, bytes: found.bytes }] : [];
    })
    .sort((a, b) => a.n - b.n)
    .map(({ path, bytes }) => ({ path, bytes }));
}

/** What --force did with the stale children: removed, kept (changed since they were read), left (not removed: no --force), or not removed (and why). */
export interface StaleRemoval {
  readonly removed: readonly string[];
  readonly kept: readonly string[];
  readonly left: readonly string[];
  /** --force could not remove it: why, in a user's words. */
  readonly notRemoved: readonly { readonly path: string; readonly why: string }[];
  /** Read-only (chmod a-w): kept, as --force replaces no read-only earlier child. */
  readonly readOnly: readonly string[];
  /** Changed since read, and its name taken meanwhile: kept at its hidden name beside it (`at`), the new file at its name as it is. */
  readonly aside: readonly { readonly path: string; readonly at: string }[];
}

/**
 * Removes each stale child only while it still holds the bytes read when it was found to be
 * one (found by the data-safety audit: notes put at a stale child's name while the children
 * were written and linted were removed on the strength of the earlier look). It is set aside
 * first, and compared where no other program writes it by its name; one that differs is put
 * back and kept. One that cannot be removed stays, and why is said (it was told "remove it (or
 * run with --force)", --force given: split audit); one already gone is neither removed by this
 * run nor left.
 */
export function removeStaleChildren(stale: readonly StaleChild[]): StaleRemoval {
  const removal = { removed: [] as string[], kept: [] as string[], left: [] as string[], readOnly: [] as string[], notRemoved: [] as { path: string; why: string }[], aside: [] as { path: string; at: string }[] };
  for (const child of stale) {
    const outcome = removeStaleChild(child);
    if (typeof outcome === "string") {
      if (outcome !== "gone") removal[outcome].push(child.path);
    } else if ("at" in outcome) removal.aside.push({ path: child.path, at: outcome.at });
    else removal.notRemoved.push({ path: child.path, why: outcome.notRemoved });
  }
  return removal;
}

function removeStaleChild({ path, bytes }: StaleChild): "removed" | "kept" | "readOnly" | "gone" | { readonly at: string } | { readonly notRemoved: string } {
  if (isReadOnly(path)) return "readOnly";
  let aside;
  try {
    aside = setAside(path, bytes)!;
  } catch (error) {
    // Changed, and its name taken before it could go back: where it is now is said, not "remove it" of the file now at its name (audit).
    if (error instanceof WriteFailure && error.code === "ASIDE" && error.setAsideAt !== undefined) return { at: error.setAsideAt };
    if (!(error instanceof WriteFailure) || (error.code !== "CHANGED" && error.code !== "GONE")) return { notRemoved: whyNotRemoved(path, error) };
    return error.code === "GONE" || isGone(path) ? "gone" : "kept";
  }
  try {
    aside.remove();
    return "removed";
  } catch (error) {
    // Not removed: back at its name, where the report says it is.
    tryQuietly(() => aside.putBack());
    return { notRemoved: whyNotRemoved(path, error) };
  }
}

/**
 * Why a stale child could not be moved or removed. EPERM alone ("permission denied") hides the
 * usual cause: a sticky folder (/tmp, a shared out-dir) lets only a file's owner, or the folder's,
 * remove or rename it, whatever the file's mode; as an earlier child of another user's is told.
 */
function whyNotRemoved(path: string, error: unknown): string {
  const words = describeWriteFailure(error);
  if ((error as { code?: unknown }).code !== "EPERM" || !inStickyFolderOfAnother(path)) return words;
  return `it belongs to another user, and its folder is sticky (only a file's owner, or the folder's, may remove it there): ${words}`;
}

/** Whether the stale child is read-only (see noOneMayWrite); one gone or out of reach is left to setAside to tell. */
function isReadOnly(path: string): boolean {
  try {
    return noOneMayWrite(lstatSync(path).mode);
  } catch {
    return false;
  }
}

function inStickyFolderOfAnother(path: string): boolean {
  try {
    const uid = process.getuid?.();
    return (statSync(dirname(path)).mode & 0o1000) !== 0 && statSync(path).uid !== uid;
  } catch {
    return false;
  }
}

function tryQuietly(action: () => void): void {
  try {
    action();
  } catch {
    // Already reported as not removed; a file that cannot be put back stays at its hidden name.
  }
}

function readdirOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
