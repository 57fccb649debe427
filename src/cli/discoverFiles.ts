import { lstatSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { Options as GlobbyOptions } from "globby";
import { configFileName } from "../config/findConfig.js";
import { UsageError } from "./usageError.js";
import { walkFs } from "./walkFs.js";

export interface DiscoverOptions {
  readonly cwd: string;
  /** Globs relative to cwd (--ignore-pattern). */
  readonly ignorePatterns: readonly string[];
  /** Honour .gitignore files (and the ignore patterns); false with --no-ignore. */
  readonly useIgnores: boolean;
}

/** Never payloads: dependencies, git's own files, oms-lint's config. */
const defaultIgnores = ["**/node_modules/**", "**/.git/**", `**/${configFileName}`];

/**
 * The files the command line names, as absolute paths in sorted order, each once. A file
 * named outright is linted whatever the ignore rules say (you asked for it); a folder
 * means every `**\/*.json`, `*.http` and `*.rest` inside it, and a glob what it matches, both minus .gitignore,
 * --ignore-pattern, node_modules and .git. A pattern that matches nothing is a usage error,
 * as in ESLint: a typo in CI must not pass as "no problems".
 *
 * Symbolic links to files are linted; links to folders are not followed (a link loop
 * would make the walk endless); a broken link is kept, to be reported as unreadable.
 */
export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const found = new Set<string>();
  const ignore = [...defaultIgnores, ...(options.useIgnores ? options.ignorePatterns.map(asGlob) : [])];
  // Loaded only when a folder or glob is named: linting named files (an editor's task, a
  // pre-commit hook) starts without it (globby and its dependencies take ~40 ms to load).
  // Synchronous: globby's asynchronous .gitignore filter awaits a stat of every entry at
  // once (100,000 files: 2.9 s and 600 MB, measured); the sync walk answers those from its
  // own listings (walkFs).
  const glob = async (pattern: string, useIgnores: boolean): Promise<string[]> => {
    const walk = walkFs();
    const paths = (await import("globby")).globbySync(pattern, {
      cwd: options.cwd,
      absolute: true,
      // Not onlyFiles: without following links, a link to a file is not a file to fast-glob.
      onlyFiles: false,
      followSymbolicLinks: false,
      expandDirectories: false,
      gitignore: useIgnores,
      ignore: useIgnores ? ignore : defaultIgnores,
      suppressErrors: true,
      // found (below) keeps each path once; fast-glob's own index of every path is not needed.
      unique: false,
      fs: walk.fs,
    } satisfies GlobbyOptions);
    return notFolders(paths, walk.isFolder);
  };
  for (const pattern of patterns) {
    const path = resolve(options.cwd, pattern);
    const stat = statOrUndefined(path);
    if (stat?.isFile() || (!stat && isLink(path))) {
      found.add(path);
      continue;
    }
    // A device, a pipe or a socket named outright: never read (a pipe would wait for ever).
    if (stat && !stat.isDirectory()) throw new UsageError(`"${pattern}" is not a file or a folder (a device, pipe or socket)`);
    const { convertPathToPattern, isDynamicPattern } = await import("globby");
    const search = stat?.isDirectory() ? folderGlob(path, options.cwd, convertPathToPattern) : isDynamicPattern(pattern) ? pattern : undefined;
    if (search === undefined) throw new UsageError(`no file or folder "${pattern}" was found`);
    const matches = await glob(search, options.useIgnores);
    if (matches.length === 0) {
      const ignored = options.useIgnores && (await glob(search, false)).length > 0;
      throw new UsageError(
        ignored
          ? `all the files "${pattern}" matches are ignored (by .gitignore or --ignore-pattern; --no-ignore lints them)`
          : stat?.isDirectory()
            ? `the folder "${pattern}" holds no files to lint`
            : `no files match the pattern "${pattern}"`,
      );
    }
    // fast-glob's absolute paths are resolved already; on Windows, resolve() gives them backslashes.
    for (const match of matches) found.add(windows ? resolve(match) : match);
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every JSON file in a folder, as a glob relative to cwd where the folder lies inside it
 * (ignore patterns are relative to cwd, and fast-glob matches them against the entries as
 * the pattern spells them).
 */
function folderGlob(folder: string, cwd: string, convertPathToPattern: (path: string) => string): string {
  const inside = relative(cwd, folder);
  if (inside === "") return "**/*.{json,http,rest}";
  const base = inside.startsWith("..") || isAbsolute(inside) ? folder : inside;
  return `${convertPathToPattern(base)}/**/*.{json,http,rest}`;
}

/** A folder name given to --ignore-pattern ("fixtures/") means everything in it. */
function asGlob(pattern: string): string {
  return pattern.endsWith("/") ? `${pattern}**` : pattern;
}

const windows = process.platform === "win32";

/**
 * Keeps files, links to files and broken links; drops folders (and links to them). The
 * walk's own listings say what each entry is; only a link (or a path they missed) is stat'ed.
 */
function notFolders(paths: readonly string[], isFolder: (path: string) => boolean | undefined): string[] {
  return paths.filter((path) => !(isFolder(path) ?? statOrUndefined(path)?.isDirectory() === true));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
