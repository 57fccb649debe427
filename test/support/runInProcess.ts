import { run, type CliIo } from "../../src/cli/main.js";

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process (`run(argv, io)`), in `cwd`, with `stdin` as the piped text and `env` besides NO_COLOR. */
export async function runInProcess(args: readonly string[], options: { cwd: string; stdin?: string; stdoutIsTTY?: boolean; env?: Record<string, string> }): Promise<InProcessRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd: options.cwd,
    env: { NO_COLOR: "1", ...options.env },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    readStdin: async () => Buffer.from(options.stdin ?? ""),
    writeStdout: (text) => void (stdout += text),
    writeStderr: (text) => void (stderr += text),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
