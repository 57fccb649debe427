import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyConfig } from "../../src/config/config.js";
import { lintFile } from "../../src/cli/lintFile.js";
import type { LintRun } from "../../src/lint/lintRun.js";
import { lintFiles, threadCount } from "../../src/cli/lintPool.js";
import type { LintResult } from "../../src/lint/lintResult.js";
import type { ChunkResults, PoolJob } from "../../src/cli/poolJob.js";
import { portableRun } from "../../src/cli/portableRun.js";
import { repoRoot, runCli } from "../support/cli.js";

const createOrder = (i: number) => ({
  externalOrderID: `c-${i}`,
  manufacturerID: 1234,
  catalogID: i % 7 === 0 ? -1 : 0,
  locale: "en-US",
  currency: "USD",
  customer: { firstName: "T" },
  orderItems: [{ product: { partNumber: `P${i}`, name: "n", availability: i % 5 === 0 ? "P" : "Y" }, itemSpecifics: { actualPrice: 1, quantity: 1 } }, { product: { partNumber: "Q", name: "n", availability: "Y" }, itemSpecifics: { actualPrice: 2, quantity: 1, itemTaxOverride: i % 3 === 0 ? 1 : 0.1 } }],
  shippingMethod: { shippingType: "standard" },
  shippingAddress: { addressLine1: "1 Elm" },
  orderPayments: [{ paymentMethod: { billingAddress: { addressLine1: "1 Elm" }, paymentType: "CC" }, maxAmount: i % 11 === 0 ? 0 : null }],
  customerIP: i % 13 === 0 ? "10.0.0.1" : "88.152.11.125",
  sendEmail: true,
});

describe("how many threads", () => {
  it("never more than the cores, and one for a few files, whatever --concurrency asks", () => {
    const cores = availableParallelism();
    expect(threadCount(300, 1_000_000)).toBe(cores);
    expect(threadCount(300, 15)).toBe(1);
    expect(threadCount("auto", 15)).toBe(1);
    expect(threadCount(2, 799)).toBe(1);
    expect(threadCount(2, 800)).toBe(Math.min(2, cores));
  });

  // [cores, files, threads "auto" takes]: half the cores, as ESLint's auto; two from 25,000
  // files where half is one (measured on 2 cores, bench/NOTES.md); never a thread a 400 files.
  it.each([
    [1, 1_000_000, 1],
    [2, 1_000, 1],
    [2, 24_999, 1],
    [2, 25_000, 2],
    [2, 1_000_000, 2],
    [3, 25_000, 2],
    [4, 24_999, 2],
    [4, 1_000_000, 2],
    [8, 1_000, 2],
    [8, 1_600, 4],
    [8, 1_000_000, 4],
  ])("auto on %i cores over %i files: %i thread(s)", (cores, files, threads) => {
    expect(threadCount("auto", files, cores)).toBe(threads);
  });

  it("--concurrency 300 over the examples starts no worker and reports as one thread does", async () => {
    const one = await runCli(["--format", "json", "--concurrency", "1", "examples"], { cwd: repoRoot });
    const many = await runCli(["--format", "json", "--concurrency", "300", "examples"], { cwd: repoRoot });
    expect(many).toEqual(one);
    expect(one.code).toBe(1);
  });
});

/**
 * Holds this thread, once the job is posted to `worker`, until the worker has taken its first
 * chunk from the shared counter: the worker lints files 0–49 whatever the machine's speed, and
 * this thread takes the next chunk. (Atomics.wait: this thread sleeps, the worker runs.)
 */
function holdUntilFirstChunkTaken(worker: Worker): void {
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (job: PoolJob) => {
    post(job);
    const counter = new Int32Array(job.counter);
    // A bound only against a worker that never starts (the count of its files then fails the test).
    for (let naps = 0; Atomics.load(counter, 0) === 0 && naps < 1_200; naps++) Atomics.wait(counter, 0, 0, 50);
  };
}

