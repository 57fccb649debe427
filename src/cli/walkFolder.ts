import { readdirSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import picomatch from "picomatch";
import { configFileName } from "../config/findConfig.js";
import { gitignoreIn, gitignoresAbove, isGitignored, type GitignoreChain } from "./gitignoreChain.js";

export interface FolderWalkOptions {
  readonly cwd: string;
  /** --ignore-pattern globs, relative to cwd (hidden names included, as fast-glob reads ignores). */
  readonly ignorePatterns: readonly string[];
  /** Honour .gitignore files: in the folder, below it, and above it up to the repository's root. */
  readonly gitignore: boolean;
}

/** What a folder holds to lint: `**\/*.json`, `*.http` and `*.rest`. */
const lintedName = /\.(?:json|http|rest)$/;

const posix = (path: string): string => (sep === "/" ? path : path.split(sep).join("/"));

/**
 * Every file to lint in a folder, in no particular order: what the glob
 * `<folder>/**\/*.{json,http,rest}` finds (hidden files and folders are not walked, as `**`
 * and `*` do not match a leading dot), minus node_modules, oms-lint's config, .gitignore'd
 * paths and --ignore-pattern matches.
 *
 * One readdir a folder, with the entries' types: nothing is stat'ed but symbolic links, and
 * nothing is kept but the paths found (a walk of 100,000 files holds 100,000 strings). An
 * ignored folder is never entered, so nothing in it can be re-included (git's rule too).
 * Links to files are kept, links to folders are not followed (a link loop would make the
 * walk endless), a broken link is kept to be reported as unreadable; an unreadable folder is
 * skipped, as a glob skips it.
 */
export function walkFolder(folder: string, options: FolderWalkOptions): string[] {
  const patternIgnores = options.ignorePatterns.length > 0 ? picomatch([...options.ignorePatterns], { dot: true }) : undefined;
  // A pattern is read relative to cwd, or as an absolute path (fast-glob read both).
  const byPattern = (path: string): boolean => {
    if (!patternIgnores) return false;
    const inside = relative(options.cwd, path);
    return (!inside.startsWith("..") && !isAbsolute(inside) && patternIgnores(posix(inside))) || patternIgnores(posix(path));
  };
  const ignored = (chain: GitignoreChain, path: string, isFolder: boolean): boolean =>
    byPattern(path) || (chain.length > 0 && isGitignored(chain, path, isFolder));

  const top = options.gitignore ? gitignoresAbove(folder, options.cwd) : [];
  if (isGitignored(top, folder, true)) return [];
  const found: string[] = [];
  const pending: { readonly folder: string; readonly chain: GitignoreChain }[] = [{ folder, chain: top }];
  while (pending.length > 0) {
    const { folder: at, chain: above } = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      continue;
    }
    const own = options.gitignore && entries.some((entry) => entry.name === ".gitignore") ? gitignoreIn(at) : undefined;
    const chain = own ? [...above, own] : above;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      const path = join(at, name);
      if (entry.isDirectory()) {
        if (name !== "node_modules" && !ignored(chain, path, true)) pending.push({ folder: path, chain });
      } else if (lintedName.test(name) && name !== configFileName && !(entry.isSymbolicLink() && linksToFolder(path))) {
        if (!ignored(chain, path, false)) found.push(path);
      }
    }
  }
  return found;
}

function linksToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
