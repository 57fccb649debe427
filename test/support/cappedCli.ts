import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { CliRun } from "./cli.js";

/** The child that runs the bundled CLI's `run(argv, io)` once for each line of JSON it reads. */
const server = fileURLToPath(new URL("./cliWithoutOverrideServer.cjs", import.meta.url));

export interface CappedCli {
  /** Runs the built CLI with these arguments in the folder `cwd`, in the capped process. */
  run(args: readonly string[], cwd: string): Promise<CliRun>;
  /** Ends the process once its runs are answered. */
  close(): Promise<void>;
}

/**
 * spawnCliCapped's process, held to 3 GB of address space (ulimit -v) and 60 seconds a run,
 * answering several runs one after another (a process a run cost ~0.3 CPU-s each): a run that
 * reads without end (a file that reports size 0) fails its test, and every later one, with the
 * process's end, where in the test runner it would take the machine's memory or hang. POSIX
 * only (sh and ulimit).
 */
export function startCappedCli(): CappedCli {
  const child = spawn("/bin/sh", ["-c", 'ulimit -v 3000000 && exec "$0" "$@"', process.execPath, server], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  const waiting: { resolve: (run: CliRun) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }[] = [];
  let stderr = "";
  let ended: string | undefined;
  // A run asked after the process ended (killed by its cap) is refused below, not written to a closed pipe.
  child.stdin.on("error", () => undefined);
  child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on("line", (line) => {
    const answered = waiting.shift();
    if (answered === undefined) return;
    clearTimeout(answered.timer);
    answered.resolve(JSON.parse(line) as CliRun);
  });
  const closed = new Promise<void>((resolve) =>
    child.on("close", (code, signal) => {
      ended = `the capped CLI's process ended (${signal ?? code}) before answering: ${stderr}`;
      for (const run of waiting.splice(0)) {
        clearTimeout(run.timer);
        run.reject(new Error(ended));
      }
      resolve();
    }),
  );
  return {
    run: (runArgs, cwd) =>
      new Promise((resolve, reject) => {
        if (ended !== undefined) return reject(new Error(ended));
        // 60 seconds from the asking: a file's tests ask one run at a time.
        const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
        waiting.push({ resolve, reject, timer });
        child.stdin.write(`${JSON.stringify({ args: runArgs, cwd })}\n`);
      }),
    close: () => {
      child.stdin.end();
      return closed;
    },
  };
}
