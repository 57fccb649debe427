import { isAbsolute, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { isGone } from "../files/fileFacts.js";
import { globMatcher } from "../glob/globMatcher.js";

/**
 * Whether a path lies where this run's patterns looked: under a folder named, a file named
 * (found or not), or a path a glob matches as its walk matches it (`globSkips`: what that walk
 * leaves out, its ignores). What lies elsewhere was not looked for, so its absence says
 * nothing: `fx/*.http` never reaches fx/sub/b.json, nor fx/a.json (the glob's static folder
 * was taken for the whole glob, and --prune-suppressions dropped the records of both; audit
 * of the CLI). The roots are a set, and a path asks it for itself and each folder above it:
 * comparing every path with every root was quadratic (--prune-suppressions over 12,000 named
 * files and as many recorded ones took 7.4 s, against 1 s without pruning).
 */
export function patternCoverage(patterns: readonly string[], cwd: string, globSkips: (path: string) => boolean = () => false): (path: string) => boolean {
  // A path that is there is taken as itself, glob characters and all, as discoverFiles takes it.
  const globs = patterns.filter((pattern) => picomatch.scan(pattern).isGlob && isGone(resolve(cwd, pattern)));
  const roots = new Set(patterns.filter((pattern) => !globs.includes(pattern)).map((pattern) => resolve(cwd, pattern)));
  const globMatches = globs.map(globAsWalked(cwd));
  // A file system's root ("/", "C:\\") ends with the separator, and covers every path on it.
  const fileSystemRoots = [...roots].filter((root) => root.endsWith(sep));
  return (path) => {
    if (fileSystemRoots.some((root) => path.startsWith(root))) return true;
    for (let end = path.length; end > 0; end = path.lastIndexOf(sep, end - 1)) {
      if (roots.has(path.slice(0, end))) return true;
    }
    return globMatches.some((matches) => matches(path)) && !globSkips(path);
  };
}

/** A glob's matcher over absolute paths, each seen as the glob walk sees it: relative to cwd, or absolute for an absolute glob (discoverFiles' boundedGlob). */
function globAsWalked(cwd: string): (pattern: string) => (path: string) => boolean {
  return (pattern) => {
    const matches = globMatcher(pattern);
    const absolute = isAbsolute(pattern);
    return (path) => matches(posixPath(absolute ? path : relative(cwd, path)));
  };
}

function posixPath(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
