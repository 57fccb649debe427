import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { LintResult } from "../lintResult.js";
import { lintFile, type LintRun } from "./lintFile.js";
import { portableRun } from "./portableRun.js";

/** Below this many files per thread, starting a worker (it loads every validator) costs more than it saves. */
const minFilesPerThread = 400;
/** Files handed out at a time: small enough to balance the threads, large enough to keep messages rare. */
const chunkSize = 50;

/** How many threads to lint `fileCount` files with. */
export function threadCount(concurrency: number | "auto", fileCount: number): number {
  const wanted = concurrency === "auto" ? availableParallelism() : concurrency;
  return Math.max(1, Math.min(wanted, Math.floor(fileCount / minFilesPerThread) || 1));
}

/**
 * Lints the files on `threads` threads: this one and threads - 1 workers, each taking the
 * next chunk of files when it is done with one. Results land at their file's index, so the
 * output is the same, in the same order, whatever the number of threads.
 */
export async function lintFiles(files: readonly string[], run: LintRun, threads: number): Promise<LintResult[]> {
  if (threads <= 1) return files.map((file) => lintFile(file, run));
  const results: LintResult[] = new Array(files.length);
  let next = 0;
  const take = (): [number, readonly string[]] | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + chunkSize);
    return [start, files.slice(start, next)];
  };
  const workers = Array.from({ length: threads - 1 }, () => startWorker(run, take, results));
  // This thread lints too, one chunk at a time, yielding between chunks so workers' results are taken in.
  for (let chunk = take(); chunk; chunk = take()) {
    const [start, chunkFiles] = chunk;
    chunkFiles.forEach((file, i) => (results[start + i] = lintFile(file, run)));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return results;
}

function startWorker(run: LintRun, take: () => [number, readonly string[]] | undefined, results: LintResult[]): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./lintWorker.js", import.meta.url), { workerData: portableRun(run) });
    let current: [number, readonly string[]] | undefined;
    const sendNext = () => {
      current = take();
      if (current) worker.postMessage(current[1]);
      else void worker.terminate().then(() => resolve());
    };
    worker.on("message", (chunkResults: LintResult[]) => {
      const [start] = current!;
      chunkResults.forEach((result, i) => (results[start + i] = result));
      sendNext();
    });
    // A worker that cannot start or dies leaves its chunk to this thread: slower, never wrong.
    worker.on("error", () => {
      if (current) current[1].forEach((file, i) => (results[current![0] + i] = lintFile(file, run)));
      current = undefined;
      resolve();
    });
    worker.on("online", sendNext);
  });
}
