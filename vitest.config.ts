import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI runs in process (test/support/cli.ts); the few tests that spawn it as a process
    // (test/cli/process.test.ts) and the built-worker runs need dist/: rebuild it when stale.
    globalSetup: ["test/support/buildDist.ts"],
    // Two cores here: run files in parallel threads, but bounded.
    pool: "threads",
    maxWorkers: 2,
    // Work is bounded by counts, never by time: these only stop a hung test. Generous, so that
    // a machine busy with other work (a shared CI runner) slows the suite without failing it.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
