import { configDefaults, defineConfig } from "vitest/config";
import { SlowestFirst } from "./test/support/slowestFirst.js";

/** The one test file that mocks a module (node:fs): it gets a fresh module graph of its own. */
const mocking = ["test/hostile/filesystem.test.ts"];

const shared = {
  pool: "threads",
  // Work is bounded by counts, never by time: these only stop a hung test. Generous, so that
  // a machine busy with other work (a shared CI runner) slows the suite without failing it.
  testTimeout: 180_000,
  hookTimeout: 180_000,
} as const;

export default defineConfig({
  test: {
    // The CLI runs in process (test/support/cli.ts); the few tests that spawn it as a process
    // (test/cli/process.test.ts) and the built-worker runs need dist/: rebuild it when stale.
    globalSetup: ["test/support/buildDist.ts"],
    // Two cores here: run files in parallel threads, but bounded.
    maxWorkers: 2,
    // The longest files first, even on a fresh clone (vitest has no durations from a last run).
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          ...shared,
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...mocking],
          // The files of a thread share one module graph: src/ is imported once per thread,
          // not once per file (half the suite's time went to re-importing it). No file here
          // mocks a module or keeps state in one; a file that must mock goes in `mocking`.
          isolate: false,
        },
      },
      { test: { ...shared, name: "mocking", include: mocking, isolate: true } },
    ],
  },
});
