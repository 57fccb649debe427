import type { RunReach } from "./runReach.js";
import { inShard, type Shard } from "./shard.js";

/**
 * What a run that lints part of the files on purpose answers for among the recorded fixtures it
 * did not lint: a shard, the keys the shard hash gives it (the other shards answer for theirs);
 * a --changed-since run that lints only the changed files, the keys whose file git lists as
 * removed since the ref (a fixture the branch deleted), and those an ignore leaves out
 * (partialReach). Without either, or when --changed-since
 * lints every file (a run input changed), every key, as a plain run (audit, issue 18: a deleted
 * fixture failed `oms-lint .` and passed every shard and the branch's --changed-since run).
 */
export interface PartialRun {
  readonly shard?: Shard;
  /** Whether git lists the path as removed since the ref; undefined when the run lints every file found. */
  readonly removedSinceRef?: (path: string) => boolean;
}

/** Whether this run answers for a recorded path (absolute) it did not lint. */
export function answersFor({ shard, removedSinceRef }: PartialRun, cwd: string): (path: string) => boolean {
  return (path) => (shard === undefined || inShard(path, cwd, shard)) && (removedSinceRef === undefined || removedSinceRef(path));
}

/**
 * The run's reach, narrowed to the paths it answers for. A --changed-since run answers too for a
 * key an ignore leaves out (of its shard's, with --shard), as `oms-lint .` does: a branch that hid
 * a recorded fixture with .gitignore failed the plain run ("… is left out by .gitignore") and
 * passed its --changed-since run, which git told of no removed file (review of the fixture-set fixes).
 */
export function partialReach(reach: RunReach, run: PartialRun, cwd: string): RunReach {
  const answers = answersFor(run, cwd);
  const answersIgnored = run.removedSinceRef === undefined ? () => false : answersFor({ shard: run.shard }, cwd);
  return { looked: (path) => reach.looked(path) && (answers(path) || (answersIgnored(path) && reach.leftOutBy(path) !== undefined)), leftOutBy: reach.leftOutBy };
}
