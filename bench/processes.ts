import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./measure.js";

const rssReporter = fileURLToPath(new URL("./peakRss.mjs", import.meta.url));

export interface ProcessRun {
  readonly seconds: number;
  /** Peak resident set size of the Node process(es), MiB (the largest, when a task runs several). */
  readonly peakMiB: number;
}

/** A measured task: one or more `node` command lines run one after another. */
export type NodeTask = readonly (readonly string[])[];

function runOnce(task: NodeTask, cwd: string): ProcessRun {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-bench-"));
  const rssFile = join(dir, "rss");
  const start = process.hrtime.bigint();
  for (const args of task) {
    const result = spawnSync(process.execPath, ["--import", rssReporter, ...args], {
      cwd,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, OMS_LINT_BENCH_RSS_FILE: rssFile, NO_COLOR: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`bench task failed (${result.status}): node ${args.join(" ")}\n${result.stderr}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peaks = readFileSync(rssFile, "utf8").trim().split("\n").map(Number);
  rmSync(dir, { recursive: true, force: true });
  return { seconds, peakMiB: Math.max(...peaks) / 1024 };
}

/**
 * Runs the tasks in interleaved rounds and returns each one's median time and peak RSS. The
 * first task (the floor) runs once unmeasured first: the files are then in the page cache
 * for every measured run, not only for those after the first.
 */
export function interleavedProcesses(tasks: Record<string, NodeTask>, rounds: number, cwd: string): Record<string, ProcessRun> {
  const runs: Record<string, ProcessRun[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  const first = Object.values(tasks)[0];
  if (first !== undefined) runOnce(first, cwd);
  for (let round = 0; round < rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) runs[name]!.push(runOnce(task, cwd));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { seconds: median(list.map((r) => r.seconds)), peakMiB: Math.max(...list.map((r) => r.peakMiB)) },
    ]),
  );
}
