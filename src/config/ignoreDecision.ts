import { isAbsolute } from "node:path";
import { globMatcher } from "../glob/globMatcher.js";
import { posixPath } from "../glob/ignorePatternReading.js";

/** Whether a path is skipped by the ignores; `isFolder` for a folder a walk is about to enter. */
export type IgnoredPath = (path: string, isFolder: boolean) => boolean;

/**
 * An `overrides` entry's `ignores`, as ESLint reads a config object's own (non-global)
 * ignores: the same globs and the same decision, the last one that matches deciding and a `!`
 * one taking back what an earlier one ignored, but for files only. Such ignores "can only
 * match file names" (ESLint's docs): a pattern that ends in `/` ignores nothing, and there is
 * no folder to be inside of, so `"legacy/**", "!legacy/keep.json"` takes keep.json back.
 */
export function fileIgnores(globs: readonly string[]): (relativePath: string) => boolean {
  const patterns = globs.map(configPattern);
  return (path) => lastMatch(patterns, path, path, false) ?? false;
}

/** One ignore glob, read. */
export interface IgnorePattern {
  /** `!`: un-ignores what it matches. */
  readonly negated: boolean;
  /** Whether it matches a path as its list sees it (`seen`), or as an absolute path with `/`. */
  readonly matches: (seen: string, absolute: string, isFolder: boolean) => boolean;
}

/** Ignore globs relative to one folder, in order. */
export interface IgnoreList {
  /** A path as the list's globs see it, with `/`; undefined where they see nothing. */
  readonly seen: (path: string) => string | undefined;
  readonly patterns: readonly IgnorePattern[];
}

/** A pattern of the config's `ignores` (ESLint's reading: see configIgnores). */
export function configPattern(pattern: string): IgnorePattern {
  const negated = pattern.startsWith("!");
  const glob = negated ? pattern.slice(1) : pattern;
  const foldersOnly = glob.endsWith("/");
  // Matched alone: a `!` glob handed to picomatch would match every other path (and so ignore the whole tree).
  const matches = globMatcher(foldersOnly ? glob.slice(0, -1) : glob, { dot: true });
  // ESLint matches a folder as its path and a `/`: a brace member that ends in `/` (`{legacy/,old/}`) names folders too.
  const memberNamesFolders = !foldersOnly && folderMember.test(glob);
  return { negated, matches: (seen, _, isFolder) => (isFolder || !foldersOnly) && (matches(seen) || (isFolder && memberNamesFolders && matches(`${seen}/`))) };
}

/** A `/` that ends a brace member, not escaped: `{legacy/,old/}`, `{a/,b}`. */
const folderMember = /(?:^|[^\\])\/[,}]/;

/**
 * A pattern of --ignore-pattern, read as the config's (configPattern), relative to the working
 * folder or, absolute, to the root: ESLint adds the command line's patterns to its config as
 * global ignores. Read as fast-glob reads an ignore list (a folder skipped only by a pattern
 * ending in `/**` or with a plain last name), `legacy/*` kept legacy's subfolders, which the
 * config's `legacy/*` skips (audit at d5d094fb). `!legacy/` names the folder alone, and takes
 * back nothing inside one that `legacy/**` ignored.
 */
export function commandLinePattern(pattern: string): IgnorePattern {
  return relativeOrAbsolute(configPattern(pattern), isAbsolute(pattern.replace(/^!/, "")));
}

/**
 * An absolute pattern matched against the absolute path, a relative one against the path its
 * list sees, and only inside the working folder: ESLint adds the command line's patterns as
 * `{ basePath: cwd, ignores }`, and a path outside a basePath is none of its ignores' (from t2/a,
 * `--ignore-pattern '**\/x.json' ../c` left out ../c/x.json, matched by its absolute path, which
 * ESLint lints). Outside, the list sees the absolute path (pathFromCwd).
 */
function relativeOrAbsolute(pattern: IgnorePattern, absolute: boolean): IgnorePattern {
  return absolute
    ? { negated: pattern.negated, matches: (_, path, isFolder) => pattern.matches(path, path, isFolder) }
    : { negated: pattern.negated, matches: (seen, path, isFolder) => !isAbsolute(seen) && pattern.matches(seen, path, isFolder) };
}

/** The ignores of the lists, in order: one decision over all their patterns. */
export function ignoredBy(lists: readonly IgnoreList[]): IgnoredPath {
  return (path, isFolder) => {
    const seen = lists.map((list) => list.seen(path));
    const absolute = posixPath(path);
    return inIgnoredFolder(lists, seen, absolute) || lastMatchIgnores(lists, seen, absolute, isFolder);
  };
}

/**
 * ESLint reduces the patterns in order, each `!` one un-ignoring what is ignored so far: the
 * same as the last pattern that matches the path deciding (nothing matched: not ignored).
 */
function lastMatchIgnores(lists: readonly IgnoreList[], seen: readonly (string | undefined)[], absolute: string, isFolder: boolean): boolean {
  for (let at = lists.length - 1; at >= 0; at--) {
    const path = seen[at];
    const decided = path === undefined ? undefined : lastMatch(lists[at]!.patterns, path, absolute, isFolder);
    if (decided !== undefined) return decided;
  }
  return false;
}

/** Whether the last of the patterns that matches the path ignores it; undefined when none matches. */
function lastMatch(patterns: readonly IgnorePattern[], seen: string, absolute: string, isFolder: boolean): boolean | undefined {
  for (let at = patterns.length - 1; at >= 0; at--) {
    const pattern = patterns[at]!;
    if (pattern.matches(seen, absolute, isFolder)) return !pattern.negated;
  }
  return undefined;
}

/**
 * Whether a folder above the path (inside a list's folder) is ignored: nothing in it can be
 * un-ignored. Each folder up is the path with its last names dropped, as each list sees it.
 */
function inIgnoredFolder(lists: readonly IgnoreList[], seen: readonly (string | undefined)[], absolute: string): boolean {
  let folders = seen.map(parent);
  for (let above = parent(absolute) ?? ""; folders.some((folder) => folder !== undefined); above = parent(above) ?? "") {
    if (lastMatchIgnores(lists, folders, above, true)) return true;
    folders = folders.map(parent);
  }
  return false;
}

/** The folder a `/` path lies in; undefined for a name alone (the list's own folder) or a name at the root. */
function parent(path: string | undefined): string | undefined {
  const slash = path === undefined ? -1 : path.lastIndexOf("/");
  return slash > 0 ? path!.slice(0, slash) : undefined;
}
