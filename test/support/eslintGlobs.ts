import { createRequire } from "node:module";

/**
 * The minimatch ESLint 10's config-array matches `files` and `ignores` with (its own copy, not
 * whatever minimatch the project has at the top): the oracle of oms-lint's glob tests.
 */
export const eslintGlobs = createRequire(createRequire(import.meta.url).resolve("@eslint/config-array"))("minimatch") as {
  minimatch: (path: string, pattern: string, options: { dot: boolean }) => boolean;
  /** The globs minimatch matches a path against, one of which must match it: the glob with its braces expanded (brace-expansion, bash's reading). */
  braceExpand: (pattern: string) => string[];
};
