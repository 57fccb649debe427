import { run, type CliIo } from "../../src/cli/main.js";

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI run in this process through run(argv, io), in `cwd`, with `env` (NO_COLOR set) and `stdin` piped in. */
export async function runInProcess(argv: readonly string[], options: { cwd: string; env?: Record<string, string>; stdin?: string }): Promise<InProcessRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd: options.cwd,
    env: { NO_COLOR: "1", ...options.env },
    stdoutIsTTY: false,
    readStdin: async () => Buffer.from(options.stdin ?? ""),
    writeStdout: (text) => void (stdout += text),
    writeStderr: (text) => void (stderr += text),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
