import { basename, dirname, join, relative, resolve } from "node:path";
import { UsageError } from "./usageError.js";
import { isGone, realPathOrAsGiven } from "../files/fileFacts.js";
import { isOutside } from "../files/outsidePath.js";
import { git, hasCommit, mergeBase } from "./gitCommand.js";
import { shallowAdvice } from "./shallowAdvice.js";
import { addChanges, type ChangedPaths, type ChangesContext } from "./repositoryChanges.js";
import { repositoryFinder } from "./repositoryFinder.js";

/**
 * The files changed since a git ref, in the repository holding each path given (asked once for
 * the paths that share one; a path inside a submodule, in the submodule's own): what
 * `git diff <merge base>` and the untracked files tell (repositoryChanges.ts), where the merge
 * base is where HEAD's history left the ref's (`git merge-base <ref> HEAD`), as Biome's
 * `--changed --since` (`<ref>...HEAD`), Jest's `--changedSince` and changesets compare: on a
 * branch, what the branch changed, not what the ref gained since the branch left it. A shallow
 * clone that holds the ref but not the history joining it to HEAD (a CI checkout that fetched
 * one commit of each) has no merge base: the files are then compared with the ref itself, and
 * `note` says so. A path in no repository is a usage error, as is a ref a repository lacks: git
 * could not tell what changed there, and a run that linted nothing would pass. Answers whether
 * a file found is one of them (see isChangedFile), and whether a file the run reads was changed or
 * removed (its config, its suppressions file: runInputsChanged.ts).
 */
export function changedSince(ref: string, paths: readonly string[], cwd: string, note: (text: string) => void): ChangedSince {
  const changed: ChangedPaths = { files: new Set(), folders: new Set(), removed: new Set(), removedFolders: new Set() };
  const repositories = repositoryFinder(cwd);
  const roots = new Set<string>();
  for (const path of paths) {
    const root = repositories.rootOf(resolve(cwd, path));
    if (root === undefined) throw new UsageError(`--changed-since ${ref}: "${path}" is in no git repository (no folder holding .git above it, and git finds none that holds it), so git cannot tell what changed there`);
    if (roots.has(root)) continue;
    roots.add(root);
    // Named when it is not the working folder's repository: `main` may be a branch of one and not of the other.
    const label = isOutside(relative(root, cwd)) ? `--changed-since ${ref} (in the git repository ${relative(cwd, root) || "."})` : `--changed-since ${ref}`;
    addChangesSinceRef(ref, root, changed, { label, cwd, note, env: repositories.envIn(root) });
  }
  const isRemovedAsSpelt = isChangedFile({ files: changed.removed, folders: changed.removedFolders });
  // A removed file's folder may be gone too (`git rm` takes a folder it empties, and a submodule's): its real path is then found from the nearest folder there.
  const isRemoved = (file: string) => {
    if (isRemovedAsSpelt(file)) return true;
    const real = realFromNearestFolder(file);
    return changed.removed.has(real) || inAnyFolder(changed.removedFolders, real);
  };
  const isChanged = isChangedFile(changed);
  return { isChanged, isRemoved, isChangedOrRemoved: (file) => isChanged(file) || isRemoved(file) };
}

/**
 * What --changed-since found: whether a file found is to be linted, whether a path is one git
 * lists as removed since the ref (a recorded fixture the branch deleted), and whether a file the
 * run reads (found by no walk) changed or is gone.
 */
export interface ChangedSince {
  readonly isChanged: (file: string) => boolean;
  readonly isRemoved: (file: string) => boolean;
  readonly isChangedOrRemoved: (file: string) => boolean;
}

function addChangesSinceRef(ref: string, folder: string, changed: ChangedPaths, context: ChangesContext): void {
  const [root = "", shallow] = git(["rev-parse", "--show-toplevel", "--is-shallow-repository"], { cwd: folder, env: context.env }, context.label).split("\n");
  const at = { cwd: root, env: context.env };
  const lookup = shallow === "true" ? hasCommit(ref, at) : { found: true };
  if ("failed" in lookup) throw new UsageError(`${context.label}: ${lookup.failed}`);
  if (!lookup.found) throw new UsageError(shallowAdvice(ref, at, context.label));
  const base = mergeBase(ref, at, context.label);
  if (base === undefined) context.note(`${context.label}: ${noMergeBase(ref, shallow === "true")}`);
  addChanges(root, base ?? ref, changed, context);
}

/**
 * Why `git merge-base` found none, and what is compared instead: a shallow clone may lack the
 * history joining the two, or they may share none (which it cannot tell); in a full one they
 * have none (an orphan branch, an unrelated history).
 */
function noMergeBase(ref: string, shallow: boolean): string {
  return shallow
    ? `${ref} and HEAD have no merge base in the history this shallow clone holds: files are compared with ${ref} itself (exactly a pull request's changes where HEAD is its merge commit; on a branch's own commit, files changed on ${ref} since the branch left it are linted too; fetch with history to have the merge base, if the two share any)`
    : `${ref} and HEAD have no common history (HEAD's history never joins ${ref}'s), so there is no merge base: files are compared with ${ref} itself (every file that differs from it is linted)`;
}

/**
 * The path with its nearest folder that is there read as its real path (git names files by
 * real paths; a working folder reached through a link spells them otherwise), the names below
 * that folder kept as they are.
 */
function realFromNearestFolder(path: string): string {
  const below: string[] = [basename(path)];
  let at = dirname(path);
  while (isGone(at) && dirname(at) !== at) {
    below.unshift(basename(at));
    at = dirname(at);
  }
  return join(realPathOrAsGiven(at), ...below);
}

/**
 * Whether a file found is among the changed ones, or in a folder every file of which is. git
 * names them from its top level, a real path; a walk spells them as the path argument was
 * spelled (`oms-lint --changed-since HEAD /tmp/link-to-repo`, or a working directory reached
 * through a link), so a file is also looked up by its folder's real path: one realpath a
 * folder, not one a file. The file's own name is not resolved: git tracks a link by the link's path.
 */
function isChangedFile(changed: Pick<ChangedPaths, "files" | "folders">): (file: string) => boolean {
  const realFolders = new Map<string, string>();
  const realFolder = (folder: string): string => {
    let real = realFolders.get(folder);
    if (real === undefined) realFolders.set(folder, (real = realPathOrAsGiven(folder)));
    return real;
  };
  return (file) => {
    if (changed.files.has(file)) return true;
    const folder = dirname(file);
    const real = realFolder(folder);
    if (real !== folder && changed.files.has(join(real, basename(file)))) return true;
    return inAnyFolder(changed.folders, real);
  };
}

/** Whether the path is one of the folders, or lies in one of them. */
function inAnyFolder(folders: ReadonlySet<string>, path: string): boolean {
  if (folders.size === 0) return false;
  for (let at = path; ; at = dirname(at)) {
    if (folders.has(at)) return true;
    if (dirname(at) === at) return false;
  }
}
