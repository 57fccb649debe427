import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { CliRun } from "./cli.js";

const server = fileURLToPath(new URL("./cliWithoutOverrideServer.cjs", import.meta.url));
const isRoot = process.getuid?.() === 0;

/**
 * As root every file is readable and writable: the command then runs as root without the
 * capabilities that override file permissions (setpriv, util-linux). Running it as "nobody"
 * instead needs every folder above the clone to be open to others, which a temporary clone's is not.
 */
export const withoutOverride = (command: readonly string[]): [string, string[]] =>
  isRoot ? ["setpriv", ["--bounding-set", "-dac_override,-dac_read_search", "--", ...command]] : [command[0]!, command.slice(1)];

export interface CliWithoutOverride {
  /** Runs the built CLI with these arguments in the folder `cwd`, as a user without root's override. */
  run(args: readonly string[], cwd: string): Promise<CliRun>;
  /** Ends the process once its runs are answered. */
  close(): Promise<void>;
}

/**
 * One process, without root's override (see withoutOverride), that runs the bundled CLI's
 * `run(argv, io)` for each call, one after another: a file's permissions are what only a
 * process without the override shows, and one Node start serves every run (a process a run
 * cost ~0.3 CPU-s each).
 */
export function startCliWithoutOverride(): CliWithoutOverride {
  const [command, args] = withoutOverride([process.execPath, server]);
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  const waiting: { resolve: (run: CliRun) => void; reject: (error: Error) => void }[] = [];
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on("line", (line) => waiting.shift()?.resolve(JSON.parse(line) as CliRun));
  const closed = new Promise<void>((resolve) =>
    child.on("close", (code, signal) => {
      for (const run of waiting.splice(0)) run.reject(new Error(`the CLI's process ended (${signal ?? code}) before answering: ${stderr}`));
      resolve();
    }),
  );
  return {
    run: (runArgs, cwd) =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${JSON.stringify({ args: runArgs, cwd })}\n`);
      }),
    close: () => {
      child.stdin.end();
      return closed;
    },
  };
}
