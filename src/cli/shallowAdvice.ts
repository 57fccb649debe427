import { git, hasCommit, type GitPlace } from "./gitCommand.js";

/**
 * What a shallow clone that lacks `ref` should fetch. A CI checkout is shallow and of one branch
 * (actions/checkout fetches one commit; GitLab's GIT_DEPTH, the pipeline's ref alone), so the
 * README's `--changed-since origin/main` names a ref the clone does not hold, and git's "bad
 * revision" reads as a typo. The fetch advised writes a remote-tracking ref (a bare `git fetch
 * origin main` writes FETCH_HEAD alone), and a ref is read as `<remote>/<branch>` only where
 * `git remote` lists that remote (`release/2.0` is a branch, not the branch 2.0 of a remote
 * "release"); any other is fetched from the clone's remote and named as fetched. A revision
 * that walks back (`HEAD~1`, `main^`) needs that many more commits, and one git cannot fetch by
 * name (a commit hash, `@{…}`, `:…`: git refuses `HEAD~1:refs/remotes/origin/HEAD~1` as "invalid
 * refspec") needs the history deepened.
 */
export function shallowAdvice(ref: string, at: GitPlace, label: string): string {
  const remotes = git(["remote"], at, label).split("\n").filter(Boolean);
  const shallow = `${label}: this clone has no commit ${ref}: it is a shallow clone (as CI checks out one commit of one branch)`;
  // `git remote remove origin` leaves a clone that can fetch nothing: no fetch line would work.
  if (remotes.length === 0) return `${shallow} with no remote to fetch it from; add the repository it was cloned from (git remote add <name> <url>) and fetch the commit, or check out with history (actions/checkout: fetch-depth: 0)`;
  const remote = remotes.includes("origin") ? "origin" : remotes[0]!;
  const { base, steps } = revisionSteps(ref);
  const lookup = base === ref ? { found: false } : hasCommit(base, at);
  const fetch =
    isCommitHash(base) || steps === undefined
      ? `git fetch --unshallow ${remote}`
      : "found" in lookup && lookup.found
        ? `git fetch --deepen=${steps + 1} ${remote}`
        : fetchBranch(base, ref.slice(base.length), steps + 1, remotes, remote);
  return `${shallow}; fetch it first (${fetch}), or check out with history (actions/checkout: fetch-depth: 0)`;
}

/**
 * The fetch of a branch or tag `base` into a remote-tracking ref, `depth` commits deep, and the
 * name the next run gives `base` and its `walk` (`~1`) when that name changes.
 */
function fetchBranch(base: string, walk: string, depth: number, remotes: readonly string[], remote: string): string {
  const slash = base.indexOf("/");
  const named = slash > 0 ? base.slice(0, slash) : undefined;
  if (named !== undefined && remotes.includes(named)) return `git fetch --depth=${depth} ${named} ${base.slice(slash + 1)}:refs/remotes/${base}`;
  return `git fetch --depth=${depth} ${remote} ${base}:refs/remotes/${remote}/${base}, then --changed-since ${remote}/${base}${walk}`;
}

/**
 * A revision as the name it starts from and the commits it walks back from there: `HEAD~2` is
 * HEAD and 2, `main^` main and 1, `main` main and 0 (gitrevisions(7): `~<n>` is n generations of
 * first parents, `^<n>` the n-th parent, one generation; `^0` the commit itself). Steps are
 * undefined for any other suffix (`@{1}`, `^{tree}`, `:path`), whose depth cannot be told.
 */
function revisionSteps(ref: string): { readonly base: string; readonly steps: number | undefined } {
  const start = ref.search(/[~^:]|@\{/);
  if (start <= 0) return { base: ref, steps: start === 0 ? undefined : 0 };
  const walk = ref.slice(start);
  if (!/^(?:~\d*|\^\d*)+$/.test(walk)) return { base: ref.slice(0, start), steps: undefined };
  let steps = 0;
  for (const [, sign, count] of walk.matchAll(/([~^])(\d*)/g)) steps += sign === "~" ? (count === "" ? 1 : Number(count)) : count === "0" ? 0 : 1;
  return { base: ref.slice(0, start), steps };
}

/** A commit's hash, whole or abbreviated (git takes 4 hex digits and more; 7 is its default abbreviation). */
const isCommitHash = (name: string): boolean => /^[0-9a-f]{7,40}$/i.test(name);
