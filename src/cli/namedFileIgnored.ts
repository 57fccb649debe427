import type { IgnoredPath } from "../config/configIgnores.js";
import { gitignoreFilter } from "../files/gitignoreChain.js";
import { ignorePatternMatchers } from "./walkFolder.js";

/**
 * --force-exclude: whether the ignores a folder walk honours (.gitignore, --ignore-pattern, the
 * config's `ignores`) leave out a file named outright, as the walk would have: the file itself,
 * or a folder on its way. pre-commit and `git diff --name-only | xargs` name every changed
 * file, and without this a staged file under `ignores` failed the commit that `oms-lint .`
 * passes (Ruff and Black have the flag, by this name, for the same hooks).
 * `ignoreGlobs`: --ignore-pattern's, folder names given as `x/**` (discoverFiles' asGlob).
 */
export function namedFileIgnored(cwd: string, ignoreGlobs: readonly string[], configIgnored: IgnoredPath | undefined): (path: string) => boolean {
  const which = ignoreLeavingOut(cwd, ignoreGlobs, configIgnored);
  return (path) => which(path) !== undefined;
}

/**
 * Which of those ignores leaves the path out, in the words a finding names it by, or undefined.
 * `configIgnored` holds the config's `ignores` and --ignore-pattern's after them (main's
 * ignoreRules); `configAlone`, the config's alone, tells which of the two ignored the path.
 */
export function ignoreLeavingOut(cwd: string, ignoreGlobs: readonly string[], configIgnored: IgnoredPath | undefined, configAlone?: IgnoredPath): (path: string) => string | undefined {
  const byPattern = ignorePatternMatchers(ignoreGlobs, cwd).coversFile;
  const gitignored = gitignoreFilter(cwd, cwd);
  return (path) => {
    if (byPattern(path)) return "--ignore-pattern";
    if (gitignored(path)) return ".gitignore";
    if (configIgnored?.(path, false) !== true) return undefined;
    return configAlone?.(path, false) === true ? "the config's `ignores`" : "--ignore-pattern";
  };
}
