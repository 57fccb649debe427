import { resolve, sep } from "node:path";
import picomatch from "picomatch";

/**
 * Whether a path lies where this run's patterns looked: under a folder named or a glob's
 * static folder, or a file named (found or not). What lies elsewhere was not looked for, so
 * its absence says nothing.
 */
export function patternCoverage(patterns: readonly string[], cwd: string): (path: string) => boolean {
  const roots = patterns.map((pattern) => resolve(cwd, picomatch.scan(pattern).base || "."));
  return (path) => roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));
}
