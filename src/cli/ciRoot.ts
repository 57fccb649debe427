import { isAbsolute, relative, resolve } from "node:path";
import { realPathOrAsGiven } from "../files/fileFacts.js";
import { isOutside } from "../files/outsidePath.js";
import type { FormatName } from "../formatters/index.js";

/**
 * The variable that names the repository's root where a CI reads a format's paths from it:
 * GitHub places an annotation by its path from the checkout ($GITHUB_WORKSPACE; a path from a
 * step's working-directory lands on no file of the pull request), code scanning a SARIF
 * result likewise (upload-sarif's checkout_path), and GitLab's Code Quality
 * reads location.path from the project's folder ($CI_PROJECT_DIR).
 */
const rootVariables: Partial<Record<FormatName, string>> = { github: "GITHUB_WORKSPACE", sarif: "GITHUB_WORKSPACE", gitlab: "CI_PROJECT_DIR" };

/**
 * The folder a format's paths are written from: the repository's root its CI names, when the run's
 * folder lies in it; else the run's folder. The two are compared by their real paths (the root may
 * be named through a symbolic link, process.cwd() never is), and the root is given back as the
 * run's folder names it, so that the files' paths, taken from that folder, are measured from it.
 */
export function pathBase(format: FormatName, cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  const variable = rootVariables[format];
  const root = variable === undefined ? undefined : env[variable];
  if (root === undefined || root === "" || !isAbsolute(root)) return cwd;
  const realRoot = realPathOrAsGiven(root);
  const realCwd = realPathOrAsGiven(cwd);
  return isOutside(relative(realRoot, realCwd)) ? cwd : resolve(cwd, relative(realCwd, realRoot));
}
