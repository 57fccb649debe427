import { relative, resolve } from "node:path";
import { isRepositoryRoot } from "../files/repositoryRoot.js";
import { git, hasCommit, nulFields } from "./gitCommand.js";
import { otherRepositoryEnv } from "./otherRepositoryEnv.js";

/**
 * What changed: files by their absolute path, folders every file of which counts as changed,
 * and files deleted since (never linted: a run asks of them only whether its config or
 * suppressions file was removed, which changes every file's result, and whether a recorded
 * fixture was), with the folders of the submodules removed since, every file of which was.
 */
export interface ChangedPaths {
  readonly files: Set<string>;
  readonly folders: Set<string>;
  readonly removed: Set<string>;
  readonly removedFolders: Set<string>;
}

/**
 * How the changes are looked for and told: the label git's failures begin with, the working
 * folder paths are shown from, the note, and the environment git gets in the repository.
 */
export interface ChangesContext {
  readonly label: string;
  readonly cwd: string;
  readonly note: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/** A gitlink's mode in `git diff --raw`: the entry is a submodule, named by its commit. */
const gitlinkMode = "160000";

/**
 * The files of the repository at `root` changed since the commit `since`, into `changed`: those
 * `git diff <since>` (to the working tree: commits since and uncommitted edits alike) names as
 * added, copied, modified, renamed or of a changed type (T: a symbolic link made a regular file,
 * or the reverse, is new content at that path), and the untracked files git does not ignore (a
 * fixture not yet added); deleted files go apart, into `removed`, and a deleted submodule, which
 * git names by its gitlink alone, into `removedFolders` (review of the fixture-set fixes: a
 * recorded fixture in a submodule the branch removed passed the branch's run).
 *
 * git names a submodule whose commit changed (or whose working tree did: --ignore-submodules=none
 * overrides a config that hides it) as one entry, its gitlink, never by its files; so its own
 * changes since the commit it was at are looked for in it the same way, and a nested one's in
 * turn: no deeper than git names one. Where they cannot be (a submodule added since, one not
 * checked out, one whose clone lacks that commit, one git refuses: dubious ownership), every file
 * in it counts, and a note says why (quoting git where it failed).
 * An untracked folder git does not enter (`nested/`: a repository of its own) is new, every file in it.
 * git runs in a submodule without the repository-local variables (a hook's GIT_INDEX_FILE names
 * the parent's index), as git's own submodule code runs it.
 */
export function addChanges(root: string, since: string, changed: ChangedPaths, context: ChangesContext): void {
  const raw = nulFields(git(["diff", "--raw", "-z", "--no-abbrev", "--no-renames", "--ignore-submodules=none", "--diff-filter=ACMRTD", since, "--"], { cwd: root, env: context.env }, context.label, "buffer"));
  // Each entry is a header (`:<old mode> <new mode> <old commit> <new commit> <status>`) and its path.
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [oldMode, newMode, oldCommit, , status] = raw[i]!.slice(1).split(" ");
    const path = resolve(root, raw[i + 1]!);
    if (status === "D") (oldMode === gitlinkMode ? changed.removedFolders : changed.removed).add(path);
    else if (newMode === gitlinkMode) addSubmoduleChanges(path, oldMode === gitlinkMode ? oldCommit : undefined, changed, context);
    else changed.files.add(path);
  }
  for (const path of nulFields(git(["ls-files", "--others", "--exclude-standard", "-z"], { cwd: root, env: context.env }, context.label, "buffer"))) {
    if (path.endsWith("/")) changed.folders.add(resolve(root, path));
    else changed.files.add(resolve(root, path));
  }
}

/** A submodule's changes since the commit it was at (undefined: it was not a submodule there). */
function addSubmoduleChanges(folder: string, wasAt: string | undefined, changed: ChangedPaths, parentContext: ChangesContext): void {
  const context = { ...parentContext, env: otherRepositoryEnv(parentContext.env) };
  const unlisted =
    wasAt === undefined ? "it was added since" : !isRepositoryRoot(folder) ? "it is not checked out (git submodule update --init)" : whyNoCommit(wasAt, folder, context.env);
  if (unlisted === undefined && wasAt !== undefined) return addChanges(folder, wasAt, changed, context);
  context.note(`${context.label}: the submodule ${relative(context.cwd, folder) || "."} changed, but what changed in it cannot be listed: ${unlisted}; every file a walk finds in it is linted`);
  changed.folders.add(folder);
}

/** Why the submodule's commit cannot be compared with: its clone lacks it, or git failed there (git's words); undefined where it can. */
function whyNoCommit(wasAt: string, folder: string, env: NodeJS.ProcessEnv): string | undefined {
  const lookup = hasCommit(wasAt, { cwd: folder, env });
  if ("failed" in lookup) return `git failed in it (${lookup.failed})`;
  return lookup.found ? undefined : `its clone lacks the commit it was at, ${wasAt} (fetch it in the submodule)`;
}
