import { lstatSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { WriteFailure } from "../files/atomicWrite.js";
import { systemErrorWords } from "../files/systemErrorWords.js";
import { escapeControls } from "../formatters/displayText.js";

/**
 * Creates the folder and the missing folders above it, one level at a time. Node 20's
 * `mkdirSync(path, { recursive: true })` loops for ever where a folder cannot be made though
 * its parent exists (under /proc), so the levels are made here, each with a plain mkdir: a
 * folder that cannot be made throws its error (ENOENT, EACCES, ENOTDIR) at once, and a
 * symbolic link on the way whose target cannot be reached a WriteFailure that says why.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !exists(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) mkdirSync(at);
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

/**
 * A link whose target cannot be reached: a loop of links (ELOOP), a broken link (ENOENT: what
 * it points to is not there), or one whose target may be there but is out of reach, in its
 * code's own words (EACCES through a closed folder, ENOTDIR through a file): "broken" said
 * of those sent the user looking for a file that exists.
 */
function unreachedLink(path: string, error: unknown): WriteFailure {
  const shown = escapeControls(path);
  const code = (error as NodeJS.ErrnoException).code ?? "ENOENT";
  if (code === "ELOOP") return new WriteFailure(path, code, `${shown} is a loop of symbolic links (ELOOP)`);
  if (code === "ENOENT") return new WriteFailure(path, code, `${shown} is a broken symbolic link (what it points to does not exist)`);
  return new WriteFailure(path, code, `${shown} is a symbolic link to what cannot be reached: ${systemErrorWords(error)}`);
}
