import { pathFromCwd } from "../glob/ignorePatternReading.js";
import type { Config } from "./config.js";
import { configRelativePath } from "./configPath.js";
import { commandLinePattern, configPattern, ignoredBy, type IgnoreList, type IgnoredPath } from "./ignoreDecision.js";

export type { IgnoredPath } from "./ignoreDecision.js";

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
  if (compiled === undefined) memo.set(config, (compiled = ignoredBy([configList(config)])));
  return compiled;
}

const memo = new WeakMap<Config, IgnoredPath>();

/**
 * The config's `ignores`, then --ignore-pattern's, one list with one decision, as ESLint adds
 * its command line's patterns after the config's: `!` takes back what an earlier pattern of
 * either ignored, the last that matches decides, nothing inside an ignored folder comes back.
 * The command line's patterns are relative to the working folder, each read as the config's
 * (commandLinePattern).
 */
export function ignoresWithCommandLine(config: Config, patterns: readonly string[], cwd: string): IgnoredPath {
  return ignoredBy([...(config.ignores.length > 0 ? [configList(config)] : []), commandLineList(patterns, cwd)]);
}

function configList(config: Config): IgnoreList {
  return { seen: (path) => configRelativePath(config, path), patterns: config.ignores.map(configPattern) };
}

function commandLineList(patterns: readonly string[], cwd: string): IgnoreList {
  return { seen: (path) => pathFromCwd(path, cwd), patterns: patterns.map(commandLinePattern) };
}
