import { parentPort, workerData } from "node:worker_threads";
import { lintFileOutcome } from "./lintFile.js";
import { chunks, type ChunkResults, type PoolJob } from "./poolJob.js";
import { revivedRun, type PortableRun } from "./portableRun.js";

// A worker of lintPool.ts: takes chunks of the job's files until none are left, sending the
// results of each, then says it is done.
const run = revivedRun(workerData as PortableRun);
parentPort?.on("message", (job: PoolJob) => {
  for (const [start, files] of chunks(job)) {
    parentPort?.postMessage({ start, results: files.map((file) => lintFileOutcome(file, run)) } satisfies ChunkResults);
  }
  parentPort?.postMessage("done");
});
