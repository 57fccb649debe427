import { lstatSync, statSync, type Stats } from "node:fs";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import type { Options as GlobbyOptions } from "globby";
import { isNotPayloadName, isOwnFileName, notPayloadGlobs } from "../files/notPayload.js";
import { isOutside } from "../files/outsidePath.js";
import { reachesAsWritten } from "../files/streamPath.js";
import { statOrUndefined } from "../files/fileFacts.js";
import { systemErrorWords } from "../files/systemErrorWords.js";
import { UsageError } from "./usageError.js";
import { escapedFileName } from "./escapedFileName.js";
import { walkFs } from "./walkFs.js";
import { realPathKeys } from "./realPathKeys.js";
import { globSpecial, resolvedLead } from "./resolvedLead.js";
import { opensNegated } from "../glob/leadingBang.js";
import { mayBeUndecodable, undecodablePaths } from "../files/undecodableName.js";
import type { IgnoredPath } from "../config/configIgnores.js";

export interface DiscoverOptions {
  readonly cwd: string;
  /** Globs relative to cwd, read as fast-glob reads an ignore list (the CLI gives --ignore-pattern's in configIgnored, read as the config's). */
  readonly ignorePatterns: readonly string[];
  /** Honour .gitignore files (and the ignore patterns); false with --no-ignore. */
  readonly useIgnores: boolean;
  /** --force-exclude: the ignores leave out files named outright too, each one skipped a note. */
  readonly ignoreNamed?: boolean;
  /** false (--no-error-on-unmatched-pattern): a pattern that matches nothing is a note, not an error. */
  readonly errorOnUnmatchedPattern?: boolean;
  /** Where such a note goes (one line). */
  readonly note?: (text: string) => void;
  /** Filled with the files named outright (not found by a folder walk or a glob): they keep every verdict. */
  readonly named?: Set<string>;
  /**
   * Filled with the files a glob of the command line matched (not a folder walk's finds): held
   * against the suppressions record's place, where a payload is refused and the record is not (main).
   */
  readonly globbed?: Set<string>;
  /** The config's `ignores`, and --ignore-pattern's after them (main's ignoreRules); off with --no-ignore, as the other ignores. */
  readonly configIgnored?: IgnoredPath;
  /** Filled with the files found whose path is not UTF-8 (undecodableName.ts): no file has the name shown to open. */
  readonly undecodable?: Set<string>;
  /**
   * Filled with the folders a walk or a glob could not list (no permission), each with why in
   * words: they are among the paths returned, each to be one fatal finding (what it holds was
   * not linted), never passed as clean or as a folder with nothing to lint.
   */
  readonly unreadFolders?: Map<string, string>;
  /** Filled with the files named oms-lint.config.json a folder walk passed over (walkFolder's passedConfigs). */
  readonly passedConfigs?: Set<string>;
  /** Filled with the .gitignore files a walk or a glob met that cannot be read, and why (gitignoreIn). */
  readonly unreadGitignores?: Map<string, string>;
}

/** A pattern that matches no file: a usage error, or a note with --no-error-on-unmatched-pattern. */
class UnmatchedPattern extends UsageError {}

/** Never walked: dependencies and git's own files. */
const foldersIgnored = ["**/node_modules/**", "**/.git/**"];
/** Never payloads besides: package manifests, tool configs, oms-lint's own files. */
const defaultIgnores = [...foldersIgnored, ...notPayloadGlobs];

/**
 * The files the command line names, as absolute paths in sorted order, each once. A file
 * named outright is linted whatever the ignore rules say (you asked for it), unless
 * `ignoreNamed` (--force-exclude) asks for them to apply to it too; a folder
 * means every `**\/*.json`, `*.http` and `*.rest` inside it, and a glob what it matches, both minus .gitignore,
 * --ignore-pattern, node_modules and .git. A pattern that matches nothing is a usage error,
 * as in ESLint: a typo in CI must not pass as "no problems".
 *
 * Symbolic links to files are linted; links to folders are not followed (a link loop
 * would make the walk endless); a broken link is kept, to be reported as unreadable, and so
 * is a folder that cannot be listed (unreadFolders).
 */
