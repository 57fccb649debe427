import { lstatSync } from "node:fs";
import { displayPath, escapeControls } from "../formatters/displayText.js";
import { earlierChild, type ChildNaming } from "./earlierChild.js";
import { UsageError } from "./usageError.js";

/**
 * What --force may overwrite at each child's path: only this order's child of that number from
 * an earlier split, told as a stale child is (its externalOrderID is the one that child gets).
 * A user who passes --force to replace an earlier split's output does not mean a file that
 * happens to sit at that name: another order's JSON, notes in plain text (--force overwrote
 * both). Such a file is refused before anything is written (exit 2, one line naming it); for
 * each path the bytes of the earlier child there, which the write checks it still holds, or
 * undefined where there is nothing (a folder, a device or a link is refused by the write and
 * checkChildTargets, in their words).
 */
export function replaceableChildren(children: readonly string[], naming: ChildNaming, cwd: string): (Uint8Array | undefined)[] {
  return children.map((path, c) => {
    if (!isRegularFile(path)) return undefined;
    const found = earlierChild(path, c + 1, naming);
    if ("bytes" in found) return found.bytes;
    throw new UsageError(
      `split: ${escapeControls(displayPath(path, cwd))} is no child of this order from an earlier split (${escapeControls(found.notChild)}): nothing written (--force replaces only this order's children from an earlier split; remove it, or write the children elsewhere with --out-dir)`,
    );
  });
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
