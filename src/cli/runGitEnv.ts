import { isAbsolute, resolve } from "node:path";

/**
 * The variables git reads as paths relative to the folder it starts in (GIT_DIR, GIT_WORK_TREE).
 * GIT_INDEX_FILE is not among them: git opens it after moving to the work tree's top, so a
 * hook's `.git/index` means the same from any folder of that repository.
 */
const startRelativeVariables = ["GIT_DIR", "GIT_WORK_TREE"] as const;

/**
 * The run's environment for git, with GIT_DIR and GIT_WORK_TREE made absolute against the
 * run's working folder, where the user's shell gave them: git runs in each repository's top
 * folder, from which `GIT_DIR=cfg.git` or `GIT_DIR=../.git` would lead elsewhere.
 */
export function runGitEnv(env: NodeJS.ProcessEnv, cwd: string): NodeJS.ProcessEnv {
  const relativeOnes = startRelativeVariables.filter((name) => env[name] && !isAbsolute(env[name]));
  if (relativeOnes.length === 0) return env;
  const resolved = { ...env };
  for (const name of relativeOnes) resolved[name] = resolve(cwd, env[name]!);
  return resolved;
}
