import { resolve } from "node:path";
import picomatch from "picomatch";
import type { IgnoredPath } from "../config/configIgnores.js";
import { isGone, statOrUndefined } from "../files/fileFacts.js";
import { asGlob, globWalkSkips } from "./discoverFiles.js";
import { patternCoverage } from "./patternCoverage.js";

/** Where a run's folder walks and globs looked for files, and what left a file there out. */
export interface RunReach {
  /** Whether the path lies under a folder the run walked, or is one a glob matched, before any ignore (node_modules, .git and names that are never payloads excepted). */
  readonly looked: (path: string) => boolean;
  /** The ignore that left the path out of the run (".gitignore", "--ignore-pattern", "the config's `ignores`"), or undefined. */
  readonly leftOutBy: (path: string) => string | undefined;
}

/**
 * The reach of the folders and globs among the patterns (files named outright are not walks:
 * a named file that is gone is the run's own error, or a note with --no-error-on-unmatched-pattern).
 * patternCoverage's "where the run looked", with the ignores taken out of it and named apart,
 * so that a recorded negative fixture an ignore leaves out is told from one the run never looked for.
 */
export async function runReach(
  patterns: readonly string[],
  options: { cwd: string; ignorePatterns: readonly string[]; useIgnores: boolean; configIgnored?: IgnoredPath; configAlone?: IgnoredPath },
): Promise<RunReach> {
  const { cwd } = options;
  const walks = patterns.filter((pattern) => {
    const path = resolve(cwd, pattern);
    return statOrUndefined(path)?.isDirectory() === true || (picomatch.scan(pattern).isGlob && isGone(path));
  });
  const alwaysSkipped = await globWalkSkips({ cwd, ignorePatterns: [], useIgnores: false });
  const covered = patternCoverage(walks, cwd, alwaysSkipped);
  const leftOutBy = options.useIgnores
    ? (await import("./namedFileIgnored.js")).ignoreLeavingOut(cwd, options.ignorePatterns.map(asGlob), options.configIgnored, options.configAlone)
    : () => undefined;
  return { looked: (path) => covered(path) && !alwaysSkipped(path), leftOutBy };
}
