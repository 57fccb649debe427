import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { run, type CliIo } from "../../src/cli/main.js";
import type { FileIdentity } from "../../src/cli/cliIo.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const fixtures = fileURLToPath(new URL("../fixtures/cli/", import.meta.url));
export const bin = fileURLToPath(new URL("../../bin/oms-lint.cjs", import.meta.url));
const builtMain = new URL("../../dist/src/cli/main.js", import.meta.url).href;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** The working folder (default: test/fixtures/cli). */
  readonly cwd?: string;
  /** What is piped to standard input (default: nothing). */
  readonly input?: string | Uint8Array;
  /** The environment the CLI sees, on top of NO_COLOR=1 (default: nothing else). */
  readonly env?: Record<string, string>;
  /** Whether standard output is a terminal (default: a pipe). */
  readonly stdoutIsTTY?: boolean;
  /** The regular file standard output goes to, as `> file` makes it (default: none, a pipe). */
  readonly stdoutFile?: FileIdentity;
  /** The regular file standard error goes to, as `2> file` makes it (default: none, a pipe). */
  readonly stderrFile?: FileIdentity;
  /**
   * Run the built CLI (dist/, which `npm test` builds first) in this process: its worker
   * threads load the built lintWorker.js, which src/ does not have (a worker that cannot
   * start leaves its files to the main thread, so a run from src/ lints on one thread).
   */
  readonly built?: boolean;
}

/**
 * Runs the CLI in this process, through `run(argv, io)`, the seam bin/oms-lint.cjs uses: the
 * same arguments, working folder, environment and standard input a shell would give it, and
 * what it writes to stdout and stderr, with its exit code. Spawn a process (spawnCli) only
 * for what only a process shows: the bin, signals, stdout write errors, the built package.
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const input = options.input ?? "";
  const io: CliIo = {
    cwd: options.cwd ?? fixtures,
    env: { NO_COLOR: "1", ...options.env },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stdoutFile: options.stdoutFile,
    stderrFile: options.stderrFile,
    readStdin: async () => (typeof input === "string" ? Buffer.from(input, "utf8") : input),
    writeStdout: (text) => void (stdout += text),
    writeStderr: (text) => void (stderr += text),
  };
  const cli: { run: typeof run } = options.built ? await import(builtMain) : { run };
  const code = await cli.run(args, io);
  return { code, stdout, stderr };
}

/** Runs `node bin/oms-lint.cjs …` as a user's shell would: the built CLI (npm test builds dist/ first), a real process. */
export function spawnCli(args: readonly string[], options: Omit<CliOptions, "stdoutIsTTY" | "stdoutFile" | "stderrFile"> = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? fixtures,
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
    // A hostile file's report can pass spawnSync's default 1 MiB.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * spawnCli with the run held in 3 GB of address space (ulimit -v) and 60 seconds: a run that
 * reads without end (a file that reports size 0, a /proc folder) fails its test, with a
 * signal and no exit code, where in this process it would take the machine's memory or hang
 * the test runner. POSIX only (sh and ulimit).
 */
export function spawnCliCapped(args: readonly string[], options: Pick<CliOptions, "cwd"> = {}): CliRun {
  const result = spawnSync("/bin/sh", ["-c", 'ulimit -v 3000000 && exec "$0" "$@"', process.execPath, bin, ...args], {
    cwd: options.cwd ?? fixtures,
    input: "",
    env: { ...process.env, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The 1-based line and column of `needle`'s first character in `text`, found independently
 * of the program (plain string search), plus `skip` characters into it.
 */
export function positionOf(text: string, needle: string, skip = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, index + skip).split("\n");
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

/** Where the value of `"key": value` starts: the key found by search, the value after its colon and blanks. */
export function valuePosition(text: string, key: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(`"${key}"`, index + 1);
  if (index < 0) throw new Error(`key ${key} is not in the text`);
  let value = text.indexOf(":", index + key.length + 2) + 1;
  while (/\s/.test(text[value] as string)) value++;
  const before = text.slice(0, value).split("\n");
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

export function fixtureText(relativePath: string): string {
  return readFileSync(fixtures + relativePath, "utf8");
}
