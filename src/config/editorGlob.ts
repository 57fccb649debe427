import picomatch from "picomatch";
import { globMatcher } from "../glob/globMatcher.js";
import type { Config } from "./config.js";
import { configRelativePath } from "./configPath.js";

/**
 * Whether VS Code's `json.schemas` fileMatch can say a config glob: stars, `?`, `{a,b}` and
 * brackets, but no extglob (`!(b)`, `@(a)`), no POSIX class (`[[:alpha:]]`), no backslash
 * escape and no leading `!` (after `./` too), which oms-lint's globs take and fileMatch would match no file with (found by the
 * review of the stop: `init --vscode` wrote such a pattern, matching no file, and under
 * structure "editor" the language server left those files' structure to that editor check).
 */
export function isEditorGlob(glob: string): boolean {
  return !isNegatedGlob(glob) && !/[!@+*?]\(/.test(glob) && !glob.includes("[[:") && !glob.includes("\\");
}

/**
 * `!legacy/**`: every file but legacy's, as ESLint's `files` read it (minimatch). fileMatch
 * cannot say that: written as "/!legacy/**" it names a folder called "!legacy", and its own
 * leading `!` only takes files out of what the association's other globs match.
 */
function isNegatedGlob(glob: string): boolean {
  // Decided as the linter's matcher (picomatch) decides it: `./!legacy/**` is negated too, its
  // `./` dropped first (written as "/./!legacy/**", it named a folder "!legacy" as well).
  return picomatch.scan(glob).negated;
}

/** Whether the config's `files` give the file its kind by a glob the editor's fileMatch can say too (in the entry that matches first, as kindForFile reads it). */
export function mappedForEditor(config: Config, filePath: string): boolean {
  const path = configRelativePath(config, filePath);
  if (path === undefined) return false;
  const entry = config.files.find((candidate) => candidate.matches(path));
  return entry !== undefined && entry.globs.some((glob) => isEditorGlob(glob) && globMatcher([glob], { dot: true })(path));
}
