import * as fs from "node:fs";
import { join } from "node:path";
import { isAbsenceCode } from "../files/fileFacts.js";

/** The file system calls globby and fast-glob make, as globby's `fs` option takes them. */
export type GlobFs = typeof fs;

/**
 * The file system for one walk, remembering what each directory listing said. globby's
 * .gitignore filter stats every entry it keeps, to learn whether it is a folder (100,000
 * stats: 0.6 s of a 1.3 s walk, measured); the walk's own listings already said, so those
 * stats are answered from them. A symbolic link, or any path the walk did not list, gets a
 * real stat. `isFolder` says the same to the caller: undefined for a path to stat.
 * `unreadFolders` holds each folder the walk could not list (fast-glob, told to suppress
 * errors, skips it without a word), with the error; see isUnreadFolder. A folder `entersFolder`
 * refuses is never listed: fast-glob, walking `<base>/**` with hidden names, listed a
 * gitignored `.cache/` of 100,000 files only to filter them all out.
 */
export function walkFs(entersFolder: (path: string) => boolean = () => true): {
  readonly fs: GlobFs;
  isFolder(path: string): boolean | undefined;
  readonly unreadFolders: ReadonlyMap<string, unknown>;
} {
  const isFolder = new Map<string, boolean>();
  const unreadFolders = new Map<string, unknown>();
  const readdirSync = ((path: fs.PathLike, options?: unknown) => {
    // A folder the walk need not enter (no match can be in it, or .gitignore leaves it out) is listed as empty, unread.
    if (typeof path === "string" && !entersFolder(path)) return [];
    let entries;
    try {
      entries = fs.readdirSync(path, options as fs.ObjectEncodingOptions & { withFileTypes: true });
    } catch (error) {
      if (typeof path === "string" && isUnreadFolder(error)) unreadFolders.set(path, error);
      throw error;
    }
    if (typeof path === "string" && Array.isArray(entries)) {
      for (const entry of entries as unknown[]) {
        if (entry instanceof fs.Dirent && !entry.isSymbolicLink()) isFolder.set(join(path, entry.name), entry.isDirectory());
      }
    }
    return entries;
  }) as typeof fs.readdirSync;
  const statSync = ((path: fs.PathLike, options?: fs.StatSyncOptions) => {
    const folder = typeof path === "string" ? isFolder.get(path) : undefined;
    if (folder === undefined) return fs.statSync(path, options);
    return { isDirectory: () => folder, isFile: () => !folder, isSymbolicLink: () => false } as fs.Stats;
  }) as typeof fs.statSync;
  return { fs: { ...fs, readdirSync, statSync }, isFolder: (path) => isFolder.get(path), unreadFolders };
}

/**
 * Whether a listing's failure means a folder is there that cannot be read (EACCES, EPERM, EIO…):
 * what it holds goes unlinted, so the run must say so. ENOENT (nothing there, or gone during
 * the walk) and ENOTDIR (a file where a pattern expects a folder) hide nothing.
 */
export function isUnreadFolder(error: unknown): boolean {
  return !isAbsenceCode((error as NodeJS.ErrnoException)?.code);
}
