import { isUnread, readBounded } from "./readBounded.js";
import { dirname, join, relative, sep } from "node:path";
import { isOutside } from "./outsidePath.js";
import { isAbsenceCode } from "./fileFacts.js";
import ignore, { type Ignore } from "ignore";
import { globMatcher, isCostlyGlob } from "../glob/globMatcher.js";
import { isRepositoryRoot } from "./repositoryRoot.js";
import { wildmatchGivesUp } from "../glob/wildmatchGivesUp.js";
import { wildmatchBytes } from "../glob/wildmatchBytes.js";
import { UnreadableGlob } from "../glob/unreadableGlob.js";
import { globTokens } from "../glob/globTokens.js";

/** One .gitignore: its folder, and its rules in order (the `ignore` package reads them as git does, but for costly lines). */
interface IgnoreFile {
  readonly folder: string;
  readonly rules: readonly Pick<Ignore, "test">[];
}

/**
 * The .gitignore files that govern a folder, shallowest first. A deeper file's rules win over
 * a shallower one's (git: "patterns in the higher level files are overridden by those in
 * lower level files"), so a path's fate is the last decisive answer down the chain.
 */
export type GitignoreChain = readonly IgnoreFile[];

const posix = (path: string): string => (sep === "/" ? path : path.split(sep).join("/"));

/** Git's own bound: it ignores a .gitignore larger than 100 MiB (dir.c, PATTERN_MAX_FILE_SIZE). */
const maxGitignoreSize = 100 * 1024 * 1024;

/**
 * The .gitignore files that are there but cannot be read (permission denied, a link loop), each
 * with why: the files they list are linted, and the run says so, as git warns "unable to access"
 * (audit of config and file discovery: such a file was skipped without a word).
 */
export type UnreadGitignores = Map<string, string>;

/**
 * The rules of the .gitignore in `folder`, or undefined when it has none or it cannot be read:
 * read as every file is (readBounded), so that a FIFO or a device there is skipped, never
 * waited on or read without end. One that is there but cannot be read goes into `unread`.
 */
export function gitignoreIn(folder: string, unread?: UnreadGitignores): IgnoreFile | undefined {
  const path = join(folder, ".gitignore");
  const bytes = readBounded(path, maxGitignoreSize);
  if (isUnread(bytes)) {
    if (bytes.code !== undefined && !isAbsenceCode(bytes.code) && bytes.tooLarge === undefined) unread?.set(path, bytes.reason);
    return undefined;
  }
  // Read byte by byte, as git's wildmatch matches (wildmatchBytes; the paths asked about are
  // read so too, in isGitignored). Case-sensitive, as git is unless core.ignorecase says
  // otherwise (the `ignore` package folds case by default); a byte order mark is not part of
  // the first pattern.
  return { folder, rules: gitignoreRules(wildmatchBytes(bytes).replace(/^\uE0EF\uE0BB\uE0BF/, "")) };
}

/**
 * A .gitignore's lines, in order: runs of ordinary lines as the `ignore` package reads them,
 * and each line whose glob would make a backtracking expression costly (`a/**\/a/**\/a/**\/…`:
 * the `ignore` package took 2.6 s on a 125-character path for seven `**`, six times more for
 * each further one) as a rule of glob/globMatcher, which matches it in bounded work.
 */
function gitignoreRules(text: string): Pick<Ignore, "test">[] {
  const rules: Pick<Ignore, "test">[] = [];
  let ordinary: string[] = [];
  const flush = () => {
    if (ordinary.length > 0) rules.push(pathAlone(ordinary));
    ordinary = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const costly = costlyGitignoreLine(line);
    if (!costly) ordinary.push(line);
    else {
      flush();
      rules.push(costly);
    }
  }
  flush();
  return rules;
}

/** The `ignore` package's rule list, which its public test() consults for each folder on a path and then the path. */
type IgnoreRules = { readonly test: (path: string, mode: "regex") => { ignored: boolean; unignored: boolean } };

/**
 * Lines of one .gitignore, asked about the path alone. The `ignore` package's public test()
 * also answers for the folders above the path from this file's lines only, and a deeper
 * .gitignore may have re-included such a folder (`b` at the root, `!b/` in `a/`: git keeps
 * `a/b/x.json`); the chain decides the folders itself (isGitignored's callers, or
 * isGitignoredOnTheWay). So the path is put to the package's rule list directly, as its own
 * test() puts each folder and the path. Its internals are checked here: the build bundles
 * the version it was tested with.
 */
