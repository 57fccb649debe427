import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI tests run the built CLI as a subprocess: rebuild dist/ first when it is stale.
    globalSetup: ["test/support/buildDist.ts"],
    // Two cores here: run files in parallel threads, but bounded.
    pool: "threads",
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