describe("--concurrency", () => {
  let folder: string;
  let files: string[];
  /** Each file linted on this thread, in order: what every worker's results must equal (linted once, not once a test). */
  let onThisThread: LintResult[];
  const run: LintRun = { config: emptyConfig(tmpdir()), rules: {} };
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "oms-lint-threads-"));
    // Just enough files for two threads (400 a thread: 799 start one), in sub-folders so sorted order is not creation order.
    for (let i = 0; i < 800; i++) {
      const dir = join(folder, `batch-${i % 4}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `order-${String(799 - i).padStart(3, "0")}.json`), i % 17 === 0 ? "{ broken" : JSON.stringify(createOrder(i), null, 2));
    }
    files = readdirSync(folder).flatMap((dir) => readdirSync(join(folder, dir)).map((name) => join(folder, dir, name))).sort();
    onThisThread = files.map((file) => lintFile(file, run));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // Which thread lints which file is left to the race here: this thread may lint every chunk
  // while the worker still loads (a worker's wrong results did not fail this test). The next test
  // makes the worker lint and shows its results are what is emitted. The one-thread report is
  // the JSON format's array of each file's result (SPEC §5: exactly the result type), which
  // onThisThread holds already: a third lint of the 800 files by `--concurrency off` showed no more.
  it("gives the same report, in the same order, on one thread and on two", async () => {
    const double = await runCli(["--concurrency", "2", "--no-config", "--format", "json", folder], { built: true });
    expect(double.stderr).toBe("");
    expect(double.code).toBe(1);
    const results = JSON.parse(double.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results).toHaveLength(800);
    expect(results.map((r) => r.filePath)).toEqual(files);
    expect(results.filter((r) => r.messages.length > 0).length).toBeGreaterThan(100);
    expect(double.stdout).toBe(`${JSON.stringify(onThisThread)}\n`);
  });

  it("emits the worker's results, in the files' order among this thread's, when a worker lints a chunk", async () => {
    // The run as the CLI's two-thread run makes it: the built startWorkers and lintFiles. Three
    // chunks: the worker's first, held for it, then this thread's; no thread count depends on them
    // here (linting all 800 again, mostly on this thread, showed no more).
    const some = files.slice(0, 150);
    const pool = (await import(pathToFileURL(join(repoRoot, "dist/src/cli/lintPool.js")).href)) as typeof import("../../src/cli/lintPool.js");
    const [worker] = pool.startWorkers(run, 1) as [Worker];
    let onWorker = 0;
    worker.on("message", (message: ChunkResults | "done") => void (message !== "done" && (onWorker += message.results.length)));
    holdUntilFirstChunkTaken(worker);
    const emitted: LintResult[] = [];
    await pool.lintFiles(some, run, [worker], (outcome) => emitted.push(outcome.result));
    expect(onWorker).toBeGreaterThanOrEqual(50);
    expect(emitted).toEqual(onThisThread.slice(0, 150));
  });

  it("takes a worker's answer for its chunk rather than linting those files again on this thread", async () => {
    const some = files.slice(0, 150);
    // Answers for the first chunk with a result linting never gives (no kind, one message), then is done.
    const answering = new Worker(
      `const { parentPort } = require("node:worker_threads");
       parentPort.once("message", ({ files, counter }) => {
         const start = Atomics.add(new Int32Array(counter), 0, 50);
         const results = files.slice(start, start + 50).map((filePath) => ({ result: { filePath, kind: null, messages: [], errorCount: 0, warningCount: 0, answeredBy: "worker" } }));
         parentPort.postMessage({ start, results });
         parentPort.postMessage("done");
       });`,
      { eval: true },
    );
    holdUntilFirstChunkTaken(answering);
    const emitted: LintResult[] = [];
    await lintFiles(some, run, [answering], (outcome) => emitted.push(outcome.result));
    expect(emitted.map((r) => (r as { answeredBy?: string }).answeredBy ?? "this thread")).toEqual([...Array<string>(50).fill("worker"), ...Array<string>(100).fill("this thread")]);
    expect(emitted.slice(50)).toEqual(onThisThread.slice(50, 150));
  });

  // The built worker (npm test builds first), with no other thread taking chunks: tsc's (an ES
  // module) and the bundle's (CommonJS, what bin/oms-lint.cjs starts). Three chunks and a
  // short last one show the loop to its end: the 800 files are for a run that starts two threads.
  it.each(["dist/src/cli/lintWorker.js", "dist/cli/lintWorker.js"])("a worker (%s) takes chunks of the files until none are left, then says it is done", async (entry) => {
    const some = files.slice(0, 130);
    const worker = new Worker(join(repoRoot, entry), { workerData: portableRun(run) });
    const messages: (ChunkResults | "done")[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (message: ChunkResults | "done") => {
        messages.push(message);
        if (message === "done") resolve();
      });
      worker.on("error", reject);
      worker.postMessage({ files: some, counter: new SharedArrayBuffer(4) });
    });
    await worker.terminate();
    expect(messages.at(-1)).toBe("done");
    const chunks = messages.slice(0, -1) as ChunkResults[];
    expect(chunks.map((c) => [c.start, c.results.length])).toEqual([[0, 50], [50, 50], [100, 30]]);
    const results = chunks.flatMap((c) => c.results.map((outcome) => outcome.result));
    expect(results.map((r) => r.filePath)).toEqual(some);
    expect(results).toEqual(onThisThread.slice(0, 130));
  });

  it("a worker that cannot start, or dies holding files, leaves them to this thread", async () => {
    // Three chunks of 50 are enough to be left over: no thread count depends on them here.
    const some = files.slice(0, 150);
    const single = onThisThread.slice(0, 150);
    const collect = async (worker: Worker) => {
      const emitted: LintResult[] = [];
      await lintFiles(some, run, [worker], (outcome) => emitted.push(outcome.result));
      return emitted;
    };
    const broken = new Worker("throw new Error('cannot start')", { eval: true });
    broken.on("error", () => undefined);
    expect(await collect(broken)).toEqual(single);
    // Takes every chunk from the shared counter, answers for none of them, and exits.
    const greedy = new Worker(
      `const { parentPort } = require("node:worker_threads");
       parentPort.once("message", ({ counter }) => { Atomics.add(new Int32Array(counter), 0, 1e6); process.exit(0); });`,
      { eval: true },
    );
    expect(await collect(greedy)).toEqual(single);
  });

  it("a report that cannot be written is one line and exit 2, whichever thread's result meets the failure", async () => {
    // A file where the report's folder should be: the write fails at the first block, which a
    // worker's result or this thread's may fill.
    const parent = mkdtempSync(join(tmpdir(), "oms-lint-blocked-"));
    const blocked = join(parent, "a-file");
    writeFileSync(blocked, "");
    const report = join(blocked, "report.json");
    const single = await runCli(["--concurrency", "off", "--no-config", "--format", "json", "--output-file", report, folder], { built: true });
    const double = await runCli(["--concurrency", "2", "--no-config", "--format", "json", "--output-file", report, folder], { built: true });
    rmSync(parent, { recursive: true });
    for (const run of [single, double]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`oms-lint: cannot write --output-file ${report}: a part of its path is not a folder (ENOTDIR)\n`);
    }
  });

  it("rejects a concurrency that is not a positive number, auto or off (exit 2)", async () => {
    const run = await runCli(["--concurrency", "0", "--no-config", folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--concurrency takes a whole number of at least 1, "auto" or "off"/);
  });
});
