import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { MessageConnection } from "vscode-jsonrpc/node";
import type { ServerTransport } from "./lspClient.js";

const bin = fileURLToPath(new URL("../../bin/oms-lint.cjs", import.meta.url));

/**
 * `oms-lint lsp --stdio` in a process of its own, as an editor starts it: for what only a
 * process shows (its exit code after `exit`, the end of its standard input, a signal, its stderr,
 * the shipped bin end to end). Ended as an editor ends it: `exit` after the shutdown answer.
 */
export class SpawnedServer implements ServerTransport {
  readonly #process: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  /** The client's own pid, as an editor sends it. */
  readonly processId = process.pid;
  stderr = "";

  constructor(cwd: string) {
    this.#process = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd, stdio: "pipe" });
    this.#process.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.#process.on("exit", (code) => resolve(code)));
  }

  get toServer() {
    return this.#process.stdin;
  }

  get toClient() {
    return this.#process.stdout;
  }

  async end(connection: MessageConnection): Promise<number | null> {
    await connection.sendNotification("exit");
    return this.exited;
  }

  endInput(): void {
    this.#process.stdin.end();
  }

  kill(): void {
    this.#process.kill();
  }

  /** Stops the server process where it is (SIGSTOP), as if it were busy: what the client sends meanwhile waits in the pipe. */
  suspend(): void {
    this.#process.kill("SIGSTOP");
  }

  /** Lets a suspended server run on (SIGCONT): it reads at once all that waited. */
  resume(): void {
    this.#process.kill("SIGCONT");
  }
}
