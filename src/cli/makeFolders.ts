import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Creates the folder and the missing folders above it, one level at a time. Node 20's
 * `mkdirSync(path, { recursive: true })` loops for ever where a folder cannot be made though
 * its parent exists (under /proc), so the levels are made here, each with a plain mkdir: a
 * folder that cannot be made throws its error (ENOENT, EACCES, ENOTDIR) at once.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !exists(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) mkdirSync(at);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
