import { basename, isAbsolute, relative, sep } from "node:path";
import picomatch from "picomatch";
import { isOutside } from "../files/outsidePath.js";
import { globMatcher } from "./globMatcher.js";

/** One --ignore-pattern, read as fast-glob reads an `ignore` list (see walkFolder's ignorePatternMatchers). */
export interface IgnorePatternReading {
  /** An absolute pattern matches a file's absolute path; a relative one its path from cwd. */
  readonly absolute: boolean;
  /** Whether it matches a file, hidden names included. */
  readonly file: (path: string) => boolean;
  /** Whether it skips a folder (from cwd): only a pattern that ends in `/**` or whose last part has no wildcard does. */
  readonly folder?: (path: string) => boolean;
}

export function readIgnorePattern(pattern: string): IgnorePatternReading {
  const namesFolders = pattern.endsWith("/**") || !picomatch.scan(basename(pattern)).isGlob;
  return {
    absolute: isAbsolute(pattern),
    file: globMatcher(pattern, { dot: true }),
    ...(namesFolders ? { folder: globMatcher(pattern, { dot: false }) } : {}),
  };
}

/** A path as fast-glob's entries give it: from cwd when it lies inside, else absolute; `/` between names. */
export function pathFromCwd(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return posixPath(isOutside(inside) ? path : inside);
}

/** A path with `/` between its names, whatever the platform (as globs are matched). */
export const posixPath = (path: string): string => (sep === "/" ? path : path.split(sep).join("/"));
