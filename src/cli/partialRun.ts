import type { RunReach } from "./runReach.js";
import { inShard, type Shard } from "./shard.js";

/**
 * What a run that lints part of the files on purpose answers for among the recorded fixtures it
 * did not lint: a shard, the keys the shard hash gives it (the other shards answer for theirs);
 * a --changed-since run that lints only the changed files, the keys whose file git lists as
 * removed since the ref (a fixture the branch deleted). Without either, or when --changed-since
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

/** The run's reach, narrowed to the paths it answers for. */
export function partialReach(reach: RunReach, answers: (path: string) => boolean): RunReach {
  return { looked: (path) => reach.looked(path) && answers(path), leftOutBy: reach.leftOutBy };
}
