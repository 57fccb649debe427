import { isUtf8 } from "node:buffer";
import { readdirSync, statSync, type Dirent } from "node:fs";
import { dirname, isAbsolute, relative, sep } from "node:path";
import { pathFromCwd, posixPath, readIgnorePattern } from "../glob/ignorePatternReading.js";
import { isOutside } from "../files/outsidePath.js";
import { isNotPayloadName, isSkippedFolderName } from "../files/notPayload.js";
import { isLintedName } from "../files/lintedName.js";
import type { IgnoredPath } from "../config/configIgnores.js";
import { mayBeUndecodable, shownName } from "../files/undecodableName.js";
import { isUnreadFolder } from "./walkFs.js";
import { isRepositoryRoot, repositoryMark } from "../files/repositoryRoot.js";
import { configFileName } from "../config/findConfig.js";
import { gitignoreIn, gitignoresAbove, isGitignored, isGitignoredOnTheWay, type GitignoreChain, type UnreadGitignores } from "../files/gitignoreChain.js";

export interface FolderWalkOptions {
  readonly cwd: string;
  /** --ignore-pattern globs, relative to cwd (hidden names included, as fast-glob reads ignores). */
  readonly ignorePatterns: readonly string[];
  /** Honour .gitignore files: in the folder, below it, and above it up to the repository's root. */
  readonly gitignore: boolean;
  /** The config's `ignores`: an ignored folder is not entered. */
  readonly ignored?: IgnoredPath;
  /** Filled with the files found whose name is not UTF-8 (shownName's `\xNN`): no file has that name to open. */
  readonly undecodable?: Set<string>;
  /** Filled with the folders the walk could not list (no permission), and why: what they hold is not linted. */
  readonly unreadFolders?: Map<string, unknown>;
  /** Filled with the files named oms-lint.config.json the walk passed over (not ignored): a config there is not the run's (unusedConfigNote). */
  readonly passedConfigs?: Set<string>;
  /** Filled with the files the walk passed over as evidently not payloads (package.json, tsconfig.*.json, its config): to say why it found none. */
  readonly passedNotPayloads?: Set<string>;
  /** Filled with the .gitignore files that are there but cannot be read, and why (gitignoreIn). */
  readonly unreadGitignores?: UnreadGitignores;
}

/** What the walk asks of a folder's entry; one whose path is not UTF-8 has its bytes too (the only way to open it). */
type Entry = Pick<Dirent, "name" | "isDirectory" | "isSymbolicLink"> & { readonly raw?: Buffer };

/** A path with `/` between its names, whatever the platform (as globs are matched). */
export const posix = posixPath;

/**
 * Every file to lint in a folder, in no particular order: what the glob
 * `<folder>/**\/*.{json,http,rest}` finds (hidden files and folders are not walked, as `**`
 * and `*` do not match a leading dot), minus node_modules, JSON that is evidently not a
 * payload by its name (package.json, lockfiles, tsconfig.json, tsconfig.*.json, oms-lint's own files: notPayload.ts;
 * its reports are told by their content as they are read, ownReport.ts),
 * .gitignore'd paths (those of the folder's repository: a repository inside it, a submodule,
 * has its own) and --ignore-pattern matches.
 *
 * One readdir a folder, with the entries' types: nothing is stat'ed but symbolic links, and
 * nothing is kept but the paths found (a walk of 100,000 files holds 100,000 strings). An
 * ignored folder is never entered, so nothing in it can be re-included (git's rule too).
 * Links to files are kept, links to folders are not followed (a link loop would make the
 * walk endless), a broken link is kept to be reported as unreadable; a folder that cannot be
 * listed goes into `unreadFolders`, to be reported (never passed as clean, as a glob would).
 */
export function walkFolder(folder: string, options: FolderWalkOptions): string[] {
  const { fileIgnored, folderSkipped } = ignorePatternMatchers(options.ignorePatterns, options.cwd);
  const configIgnored = options.ignored;
  const ignored = (chain: GitignoreChain, path: string, isFolder: boolean): boolean =>
    (isFolder ? folderSkipped(path) : fileIgnored(path)) ||
    (chain.length > 0 && isGitignored(chain, path, isFolder)) ||
    (configIgnored !== undefined && configIgnored(path, isFolder));

  const top = options.gitignore ? gitignoresAbove(folder, options.cwd, options.unreadGitignores) : [];
  if (isGitignoredOnTheWay(top, folder, true)) return [];
  const found: string[] = [];
  // A folder whose path is not UTF-8 is listed by its bytes (`raw`), and everything in it is such a path.
  const pending: { readonly folder: string; readonly chain: GitignoreChain; readonly raw?: Buffer }[] = [{ folder, chain: top }];
  while (pending.length > 0) {
    const { folder: at, chain: above, raw: rawFolder } = pending.pop()!;
    let entries: readonly Entry[];
    try {
      if (rawFolder !== undefined) entries = rawEntries(rawFolder, true);
      else {
        entries = readdirSync(at, { withFileTypes: true });
        // Two names that differ only in bytes that are not UTF-8 read alike: the folder's raw names tell them apart.
        if (entries.some((entry) => mayBeUndecodable(entry.name))) entries = rawEntries(Buffer.from(at), false);
      }
    } catch (error) {
      if (isUnreadFolder(error)) options.unreadFolders?.set(at, error);
      continue;
    }
    // A .gitignore in a folder whose path is not UTF-8 cannot be read: its files are reported all the same (never passed unseen).
    const own = options.gitignore && rawFolder === undefined && entries.some((entry) => entry.name === ".gitignore") ? gitignoreIn(at, options.unreadGitignores) : undefined;
    // A repository inside the walk (a submodule, a clone) is its own: its parent's .gitignore files do not apply in it.
    // Its `.git` is looked at only where the listing shows one (a broken one makes no repository).
    const ownRepository = options.gitignore && entries.some((entry) => entry.name === repositoryMark) && isRepositoryRoot(rawFolder ?? at);
    const inherited = ownRepository ? [] : above;
    const chain = own ? [...inherited, own] : inherited;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      const path = childPath(at, name);
      if (entry.isDirectory()) {
        if (!isSkippedFolderName(name) && !ignored(chain, path, true)) pending.push({ folder: path, chain, ...(entry.raw ? { raw: entry.raw } : {}) });
      } else if (!isLintedName(name)) {
        continue;
      } else if (isNotPayloadName(name)) {
        if ((options.passedConfigs !== undefined || options.passedNotPayloads !== undefined) && !ignored(chain, path, false)) {
          if (name === configFileName) options.passedConfigs?.add(path);
          options.passedNotPayloads?.add(path);
        }
      } else if (!(entry.isSymbolicLink() && linksToFolder(entry.raw ?? path))) {
        if (ignored(chain, path, false)) continue;
        found.push(path);
        if (entry.raw) options.undecodable?.add(path);
      }
    }
  }
  return found;
}

