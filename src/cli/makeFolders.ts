import { lstatSync, mkdirSync, rmdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { WriteFailure } from "../files/atomicWrite.js";
import { unreachedLinkWords } from "../files/unreachedLinkWords.js";
import { escapeControls } from "../formatters/displayText.js";

/**
 * Creates the folder and the missing folders above it, one level at a time. Node 20's
 * `mkdirSync(path, { recursive: true })` loops for ever where a folder cannot be made though
 * its parent exists (under /proc), so the levels are made here, each with a plain mkdir: a
 * folder that cannot be made throws its error (ENOENT, EACCES, ENOTDIR) at once, and a
 * symbolic link on the way whose target cannot be reached a WriteFailure that says why (the
 * levels made before it removed again). The folders made, the highest first.
 */
export function makeFolders(folder: string): readonly string[] {
  const missing: string[] = [];
  for (let at = folder; !exists(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  const made: string[] = [];
  try {
    for (const at of missing.reverse()) {
      mkdirSync(at);
      made.push(at);
    }
  } catch (error) {
    removeMadeFolders(made);
    throw error;
  }
  return made;
}

/**
 * Removes folders makeFolders made (as it returned them), the deepest first, each only while it
 * is empty: a run that wrote nothing leaves no folder of its own behind (split audit: a failed
 * split left its new, empty --out-dir). One something was put in meanwhile is kept.
 */
export function removeMadeFolders(made: readonly string[]): void {
  for (const at of [...made].reverse()) {
    try {
      rmdirSync(at);
    } catch {
      return;
    }
  }
}

/**
 * Whether something is at the path, links followed. A link that leads nowhere is refused:
 * mkdir, which does not follow links, would find its name taken and say "exists already (EEXIST)".
 */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    if (isSymbolicLink(path)) throw unreachedLink(path, error);
    return false;
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A link on the way whose target cannot be reached, named by its path ("<path> is a loop of symbolic links (ELOOP)"). */
function unreachedLink(path: string, error: unknown): WriteFailure {
  return new WriteFailure(path, (error as NodeJS.ErrnoException).code ?? "ENOENT", `${escapeControls(path)} is ${unreachedLinkWords(error)}`);
}
