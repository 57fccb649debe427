import type { FileOutcome } from "./lintCache.js";

/** What every thread of a run shares: the files, and the index of the next chunk to take. */
export interface PoolJob {
  readonly files: readonly string[];
  /** One Int32: the index of the first file no thread has taken yet. */
  readonly counter: SharedArrayBuffer;
}

/** A worker's answer for one chunk. */
export interface ChunkResults {
  readonly start: number;
  readonly results: readonly FileOutcome[];
}

/** Files taken at a time: small enough to balance the threads at the end of a run. */
const chunkSize = 50;

/** The chunks this thread takes, [first index, files], until none are left, whichever thread takes the others. */
export function* chunks(job: PoolJob): Generator<[number, readonly string[]]> {
  const next = new Int32Array(job.counter);
  for (let start = Atomics.add(next, 0, chunkSize); start < job.files.length; start = Atomics.add(next, 0, chunkSize)) {
    yield [start, job.files.slice(start, start + chunkSize)];
  }
}
