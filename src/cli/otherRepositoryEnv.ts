/**
 * What `git rev-parse --local-env-vars` lists (git 2.39): the variables that tie git to one
 * repository. A git hook runs with GIT_INDEX_FILE set (`.git/index`, relative; `git commit -a`:
 * the parent's `index.lock`, absolute), and a user may set GIT_DIR and GIT_WORK_TREE; in a
 * submodule, or any repository other than the one they name, they would make git read the
 * parent's index or objects. Hard-coded, as asking git would cost a process a run.
 */
const repositoryLocalVariables = [
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_CONFIG",
  "GIT_OBJECT_DIRECTORY",
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_IMPLICIT_WORK_TREE",
  "GIT_GRAFT_FILE",
  "GIT_INDEX_FILE",
  "GIT_NO_REPLACE_OBJECTS",
  "GIT_REPLACE_REF_BASE",
  "GIT_PREFIX",
  "GIT_INTERNAL_SUPER_PREFIX",
  "GIT_SHALLOW_FILE",
  "GIT_COMMON_DIR",
] as const;

/** Whether the environment ties git to a repository (a hook's GIT_INDEX_FILE, a user's GIT_DIR). */
export function namesRepository(env: NodeJS.ProcessEnv): boolean {
  return repositoryLocalVariables.some((name) => env[name] !== undefined);
}

/**
 * The environment for git in a repository other than the one `env` names, as git's own
 * submodule code makes it (prepare_other_repo_env): the repository-local variables removed,
 * `-c` settings (GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT) kept.
 */
export function otherRepositoryEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const other = { ...env };
  for (const name of repositoryLocalVariables) delete other[name];
  return other;
}
