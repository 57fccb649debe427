import { dirname, relative } from "node:path";
import { isFolder, realPathOrAsGiven } from "../files/fileFacts.js";
import { isOutside } from "../files/outsidePath.js";
import { isRepositoryRoot } from "../files/repositoryRoot.js";
import { topLevel } from "./gitCommand.js";
import { namesRepository, otherRepositoryEnv } from "./otherRepositoryEnv.js";
import { runGitEnv } from "./runGitEnv.js";

/**
 * The repository holding each path given, and the environment git gets in it, each asked at
 * most once: a path's root is the nearest folder at or above it that holds `.git`
 * (isRepositoryRoot, as the walk reads .gitignore files), from the nearest folder that exists
 * (a glob's `**` is no folder; a file named is in one), looked for once a folder; where none
 * lies above, git's own answer from the working folder, one for all such paths (GIT_DIR and GIT_WORK_TREE name a
 * repository held elsewhere; without them git finds none), for a path inside the work tree it
 * names (git refuses one outside: `fatal: … is outside repository`). The run's environment is kept in
 * the repository it names (GIT_DIR's, or the working folder's: a hook's GIT_INDEX_FILE is
 * its index), GIT_DIR and GIT_WORK_TREE made absolute (runGitEnv), and cleared of its
 * repository-local variables in any other.
 */
export function repositoryFinder(cwd: string) {
  const env = runGitEnv(process.env, cwd);
  const rootsOf = new Map<string, string | undefined>();
  const gitFound = new Set<string>();
  let gitAnswer: { readonly root: string | undefined } | undefined;
  const gitTop = (): string | undefined => (gitAnswer ??= { root: topLevel(cwd, env) }).root;
  const markedRootOf = (folder: string): string | undefined => {
    if (rootsOf.has(folder)) return rootsOf.get(folder);
    const root = isRepositoryRoot(folder) ? folder : dirname(folder) === folder ? undefined : markedRootOf(dirname(folder));
    rootsOf.set(folder, root);
    return root;
  };
  return {
    rootOf(path: string): string | undefined {
      let folder = path;
      while (!isFolder(folder) && dirname(folder) !== folder) folder = dirname(folder);
      const marked = markedRootOf(folder);
      if (marked !== undefined) return marked;
      const root = gitTop();
      // git prints the work tree GIT_WORK_TREE names from anywhere, and refuses a path outside it.
      if (root === undefined || isOutside(relative(realPathOrAsGiven(root), realPathOrAsGiven(folder)))) return undefined;
      gitFound.add(root);
      return root;
    },
    envIn(root: string): NodeJS.ProcessEnv {
      if (gitFound.has(root) || !namesRepository(env)) return env;
      return gitTop() === realPathOrAsGiven(root) ? env : otherRepositoryEnv(env);
    },
  };
}
