import { globMatcher } from "../glob/globMatcher.js";
import type { Config } from "./config.js";
import { configRelativePath } from "./configPath.js";

/** Whether a path is skipped by the config's `ignores`; `isFolder` for a folder a walk is about to enter. */
export type IgnoredPath = (path: string, isFolder: boolean) => boolean;

/**
 * The config's `ignores`, as ESLint reads a flat config's global ignores: globs relative to the
 * config file's folder, hidden names included. A pattern that ends in `/` names folders only
 * (`drafts/`); any other names files and folders alike (`fixtures/legacy`, `legacy/**`,
 * `**\/*.draft.json`). A pattern that starts with `!` un-ignores what an earlier one ignored
 * (`"fixtures/legacy/*", "!fixtures/legacy/keep.json"`): of the patterns that match a path,
 * the last decides. Whatever lies in an ignored folder is ignored, un-ignored or not, as the
 * walk never enters it (ESLint's and git's rule: `legacy/` or `legacy/**` hides all of
 * legacy, `legacy/**\/*` its contents only). A path outside the config's folder is not the
 * config's to ignore. Undefined when there are no ignores.
 */
export function configIgnores(config: Config): IgnoredPath | undefined {
  if (config.ignores.length === 0) return undefined;
  // Compiled once per config (the editor asks for every document it lints).
  let compiled = memo.get(config);
  if (compiled === undefined) memo.set(config, (compiled = compile(config)));
  return compiled;
}

const memo = new WeakMap<Config, IgnoredPath>();

/**
 * An `overrides` entry's `ignores`, as ESLint reads a config object's own (non-global)
 * ignores: the same globs and the same decision, the last one that matches deciding and a `!`
 * one taking back what an earlier one ignored, but for files only. Such ignores "can only
 * match file names" (ESLint's docs): a pattern that ends in `/` ignores nothing, and there is
 * no folder to be inside of, so `"legacy/**", "!legacy/keep.json"` takes keep.json back.
 */
export function fileIgnores(globs: readonly string[]): (relativePath: string) => boolean {
  const patterns = globs.map(ignorePattern);
  return (path) => lastMatchIgnores(patterns, path, false);
}

/** One pattern of `ignores`, read. */
interface IgnorePattern {
  /** `!`: un-ignores what it matches. */
  readonly negated: boolean;
  /** Ends in `/`: matches folders only. */
  readonly foldersOnly: boolean;
  readonly matches: (path: string) => boolean;
}

function compile(config: Config): IgnoredPath {
  const patterns = config.ignores.map(ignorePattern);
  return (path, isFolder) => {
    const inside = configRelativePath(config, path);
    if (inside === undefined) return false;
    return inIgnoredFolder(patterns, inside) || lastMatchIgnores(patterns, inside, isFolder);
  };
}

function ignorePattern(pattern: string): IgnorePattern {
  const negated = pattern.startsWith("!");
  const glob = negated ? pattern.slice(1) : pattern;
  const foldersOnly = glob.endsWith("/");
  // Matched alone: a `!` glob handed to picomatch would match every other path (and so ignore the whole tree).
  return { negated, foldersOnly, matches: globMatcher(foldersOnly ? glob.slice(0, -1) : glob, { dot: true }) };
}

/**
 * ESLint reduces the patterns in order, each `!` one un-ignoring what is ignored so far: the
 * same as the last pattern that matches the path deciding (nothing matched: not ignored).
 */
function lastMatchIgnores(patterns: readonly IgnorePattern[], path: string, isFolder: boolean): boolean {
  for (let at = patterns.length - 1; at >= 0; at--) {
    const pattern = patterns[at]!;
    if ((isFolder || !pattern.foldersOnly) && pattern.matches(path)) return !pattern.negated;
  }
  return false;
}

/** Whether a folder above the path (from the config's folder down) is ignored: nothing in it can be un-ignored. */
function inIgnoredFolder(patterns: readonly IgnorePattern[], path: string): boolean {
  for (let slash = path.indexOf("/"); slash >= 0; slash = path.indexOf("/", slash + 1)) {
    if (lastMatchIgnores(patterns, path.slice(0, slash), true)) return true;
  }
  return false;
}
