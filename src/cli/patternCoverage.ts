import { resolve, sep } from "node:path";
import picomatch from "picomatch";

/**
 * Whether a path lies where this run's patterns looked: under a folder named or a glob's
 * static folder, or a file named (found or not). What lies elsewhere was not looked for, so
 * its absence says nothing. The roots are a set, and a path asks it for itself and each folder
 * above it: comparing every path with every root was quadratic (--prune-suppressions over
 * 12,000 named files and as many recorded ones took 7.4 s, against 1 s without pruning).
 */
export function patternCoverage(patterns: readonly string[], cwd: string): (path: string) => boolean {
  const roots = new Set(patterns.map((pattern) => resolve(cwd, picomatch.scan(pattern).base || ".")));
  // A file system's root ("/", "C:\\") ends with the separator, and covers every path on it.
  const fileSystemRoots = [...roots].filter((root) => root.endsWith(sep));
  return (path) => {
    if (fileSystemRoots.some((root) => path.startsWith(root))) return true;
    for (let end = path.length; end > 0; end = path.lastIndexOf(sep, end - 1)) {
      if (roots.has(path.slice(0, end))) return true;
    }
    return false;
  };
}
