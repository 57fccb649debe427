import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Two cores here: run files in parallel threads, but bounded.
    pool: "threads",
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