export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<string[]> {
  // By real path, the first name given kept: a file named through a link to its folder is one file.
  const found = new Map<string, string>();
  const keys = realPathKeys();
  /** The name kept for the file: the first one given. */
  const add = (key: string, path: string): string => {
    const kept = found.get(key);
    if (kept !== undefined) return kept;
    found.set(key, path);
    return path;
  };
  const skipsNamed = await namedFileSkips(options);
  /** A file named outright: linted whatever the ignores say, unless --force-exclude skips it. */
  const addNamed = (path: string, pattern: string): void => {
    if (skipsNamed(path, pattern)) return;
    // Found whether or not a named set is kept (`named?.add(add(…))` would skip it without one).
    const kept = add(keys.ofFile(path), path);
    options.named?.add(kept);
  };
  for (const pattern of patterns) {
    const path = resolve(options.cwd, pattern);
    const { stat, unanswered } = statOf(path);
    // Behind a folder that cannot be read, or past the length a path may have, stat says "permission denied" or "name too long", not "no such file": the
    // path named is read, and its fault says why it was not (never "not found", nor skipped).
    if (stat?.isFile() || (!stat && isLink(path)) || (unanswered && !(await import("globby")).isDynamicPattern(pattern))) {
      addNamed(path, pattern);
      continue;
    }
    // `'node_modules/n\[1\].json'`, no file by that name: the file its escapes spell, named outright.
    const spelled = stat ? undefined : escapedFileName(pattern);
    if (spelled !== undefined && statOf(resolve(options.cwd, spelled)).stat?.isFile()) {
      addNamed(resolve(options.cwd, spelled), pattern);
      continue;
    }
    // `git diff -z --name-only | xargs -0 oms-lint`: a name that is not UTF-8 reaches us with
    // U+FFFD in it; the file is there, and unread it must fail the run, never be "not found".
    const undecodable = stat ? [] : undecodablePaths(path);
    if (undecodable.length > 0) {
      if (skipsNamed(path, pattern)) continue;
      for (const file of undecodable) {
        add(file, file);
        options.named?.add(file);
        options.undecodable?.add(file);
      }
      continue;
    }
    // A device, a pipe or a socket named outright: never read (a pipe would wait for ever). One
    // `resolve` reached only by reading `nope/..` as text is not there (reachesAsWritten).
    if (stat && !stat.isDirectory() && reachesAsWritten(pattern, options.cwd)) throw new UsageError(`"${pattern}" is not a file or a folder (a device, pipe or socket)`);
    try {
      if (stat?.isDirectory()) {
        for (const match of await inFolder(path, pattern, options)) add(keys.below(path, match), match);
      } else {
        for (const match of await inGlob(pattern, options)) {
          // Found whether or not a globbed set is kept (`globbed?.add(add(…))` would skip it without one).
          const kept = add(keys.ofFile(match), match);
          options.globbed?.add(kept);
        }
      }
    } catch (error) {
      // `git diff -z --name-only | xargs -0 oms-lint --no-error-on-unmatched-pattern`: a deleted fixture is skipped.
      if (!(error instanceof UnmatchedPattern) || options.errorOnUnmatchedPattern !== false) throw error;
      options.note?.(`${error.message}: skipped (--no-error-on-unmatched-pattern)`);
    }
  }
  return [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * --force-exclude's verdict on a file named outright (`path`, as `pattern` named it), or on the
 * name --stdin-filename gives the piped text: whether the ignores leave it out, each one left
 * out a note. Never, without `ignoreNamed`.
 */
export async function namedFileSkips(options: Pick<DiscoverOptions, "cwd" | "ignorePatterns" | "useIgnores" | "ignoreNamed" | "note" | "configIgnored">): Promise<(path: string, pattern: string) => boolean> {
  if (!options.ignoreNamed || !options.useIgnores) return () => false;
  // Loaded only when asked: the matchers cost a run of named files ~15 ms to load.
  const ignored = (await import("./namedFileIgnored.js")).namedFileIgnored(options.cwd, options.ignorePatterns.map(asGlob), options.configIgnored);
  return (path, pattern) => {
    if (!ignored(path)) return false;
    options.note?.(`"${pattern}" is ignored (by .gitignore, --ignore-pattern or the config's ignores): skipped (--force-exclude)`);
    return true;
  };
}

/**
 * Whether a glob's walk leaves the path out (inGlob): node_modules, .git and names that are not
 * payloads always; .gitignore, --ignore-pattern and the config's ignores unless --no-ignore.
 * For --prune-suppressions: a record of a file the glob would skip is no sign that it is gone.
 */
export async function globWalkSkips(options: Pick<DiscoverOptions, "cwd" | "ignorePatterns" | "useIgnores" | "configIgnored">): Promise<(path: string) => boolean> {
  const ignored = options.useIgnores ? (await import("./namedFileIgnored.js")).namedFileIgnored(options.cwd, options.ignorePatterns.map(asGlob), options.configIgnored) : () => false;
  return (path) => {
    const names = relative(options.cwd, path).split(sep);
    return isNotPayloadName(names.at(-1) ?? "") || names.some((name) => name === "node_modules" || name === ".git") || ignored(path);
  };
}

/**
 * A folder's files, by our own walk (globby's took 1.7 s and ~190 MB of passing garbage for
 * 100,000 files, most of it in its .gitignore filter; see bench/RESULTS.md). Nothing found
 * is a usage error that says whether the ignores hid everything. Loaded only when a folder is
 * named (it and the matchers it loads take ~15 ms): a named file starts without it.
 */
async function inFolder(folder: string, shown: string, options: DiscoverOptions): Promise<string[]> {
  const { walkFolder } = await import("./walkFolder.js");
  const unread = new Map<string, unknown>();
  // Only the first walk, whose files are linted, records the configs it passes; the later ones (without ignores) say why it found none.
  const walk = (useIgnores: boolean, unreadFolders?: Map<string, unknown>, passedConfigs?: Set<string>, passedNotPayloads?: Set<string>) =>
    walkFolder(folder, {
      cwd: options.cwd,
      ignorePatterns: useIgnores ? options.ignorePatterns.map(asGlob) : [],
      gitignore: useIgnores,
      ignored: useIgnores ? options.configIgnored : undefined,
      undecodable: options.undecodable,
      ...(unreadFolders ? { unreadFolders } : {}),
      ...(passedConfigs ? { passedConfigs } : {}),
      ...(passedNotPayloads ? { passedNotPayloads } : {}),
      ...(options.unreadGitignores ? { unreadGitignores: options.unreadGitignores } : {}),
    });
  const files = walk(options.useIgnores, unread, options.passedConfigs);
  if (files.length > 0 || unread.size > 0) return [...files, ...keepUnread(unread, options)];
  if (options.useIgnores && walk(false).length > 0) {
    throw new UnmatchedPattern(`all the files "${shown}" matches are ignored (by .gitignore, --ignore-pattern or the config's ignores; --no-ignore lints them)`);
  }
  // A folder of package.json and tsconfig.base.json alone was said to hold "no files to lint", where the glob form said why.
  const notPayloads = new Set<string>();
  walk(false, undefined, undefined, notPayloads);
  const first = namedOutright([...notPayloads]);
  throw new UnmatchedPattern(first === undefined ? `the folder "${shown}" holds no files to lint` : notPayloadsOnly(`the files the folder "${shown}" holds are`, relative(options.cwd, first)));
}

/**
 * What a glob matches, by globby (its .gitignore handling, and fast-glob's reading of the
 * pattern). Synchronous: globby's asynchronous .gitignore filter awaits a stat of every entry
 * at once (100,000 files: 2.9 s and 600 MB, measured); the sync walk answers those from its
 * own listings (walkFs). Loaded only when a glob is named (globby takes ~40 ms to load).
 */
async function inGlob(pattern: string, options: DiscoverOptions): Promise<string[]> {
  refuseNegatedTarget(pattern);
  const { globbySync, isDynamicPattern } = await import("globby");
  if (!isDynamicPattern(pattern)) throw new UnmatchedPattern(`no file or folder "${pattern}" was found`);
  const bounded = await boundedGlob(withoutTrailingSlash(pattern), options.ignorePatterns.map(asGlob), options.cwd);
  const { gitignoreFilter } = await import("../files/gitignoreChain.js");
  /**
   * What the glob matches, skipping: the run's ignores (with the defaults below), or only the
   * defaults (node_modules, .git and names that are not payloads), or those folders alone, or
   * nothing: the last three, to say why it found none to lint.
   */
  const ignoreLists = { ignores: [...defaultIgnores, ...bounded.ignores], defaults: defaultIgnores, folders: foldersIgnored, nothing: [] };
  const glob = (skipping: keyof typeof ignoreLists): { files: string[]; unread: Map<string, unknown> } => {
    const useIgnores = skipping === "ignores";
    const gitignored = useIgnores ? gitignoreFilter(resolve(options.cwd, bounded.base), options.cwd, options.unreadGitignores) : undefined;
    // Folders are left unlisted as walkFolder leaves them: gitignored ones, and those no match can be in.
    const walk = walkFs((folder) => {
      const path = resolve(options.cwd, folder);
      return bounded.entersFolder(path) && !gitignored?.(path, true);
    });
    const paths = globbySync(bounded.walked, {
      cwd: options.cwd,
      absolute: true,
      // Not onlyFiles: without following links, a link to a file is not a file to fast-glob.
      onlyFiles: false,
      followSymbolicLinks: false,
      expandDirectories: false,
      // .gitignore files are read as walkFolder reads them (gitignoreFilter), not by globby.
      gitignore: false,
      ignore: ignoreLists[skipping],
      dot: bounded.dot,
      suppressErrors: true,
      // found (below) keeps each path once; fast-glob's own index of every path is not needed.
      unique: false,
      fs: walk.fs,
    } satisfies GlobbyOptions);
    // fast-glob's absolute paths are resolved already; on Windows, resolve() gives them backslashes.
    const files = notFolders(paths, walk.isFolder)
      .map((path) => (windows ? resolve(path) : path))
      .filter((path) => bounded.keeps(path, useIgnores) && !gitignored?.(path));
    const configIgnored = useIgnores ? options.configIgnored : undefined;
    // fast-glob enters a .gitignore'd folder (the filter comes after it), and passes one it cannot list without a word.
    const unread = new Map(
      [...walk.unreadFolders]
        .map(([path, error]) => [resolve(options.cwd, path), error] as const)
        .filter(([path]) => bounded.keepsFolder(path, useIgnores) && !gitignored?.(path, true) && !configIgnored?.(path, true)),
    );
    return { files: withUndecodable(configIgnored === undefined ? files : files.filter((path) => !configIgnored(path, false)), options.undecodable), unread };
  };
  const matches = glob(options.useIgnores ? "ignores" : "defaults");
  if (matches.files.length > 0 || matches.unread.size > 0) return [...matches.files, ...keepUnread(matches.unread, options)];
  if (options.useIgnores && glob("defaults").files.length > 0) {
    throw new UnmatchedPattern(`all the files "${pattern}" matches are ignored (by .gitignore, --ignore-pattern or the config's ignores; --no-ignore lints them)`);
  }
  const notPayloads = glob("folders").files;
  const first = namedOutright(notPayloads);
  if (first !== undefined) throw new UnmatchedPattern(notPayloadsOnly(`all the files "${pattern}" matches are`, relative(options.cwd, first)));
  if (notPayloads.length > 0) throw new UnmatchedPattern(`no files to lint match the pattern "${pattern}": it matches only oms-lint's own files (its config, its suppressions file)`);
  // `oms-lint 'node_modules/fx/*.json'` was told "no files match" though files match, as ESLint says "All files matched by … are ignored".
  const inSkippedFolders = glob("nothing").files;
  if (inSkippedFolders.length > 0) throw new UnmatchedPattern(inSkippedFoldersOnly(pattern, relative(options.cwd, inSkippedFolders.sort()[0]!)));
  throw new UnmatchedPattern(`no files match the pattern "${pattern}"`);
}

/**
 * The file of those skipped as no payloads to name outright: the first, oms-lint's own files
 * left out. A folder of oms-lint.config.json alone was told to name it outright, which is then
 * a kind error (review of bd35badb); it holds no files to lint, as it was told before.
 */
function namedOutright(notPayloads: readonly string[]): string | undefined {
  return notPayloads.filter((path) => !isOwnFileName(basename(path))).sort()[0];
}

/**
 * A glob that matched only names a glob and a folder walk skip (appsettings.*.json, tsconfig.*.json):
 * "no files match" sent the user looking for a typo in the pattern (fix audit). A file named
 * outright is linted whatever its name.
 */
function notPayloadsOnly(which: string, first: string): string {
  return `${which} skipped as evidently not payloads (package manifests, tool configs such as tsconfig.json and appsettings.*.json, oms-lint's own files: the README's Command line lists them); name one outright to lint it ("${first}")`;
}

/** A glob that matched only files in node_modules or .git, which no glob or folder walk enters (named outright, a file there is linted). */
function inSkippedFoldersOnly(pattern: string, first: string): string {
  return `all the files "${pattern}" matches lie in node_modules or .git, which a glob and a folder walk never enter (ESLint ignores them too); name one outright to lint it ("${first}")`;
}

/**
 * What globby is given, so that no costly glob reaches picomatch inside fast-glob (see
 * glob/globMatcher.ts), nor one picomatch reads otherwise than globMatcher (isPlainPicomatchGlob:
 * `fx/!(current)/*.json`, `{a,b}/*.json`). Such a pattern is walked as its static folder and everything below
 * it, hidden names included (`<base>/**`), and what that finds is kept when the pattern,
 * matched without backtracking, takes it; a costly --ignore-pattern, or one picomatch alone
 * reads otherwise (isPlainPicomatchGlob: `order (1).json`, `orders-{1..12}.json`), is left out
 * of globby's list and applied to what it finds, as walkFolder applies ignore patterns; so is
 * every relative one where the pattern's base lies outside cwd (`../legacy/**\/*.json`: globby
 * applied `**\/keep.json` to ../legacy/keep.json). Patterns that cost little go to globby unchanged.
 */
async function boundedGlob(givenPattern: string, givenIgnores: readonly string[], cwd: string) {
  const [{ default: picomatch }, { globMatcher, isCostlyGlob, isPlainPicomatchGlob }, { backslashEscapes }, { ignorePatternMatchers, posix }, { folderMayHoldMatchOfAny }] = await Promise.all([
    import("picomatch"),
    import("../glob/globMatcher.js"),
    import("../glob/backslashEscapes.js"),
    import("./walkFolder.js"),
    import("../glob/folderMayHoldMatch.js"),
  ]);
  // fast-glob hands globby's patterns to picomatch too: `\g` must reach it as the `g` git reads.
  const pattern = resolvedLead(backslashEscapes(givenPattern));
  const ignorePatterns = givenIgnores.map(backslashEscapes);
  // One picomatch reads otherwise than oms-lint is walked and matched likewise: given to globby,
  // `fx/!(current)/*.json` left out fx/current-v2/x.json, which minimatch (ESLint) matches.
  const costly = isCostlyGlob(pattern) || !isPlainPicomatchGlob(pattern);
  const base = staticBase(picomatch.scan(pattern).base);
  // fast-glob matches its ignore list against the paths it yields, `../legacy/keep.json` too: a
  // relative --ignore-pattern, which ignores nothing outside cwd, goes through ignorePatternMatchers there;
  // so where the base climbs back in (`../proj/**\/*.json` from proj: fast-glob yields ../proj/sub/a.json,
  // which `sub/a.json` in its list never matched).
  const baseOutside = isOutside(relative(cwd, resolve(cwd, base))) || (!isAbsolute(base) && isOutside(base));
  const costlyIgnores = ignorePatterns.filter(
    (ignore) => isCostlyGlob(ignore, { dot: true }) || !isPlainPicomatchGlob(ignore) || (baseOutside && !isAbsolute(ignore)),
  );
  // Only such a pattern is checked again here: globby took the others as they are.
  const takes = costly ? globMatcher(pattern) : undefined;
  const ignored = ignorePatternMatchers(costlyIgnores, cwd);
  const mayHoldMatch = folderMayHoldMatchOfAny(pattern);
  const asGlobSees = pathAsWritten(pattern, cwd, posix);
  return {
    base,
    walked: costly ? (base === "" ? "**" : `${base}/**`) : pattern,
    dot: costly,
    ignores: ignorePatterns.filter((ignore) => !costlyIgnores.includes(ignore)),
    /**
     * Whether the walk need list the folder: one a match could be in (a hidden one only where the
     * pattern spells its dot). The `<base>/**` walk of a pattern read as oms-lint reads it enters
     * every folder, and fast-glob's own walk enters hidden ones too.
     */
    entersFolder: (path: string): boolean => mayHoldMatch(asGlobSees(path)),
    keeps: (path: string, useIgnores: boolean): boolean => {
      if (takes !== undefined && !takes(asGlobSees(path))) return false;
      return !useIgnores || costlyIgnores.length === 0 || !ignored.coversFile(path);
    },
    /**
     * Whether a folder the walk met could hold a match (fast-glob enters hidden folders, whose
     * files `**` never matches) and is not left out by a costly --ignore-pattern (globby left out those the others name).
     */
    keepsFolder: (path: string, useIgnores: boolean): boolean =>
      mayHoldMatch(asGlobSees(path)) && (!useIgnores || costlyIgnores.length === 0 || !(ignored.folderSkipped(path) || ignored.coversFile(path))),
  };
}

/**
 * A path as the pattern writes its paths: absolute for an absolute pattern; else from the working
 * folder, through the `../` the pattern opens with. From vis/proj, `../proj/sub/*.json` saw the
 * folder vis/proj/sub as `sub` (relative to the working folder), which it cannot hold a match in:
 * the walk left it unlisted, and the run said "no files match". Seen as `../proj/sub`, it can.
 */
function pathAsWritten(pattern: string, cwd: string, posix: (path: string) => string): (path: string) => string {
  if (isAbsolute(pattern)) return posix;
  const up = /^(?:\.\.\/)*/.exec(pattern)![0];
  const top = resolve(cwd, up);
  return (path) => {
    const below = relative(top, path);
    // The top folder itself, or (not from this pattern's walk) a path outside it, as the working folder sees it.
    return posix(up === "" || below === "" || isOutside(below) ? relative(cwd, path) : `${up}${below}`);
  };
}

/**
 * picomatch.scan's static folder, cut at the last `/` before its first special character,
 * escaped or not: scan took the whole of `br/\{a,b\}.json` for the folder, whose walk found
 * nothing ("no files match"), though the pattern names br/{a,b}.json; and so of `a{b/*.json`,
 * whose `{` opens no set (minimatch reads it as itself). A `+`, `@` or `!` not before a `(` is
 * itself, and stays in the folder (`user@host/*.json` walks user@host).
 */
function staticBase(scanned: string): string {
  const special = scanned.search(globSpecial);
  if (special === -1) return scanned;
  const slash = scanned.lastIndexOf("/", special);
  // An absolute pattern keeps its root (`/\{a\}.json`: "/", as scan gives for `/*.json`).
  return slash === -1 ? "" : slash === 0 ? "/" : scanned.slice(0, slash);
}

/**
 * A glob target that starts with `!` (but an extglob's `!(`), where no file is so named: a
 * target names what to lint, and "every path but these" is --ignore-pattern's to say. Walked,
 * `'!x/*.json'` linted the top-level files alone (the walk entered no folder); ESLint's command
 * line lints nothing for it and exits 2.
 */
function refuseNegatedTarget(pattern: string): void {
  if (!opensNegated(pattern)) return;
  const named = pattern.replace(/^!+/, "");
  throw new UsageError(
    `"${pattern}": a target names files to lint, and one that starts with ! names none (ESLint lints nothing for it); to leave files out, give --ignore-pattern "${named}"`,
  );
}

/**
 * A glob target without its trailing slashes, as ESLint's path.resolve of a target drops them:
 * `'legacy/**\/'` matched no file (exit 2, "no files match") where ESLint lints legacy's files.
 * A slash a backslash escapes stays, and so does a target of slashes alone.
 */
export function withoutTrailingSlash(pattern: string): string {
  const stripped = pattern.replace(/\/+$/, "");
  const escapes = /\\*$/.exec(stripped)![0].length;
  if (stripped === "" || escapes % 2 === 1) return pattern;
  return stripped;
}

/** A folder name given to --ignore-pattern ("fixtures/") means everything in it. */
export function asGlob(pattern: string): string {
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

/**
 * What a glob found, with each path Node.js read from a name that is not UTF-8 (U+FFFD in it)
 * replaced by the files it stands for: two such names read alike, and neither opens by it.
 */
function withUndecodable(paths: readonly string[], undecodable: Set<string> | undefined): string[] {
  if (!paths.some(mayBeUndecodable)) return paths as string[];
  return paths.flatMap((path) => {
    const files = undecodablePaths(path);
    for (const file of files) undecodable?.add(file);
    return isLink(path) || statOrUndefined(path) !== undefined ? [path, ...files] : files;
  });
}

/**
 * The unread folders a walk or a glob met, recorded with why in words (options.unreadFolders),
 * as the paths to report: each is one fatal finding.
 */
function keepUnread(unread: ReadonlyMap<string, unknown>, options: DiscoverOptions): string[] {
  for (const [folder, error] of unread) options.unreadFolders?.set(folder, systemErrorWords(error));
  return [...unread.keys()];
}

/**
 * What stands at the path; `unanswered` when the system will not say: a folder that cannot be
 * searched (EACCES, EPERM), or a path past the length it takes (ENAMETOOLONG: a file deep in a
 * tree is there all the same, and was said to be "not found", as a typo is; input audit), but
 * where each of its names fits (namesFit): a name past that can be no file's.
 */
function statOf(path: string): { stat?: Stats; unanswered: boolean } {
  try {
    return { stat: statSync(path), unanswered: false };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { unanswered: code === "EACCES" || code === "EPERM" || (code === "ENAMETOOLONG" && namesFit(path)) };
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Whether each name on the path fits the 255 bytes the file systems Linux runs on give a name
 * (ext4, xfs, btrfs, tmpfs: NAME_MAX): past them, ENAMETOOLONG says no such file can be there,
 * and the path is "not found", as a typo is (`--no-error-on-unmatched-pattern` skips it); the
 * review of aae7c8cb found such a name read and failed, exit 1.
 */
function namesFit(path: string): boolean {
  return path.split(sep).every((name) => Buffer.byteLength(name) <= 255);
}
