import { realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The file's stats (links followed), or undefined when there is nothing there to stat. */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The path with every link resolved; for a file not yet there, its folder's (a link to a
 * folder names the same place); the path itself when neither resolves.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}
