import { realpathSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { RecentValues } from "../glob/recentValues.js";

/** A folder's real path, or undefined where it cannot be resolved (kept as an answer too). */
interface RealPath {
  readonly real: string | undefined;
}

/** The real paths of folders, each resolved once while it is among the latest `kept` asked for. */
export interface RealFolders {
  /** The folder's real path; a folder that does not exist is resolved from the nearest one that does. */
  of(folder: string): string | undefined;
}

/**
 * Real paths of folders, remembered: configRelativePath asks for the folder of every file that
 * looks outside its config's folder, three times per file (kind, ignores, overrides), and
 * resolving each time took 20,000 such files from about 0.1 s to 0.6–1.1 s (review of
 * 782fb186). The latest few thousand folders are kept, so a long-lived language server does
 * not grow without end. `realpath` is the system's unless a caller counts its calls.
 */
export function realFolders(realpath: (path: string) => string = realpathSync.native, kept = 4096): RealFolders {
  const folders = new RecentValues<RealPath>(kept);
  const resolved = (folder: string): string | undefined => {
    const real = realPathOrUndefined(realpath, folder);
    if (real !== undefined || dirname(folder) === folder) return real;
    const parent = of(dirname(folder));
    return parent === undefined ? undefined : join(parent, basename(folder));
  };
  const of = (folder: string): string | undefined => folders.get(folder, () => ({ real: resolved(folder) })).real;
  return { of };
}

function realPathOrUndefined(realpath: (path: string) => string, path: string): string | undefined {
  try {
    return realpath(path);
  } catch {
    return undefined;
  }
}
