import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { realPathOrAsGiven, statOrUndefined } from "../files/fileFacts.js";
import { isOutside } from "../files/outsidePath.js";
import type { FormatName } from "../formatters/index.js";
import type { LintResult } from "../lint/lintResult.js";

/**
 * The variable that names the repository's root where a CI reads a format's paths from it:
 * GitHub places an annotation by its path from the checkout ($GITHUB_WORKSPACE; a path from a
 * step's working-directory lands on no file of the pull request), code scanning a SARIF
 * result likewise (upload-sarif's checkout_path), and GitLab's Code Quality
 * reads location.path from the project's folder ($CI_PROJECT_DIR).
 */
const rootVariables: Partial<Record<FormatName, string>> = { github: "GITHUB_WORKSPACE", sarif: "GITHUB_WORKSPACE", gitlab: "CI_PROJECT_DIR" };

/** The folder a format's paths are written from, and a file's path as written from it. */
export interface PathBase {
  readonly base: string;
  /** The file's path, named from `base` when it names a file under the root by another of the root's names. */
  readonly rebase: (filePath: string) => string;
}

const asGiven = (filePath: string) => filePath;

/**
 * The folder a format's paths are written from: the repository's root its CI names, wherever the
 * run's folder is, so that a file under the root is named from it (GitHub places an annotation by
 * its path in the repository: a run from the root's parent wrote `ws/fixtures/a.json`, fix
 * audit); a file outside the root keeps its absolute path. The run's folder when the CI names no
 * root, or one that is not there (no file can lie under it). Inside the root, the two are compared
 * by their real paths (the root may be named through a symbolic link, process.cwd() never is),
 * and the root is given back as the run's folder names it, so that the files' paths, taken from
 * that folder, are measured from it.
 */
export function pathBase(format: FormatName, cwd: string, env: Readonly<Record<string, string | undefined>>): PathBase {
  const variable = rootVariables[format];
  const root = variable === undefined ? undefined : env[variable];
  if (root === undefined || root === "" || !isAbsolute(root) || statOrUndefined(root)?.isDirectory() !== true) return { base: cwd, rebase: asGiven };
  const realRoot = realPathOrAsGiven(root);
  const realCwd = realPathOrAsGiven(cwd);
  const base = isOutside(relative(realRoot, realCwd)) ? resolve(root) : resolve(cwd, relative(realCwd, realRoot));
  return { base, rebase: rootNames(base, resolve(root), realRoot) };
}

/**
 * A file named through the root as the CI gives it ("$GITHUB_WORKSPACE/fixtures", the root
 * through a symbolic link) or through its real path, renamed from `base`. Named by none of
 * them, its folder's real path is looked up (one call per such file): the file may still
 * lie under the root, named through another link to it. Most files are named from the run's
 * folder and are settled by the first, textual, check.
 */
function rootNames(base: string, root: string, realRoot: string): (filePath: string) => string {
  const others = [...new Set([root, realRoot])].filter((name) => name !== base);
  const under = (folder: string, path: string) => {
    const rest = relative(folder, path);
    return isOutside(rest) ? undefined : rest;
  };
  return function rebase(filePath) {
    if (!isAbsolute(filePath) || under(base, filePath) !== undefined) return filePath;
    for (const name of others) {
      const rest = under(name, filePath);
      if (rest !== undefined) return join(base, rest);
    }
    const rest = under(realRoot, join(realPathOrAsGiven(dirname(filePath)), basename(filePath)));
    return rest === undefined ? filePath : join(base, rest);
  };
}

/** The result with its file named as `rebase` names it; the same object when that changes nothing. */
export function rebased(result: LintResult, rebase: PathBase["rebase"]): LintResult {
  const filePath = rebase(result.filePath);
  return filePath === result.filePath ? result : { ...result, filePath };
}