/**
 * --ignore-pattern as fast-glob reads an `ignore` list (globs keep going through it, and a
 * folder must be read the same way): a file is ignored when a relative pattern matches its
 * path from cwd, or an absolute one its absolute path, hidden names included; a folder is
 * skipped only by a pattern that ends in `/**` or whose last part has no wildcard (`sub`,
 * `**\/deep`), matched against its path from cwd. So `sub/*` drops the files directly in sub
 * and keeps sub/deep, as a glob does; a test compares the two ways on generated trees. A
 * relative pattern ignores nothing outside cwd, as in ESLint (ignoreDecision's relativeOrAbsolute).
 */
export function ignorePatternMatchers(patterns: readonly string[], cwd: string) {
  const never = (): boolean => false;
  if (patterns.length === 0) return { fileIgnored: never, folderSkipped: never, coversFile: never };
  const readings = patterns.map(readIgnorePattern);
  const relativeMatch = anyOf(readings.filter((reading) => !reading.absolute).map((reading) => reading.file));
  const absoluteMatch = anyOf(readings.filter((reading) => reading.absolute).map((reading) => reading.file));
  const relativeFolderMatch = anyOf(readings.flatMap((reading) => (reading.folder && !reading.absolute ? [reading.folder] : [])));
  const absoluteFolderMatch = anyOf(readings.flatMap((reading) => (reading.folder && reading.absolute ? [reading.folder] : [])));
  // A relative pattern takes only what lies inside cwd (see ignoreDecision's relativeOrAbsolute); outside, pathFromCwd is absolute.
  const insideMatch = (matches: (path: string) => boolean) => (seen: string) => !isAbsolute(seen) && matches(seen);
  const fileIgnored = (path: string): boolean => insideMatch(relativeMatch)(pathFromCwd(path, cwd)) || absoluteMatch(posix(path));
  const folderSkipped = (path: string): boolean => {
    const seen = pathFromCwd(path, cwd);
    return insideMatch(relativeFolderMatch)(seen) || absoluteFolderMatch(seen);
  };
  return {
    fileIgnored,
    folderSkipped,
    /** Whether a file a walk found would have been left out: it, or a folder on its way from cwd. */
    coversFile: (path: string): boolean => {
      if (fileIgnored(path)) return true;
      for (let at = dirname(path); at !== dirname(at) && !isOutside(relative(cwd, at)); at = dirname(at)) {
        if (relative(cwd, at) !== "" && folderSkipped(at)) return true;
      }
      return false;
    },
  };
}

const anyOf =
  (matchers: readonly ((path: string) => boolean)[]) =>
  (path: string): boolean =>
    matchers.some((matches) => matches(path));

/**
 * A folder's entry as `join(folder, name)` gives it, without join's normalising pass: the
 * folder is already normal (resolved, then built here) and a name from readdir holds no
 * separator. That pass built ~690 bytes of passing strings a file: 69 of the 116 MB a walk of
 * 100,000 files allocated, which raised the whole run's peak (bench/NOTES.md).
 */
export function childPath(folder: string, name: string): string {
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/**
 * A folder's entries listed by its bytes, each name as shownName shows it; an entry whose path
 * is not UTF-8 (its name, or the folder's when `undecodableFolder`) keeps its path's bytes.
 */
function rawEntries(folder: Buffer, undecodableFolder: boolean): Entry[] {
  return readdirSync(folder, { withFileTypes: true, encoding: "buffer" }).map((entry) => {
    const raw = entry.name as unknown as Buffer;
    const typed = { name: shownName(raw), isDirectory: () => entry.isDirectory(), isSymbolicLink: () => entry.isSymbolicLink() };
    return undecodableFolder || !isUtf8(raw) ? { ...typed, raw: Buffer.concat([folder, Buffer.from(folder.at(-1) === sep.charCodeAt(0) ? "" : sep), raw]) } : typed;
  });
}

function linksToFolder(path: string | Buffer): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
