import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { FileOutcome } from "./lintCache.js";
import { lintFileOutcome } from "./lintFile.js";
import type { LintRun } from "../lint/lintRun.js";
import { signalTurns } from "../files/removeOnSignal.js";
import { chunks, type ChunkResults, type PoolJob } from "./poolJob.js";
import { portableRun } from "./portableRun.js";

/** Below this many files per thread, a worker (it loads and warms every validator) costs more than it saves. */
const minFilesPerThread = 400;

/**
 * From this many files, "auto" lints on two threads where half the cores is one. Measured on 2
 * cores (bench/NOTES.md, interleaved runs): 20,000 files took the same time on one thread or
 * two, 30,000 were 6% faster on two, 100,000 25% faster, in 172–175 MiB against one
 * thread's 178.
 */
const filesForSecondThread = 25_000;

/**
 * How many threads to lint `fileCount` files with. "auto" takes half the cores, as ESLint's
 * does: a Node thread keeps about one more core busy compiling its code and collecting its
 * garbage. Where that is one thread, a large folder still gets a second: measured on 2 cores
 * (bench/NOTES.md), a second thread lost 15% over 10,000 files and won from about 25,000.
 */
export function threadCount(concurrency: number | "auto", fileCount: number, cores = availableParallelism()): number {
  // More threads than cores only compete for them (and each holds its own validators).
  const wanted = concurrency === "auto" ? autoThreads(cores, fileCount) : Math.min(concurrency, cores);
  return Math.max(1, Math.min(wanted, Math.floor(fileCount / minFilesPerThread) || 1));
}

function autoThreads(cores: number, fileCount: number): number {
  const half = Math.max(1, cores >> 1);
  return half === 1 && cores >= 2 && fileCount >= filesForSecondThread ? 2 : half;
}

/** Starts the workers of one run (a worker that cannot start is only a missing helper: lintFiles does its share). */
export function startWorkers(run: LintRun, count: number): Worker[] {
  if (count <= 0) return [];
  // Loaded only when a worker starts: a run on one thread (most runs) does not pay its ~3 ms.
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const portable = portableRun(run);
  return Array.from({ length: count }, () => {
    // A small young generation: a worker's garbage is a file's values, dead before the next
    // file. Over 100,000 files with two threads: 229 → 204 MiB, the same time (bench/NOTES.md).
    const worker = new Worker(new URL("./lintWorker.js", import.meta.url), { workerData: portable, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on("error", () => undefined);
    return worker;
  });
}

/**
 * Lints the files on this thread and the given workers, handing each result to `emit` in the
 * files' order as soon as it and all before it are done (the report is written as the run
 * goes; no thread holds every result). Every thread takes the next chunk of files from one
 * shared counter, so no thread waits for another to hand it work. The output is the same, in
 * the same order, whatever the number of threads. The workers are stopped at the end.
 */
export async function lintFiles(files: readonly string[], run: LintRun, workers: readonly Worker[], emit: (outcome: FileOutcome) => void): Promise<void> {
  if (workers.length === 0) {
    // Ctrl-C or SIGTERM ends the run between two files (removing the report staged so far).
    const turn = signalTurns();
    for (const file of files) {
      emit(lintFileOutcome(file, run));
      await turn();
    }
    return;
  }
  const ordered = inOrder(emit);
  const job: PoolJob = { files, counter: new SharedArrayBuffer(4) };
  const finished = Promise.all(workers.map((worker) => runJob(worker, job, ordered.put)));
  // Awaited below; if this thread fails first (the report cannot be written), not an unhandled rejection.
  finished.catch(() => undefined);
  try {
    for (const [start, chunk] of chunks(job)) {
      chunk.forEach((file, i) => ordered.put(start + i, lintFileOutcome(file, run)));
      // Between chunks, the workers' results are taken in (and written, when their turn has come).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await finished;
    // A worker that could not start or died leaves its files to this thread: slower, never wrong.
    while (ordered.next() < files.length) ordered.put(ordered.next(), lintFileOutcome(files[ordered.next()]!, run));
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** Passes results on in index order, holding only those that arrive ahead of their turn. */
function inOrder(emit: (outcome: FileOutcome) => void): { put(index: number, result: FileOutcome): void; next(): number } {
  const early = new Map<number, FileOutcome>();
  let next = 0;
  return {
    put(index, result) {
      early.set(index, result);
      for (let ready = early.get(next); ready !== undefined; ready = early.get(next)) {
        early.delete(next++);
        emit(ready);
      }
    },
    next: () => next,
  };
}

/**
 * Sends the job to a worker and puts its results; settles when it is done or gone, and
 * rejects when putting a result fails (the report cannot be written): an error thrown in a
 * message listener would otherwise end the process with a stack trace.
 */
function runJob(worker: Worker, job: PoolJob, put: (index: number, result: FileOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const end = () => {
      void worker.terminate();
      resolve();
    };
    worker.on("message", (message: ChunkResults | "done") => {
      if (message === "done") return end();
      try {
        message.results.forEach((result, i) => put(message.start + i, result));
      } catch (error) {
        void worker.terminate();
        reject(error);
      }
    });
    worker.on("error", end);
    worker.on("exit", end);
    worker.postMessage(job);
  });
}
