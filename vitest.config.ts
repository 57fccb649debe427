import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { SlowestFirst } from "./test/support/slowestFirst.js";

const dist = fileURLToPath(new URL("./dist/", import.meta.url));

export default defineConfig({
  // The tests' imports of src/ and rules/ load what tsc emitted of them into dist/ (the global setup
  // rebuilds it whenever a source is newer), natively, as the package's users load it: the in-process
  // CLI, the worker pool and the ESLint plugin's tests already ran dist/src/, so each worker held two
  // copies of every module, one transformed by vite. One copy: 68 files of rules and evidence tests
  // ran in 8.1 s against 10.6 s, transform 6.9 → 2.8 s. `vitest --watch` does not see an edit in src/
  // until the next run rebuilds dist/ (a stack trace names dist/'s JavaScript, which keeps the source's lines' order).
  resolve: { alias: [{ find: /^(?:\.\.\/)+(src|rules)\/(.*)$/, replacement: `${dist}$1/$2` }] },
  test: {
    // The CLI and the language server run in process (test/support/cli.ts, test/lsp/inProcessServer.ts);
    // the tests that spawn them as processes (test/cli/process.test.ts, the language server's
    // process tests: test/lsp/spawnedServer.ts) and the built-worker runs need dist/: rebuild it when stale.
    globalSetup: ["test/support/buildDist.ts", "test/support/runTemporaryFolder.ts"],
    // Two cores here: run files in parallel processes, but bounded.
    maxWorkers: 2,
    // Processes, not threads, so that each worker takes a V8 flag: a young generation of 32 MB
    // (V8's default on 64-bit is at most 16 MB) means fewer scavenges where tests build large values.
    // Measured on the 2-core machine, one run each: the suite 91 → 82 s, 169 → 152 CPU-s (64 MB:
    // 81 s, within the noise). Threads cannot take V8 flags; the processes the tests spawn (the
    // CLI, the language server) get none, so their peak memory is measured as users run them.
    pool: "forks",
    execArgv: ["--max-semi-space-size=32"],
    // The longest files first, even on a fresh clone (vitest has no durations from a last run).
    sequence: { sequencer: SlowestFirst },
    include: ["test/**/*.test.ts"],
    // One fixed seed for every property that names none (test/support/fastCheckSeed.ts).
    setupFiles: ["test/support/fastCheckSeed.ts"],
    // The files of a worker share one module graph: src/ is imported once per worker, not once
    // per file (half the suite's time went to re-importing it). No file mocks a module or keeps
    // state in one: a file that must mock would need a project of its own with isolate: true,
    // whose fresh module graph costs its import and transform of src/ again (~3 CPU-s).
    isolate: false,
    // The built package (dist/, which the global setup builds) is JavaScript already: Node imports
    // it natively, as users' code does, rather than through vite's transform and module runner.
    // The tests that run the built CLI, worker pool or ESLint plugin in process each paid ~1-2 s
    // a worker for that transform (test/cli/concurrency.test.ts alone: tests 5.6-7.3 → 2.7-3.8 s).
    server: { deps: { external: [/\/dist\//] } },
    // Work is bounded by counts, never by time: these only stop a hung test. Generous, so that
    // a machine busy with other work (a shared CI runner) slows the suite without failing it.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
