import { lstatSync, readlinkSync, statSync, type BigIntStats } from "node:fs";
import { displayPath, escapeControls } from "../formatters/displayText.js";
import { realPathOf } from "../files/fileFacts.js";
import { UsageError } from "./usageError.js";

/** Where split would write its children, and (with --force) the stale children it would remove. */
export interface ChildTargets {
  readonly children: readonly string[];
  readonly stale: readonly string[];
}

/**
 * Refuses, before anything is written or removed (exit 2, one line), a child path that split
 * must not touch. The input itself under another name: `ln -s cart.json cart-2.json; oms-lint
 * split cart.json --force` would replace the order being split with its second child, and the
 * original would be gone. A symbolic link at all: a child is a file split makes, so a link in
 * its place points at something split did not make, and is neither written through nor removed
 * (unlike --fix, where the user names the file, here nothing named the link's target).
 */
export function checkChildTargets(input: string, targets: ChildTargets, cwd: string): void {
  const inputFile = bigStatOrUndefined(() => statSync(input, { bigint: true }));
  const shownInput = escapeControls(displayPath(input, cwd));
  const check = (path: string, role: string, nothing: string) => {
    const entry = bigStatOrUndefined(() => lstatSync(path, { bigint: true }));
    if (entry === undefined) return;
    const shown = `${escapeControls(displayPath(path, cwd))}${role}`;
    const refuse = (what: string, remedy: string) => {
      throw new UsageError(`split: ${shown} ${what}: ${nothing} (${remedy})`);
    };
    const remedy = "remove it, or write the children elsewhere with --out-dir";
    if (entry.isSymbolicLink()) {
      const pointed = bigStatOrUndefined(() => statSync(path, { bigint: true }));
      if (sameFile(pointed, inputFile)) refuse(`is a symbolic link to ${shownInput}, the file being split`, remedy);
      refuse(`is a symbolic link (to ${escapeControls(linkText(path))})`, `split never writes a child through a link, nor removes one; ${remedy}`);
    }
    if (sameFile(entry, inputFile)) {
      const hardLink = realPathOf(path) !== realPathOf(input);
      refuse(hardLink ? `is a hard link to ${shownInput}, the file being split` : `is ${shownInput}, the file being split`, remedy);
    }
  };
  for (const path of targets.children) check(path, "", "nothing written");
  for (const path of targets.stale) check(path, " (a stale child --force would remove)", "nothing written or removed");
}

/** The same file: the same device and inode (bigint: an inode can pass 2^53). */
function sameFile(a: BigIntStats | undefined, b: BigIntStats | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

function bigStatOrUndefined(stat: () => BigIntStats): BigIntStats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

function linkText(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "?";
  }
}
