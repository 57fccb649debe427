import { isAbsolute, sep } from "node:path";

/**
 * Whether a path from path.relative leads out of the folder it was taken from: ".." itself, a
 * path through it ("../x", "..\\x" on Windows), or an absolute path (another drive). A name that
 * only begins with two dots (..draft.json, ..old/a.json) lies inside.
 */
export function isOutside(relativePath: string): boolean {
  return relativePath === ".." || relativePath.startsWith(`..${sep}`) || relativePath.startsWith("../") || isAbsolute(relativePath);
}