function pathAlone(lines: readonly string[]): Pick<Ignore, "test"> {
  const rules = (ignore({ ignorecase: false }).add([...lines]) as unknown as { _rules?: Partial<IgnoreRules> })._rules;
  if (typeof rules?.test !== "function") throw new Error("the ignore package's rule list is not where oms-lint reads it (ignore's internals changed)");
  const test = rules.test.bind(rules);
  return { test: (path: string) => test(path, "regex") };
}

/**
 * A line of a .gitignore as a glob, when that glob is costly: git's reading (gitignore(5))
 * put in picomatch's words. A line without a slash but at its end matches at any depth
 * (`**\/` before it); one with a slash is anchored at the .gitignore's folder; a trailing
 * slash matches folders only; a path is ignored when the line matches it or a folder above
 * it; `*` and `?` match dot names; braces and parentheses are plain characters; a line with a
 * bracket git's wildmatch gives up on (an unclosed `[`) matches nothing.
 */
function costlyGitignoreLine(line: string): Pick<Ignore, "test"> | undefined {
  // Trailing spaces are dropped unless quoted with a backslash (trimEnd, not a backtracking /\s+$/).
  let body = line.trimEnd();
  if (body.endsWith("\\") && body.length < line.length) body += " ";
  if (body === "" || body.startsWith("#")) return undefined;
  const negate = body.startsWith("!");
  if (negate) body = body.slice(1);
  const foldersOnly = body.endsWith("/");
  if (foldersOnly) body = body.slice(0, -1);
  const anchored = body.includes("/");
  // An escaped pair stays as it is, and so does the `!` of `[!`, which negates the bracket for
  // git and for globMatcher (`[\!a]` would be "! or a").
  const written = (anchored ? body.replace(/^\//, "") : `**/${body}`).replace(/\\[\s\S]|\[!|[{}()|@+!]/g, (found) => (found.length === 2 ? found : `\\${found}`));
  // gitignore(5): "A trailing `/**` matches everything inside", never the folder itself, where
  // picomatch's `**` takes no name: `**\/build/**\/tmp/**\/` skipped p/build/q/tmp/x.json, which git keeps.
  const glob = globTokens(written).slice(-3).join("") === "/**" ? `${written}/*` : written;
  // `//` leaves no glob (picomatch refuses an empty one): the ignore package reads that line, as any cheap one.
  // A line past what globMatcher compiles (`*a` forty thousand times over: past 65,536 characters), which git reads and
  // applies, matches nothing here: oms-lint fails open, linting what git may leave out (`*` seventy thousand times, then
  // `.json`: git ignores orders/x.json, oms-lint lints it; the README lists it), rather than stop the run, exit 2, on a
  // "glob" the user never wrote as one (the re-read of the fortieth stop).
  const compiled = readableGlob(() => (glob === "" || !isCostlyGlob(glob, { dot: true, gitignore: true }) ? undefined : globMatcher(glob, { dot: true, gitignore: true })));
  if (compiled === undefined) return undefined;
  // A bracket git cannot read makes the line match nothing, where picomatch would read its `[` as a literal.
  if (compiled === unreadable || wildmatchGivesUp(body)) return { test: () => ({ ignored: false, unignored: false }) };
  const matches = compiled;
  return {
    // The path alone, as pathAlone asks ordinary lines (the folders above it are the chain's to decide).
    test(path: string) {
      const isFolder = path.endsWith("/");
      const hit = (isFolder || !foldersOnly) && matches(isFolder ? path.slice(0, -1) : path);
      return { ignored: hit && !negate, unignored: hit && negate };
    },
  };
}

const unreadable = Symbol("unreadable");

/** What `compile` gives, or `unreadable` where globMatcher refuses the glob (UnreadableGlob). */
function readableGlob<T>(compile: () => T): T | typeof unreadable {
  try {
    return compile();
  } catch (error) {
    if (error instanceof UnreadableGlob) return unreadable;
    throw error;
  }
}

/**
 * The .gitignore files above `folder` that apply inside it: from the root of its git
 * repository (the nearest folder holding `.git`: isRepositoryRoot) down to its parent. Outside a repository,
 * from `cwd` when the folder lies inside it (as a glob over cwd would read them), else none.
 */
export function gitignoresAbove(folder: string, cwd: string, unread?: UnreadGitignores): GitignoreChain {
  if (isRepositoryRoot(folder)) return [];
  const ancestors: string[] = [];
  let top: string | undefined;
  for (let at = dirname(folder), previous = folder; at !== previous; previous = at, at = dirname(at)) {
    ancestors.push(at);
    if (isRepositoryRoot(at)) {
      top = at;
      break;
    }
  }
  if (top === undefined) {
    const inside = relative(cwd, folder);
    if (inside === "" || isOutside(inside)) return [];
    top = cwd;
  }
  const chain: IgnoreFile[] = [];
  for (const at of ancestors.slice(0, ancestors.indexOf(top) + 1).reverse()) {
    const file = gitignoreIn(at, unread);
    if (file) chain.push(file);
  }
  return chain;
}

/**
 * Whether the chain's lines ignore the path itself (a folder's path is tested with a trailing
 * slash, as git does), the last decisive line down the chain winning. The folders on its way
 * are the caller's to have decided first, as git decides each folder before reading into it
 * (a walk never enters an ignored folder); isGitignoredOnTheWay decides them too.
 */
export function isGitignored(chain: GitignoreChain, path: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const { folder, rules } of chain) {
    const inside = relative(folder, path);
    if (inside === "" || isOutside(inside)) continue;
    for (const rule of rules) {
      const result = rule.test(wildmatchBytes(posix(inside)) + (isFolder ? "/" : ""));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
  }
  return ignored;
}

/** Whether the chain ignores the path or a folder on its way down from the chain's first .gitignore. */
export function isGitignoredOnTheWay(chain: GitignoreChain, path: string, isFolder: boolean): boolean {
  if (chain.length === 0) return false;
  const parts = posix(relative(chain[0]!.folder, path)).split("/");
  if (parts[0] === "" || parts[0] === "..") return false;
  for (let depth = 1; depth <= parts.length; depth++) {
    if (isGitignored(chain, join(chain[0]!.folder, ...parts.slice(0, depth)), depth < parts.length || isFolder)) return true;
  }
  return false;
}

/**
 * Whether a path found under `base` (a glob's static folder) is .gitignore'd, as walkFolder
 * would have left it out: a folder on its way from `base` is ignored by the files above it,
 * or the file is (or, `isFolder`, the folder itself). The .gitignore files are read once a folder. globby's own .gitignore filter
 * is not used: it reads the files with the `ignore` package alone, which backtracks on a
 * line of many `**` (see gitignoreRules), and it would answer differently from the walk.
 */
export function gitignoreFilter(base: string, cwd: string, unread?: UnreadGitignores): (path: string, isFolder?: boolean) => boolean {
  const chains = new Map<string, GitignoreChain>();
  const folderIgnored = new Map<string, boolean>();
  const inside = (path: string): boolean => {
    const rest = relative(base, path);
    return !isOutside(rest);
  };
  const chainOf = (folder: string): GitignoreChain => {
    let chain = chains.get(folder);
    if (chain === undefined) {
      // A repository's root inside base (a submodule) starts its own chain, as git reads it.
      const above = folder === base || !inside(folder) || isRepositoryRoot(folder) ? gitignoresAbove(folder, cwd, unread) : chainOf(dirname(folder));
      const own = gitignoreIn(folder, unread);
      chain = own ? [...above, own] : above;
      chains.set(folder, chain);
    }
    return chain;
  };
  const ignoredFolder = (folder: string): boolean => {
    let ignored = folderIgnored.get(folder);
    if (ignored === undefined) {
      const parent = dirname(folder);
      ignored =
        folder === base || !inside(folder) || parent === folder
          ? isGitignoredOnTheWay(gitignoresAbove(folder, cwd, unread), folder, true)
          : ignoredFolder(parent) || isGitignored(chainOf(parent), folder, true);
      folderIgnored.set(folder, ignored);
    }
    return ignored;
  };
  return (path, isFolder = false) => {
    if (isFolder) return ignoredFolder(path);
    const folder = dirname(path);
    return ignoredFolder(folder) || isGitignored(chainOf(folder), path, false);
  };
}
