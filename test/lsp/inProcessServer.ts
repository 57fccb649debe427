import { PassThrough } from "node:stream";
import { serveStreams } from "../../src/lsp/serveStreams.js";
import type { ServerState } from "../../src/lsp/server.js";
import type { ServerTransport } from "./lspClient.js";

/**
 * The server as `oms-lint lsp` wires it to stdio (serveStreams, src/lsp/lspCommand.ts), in this
 * process over a pair of in-memory streams: what the client sees is the same, without a process
 * start (~0.45 CPU-s each). What differs: vscode-languageserver's node connection ends the
 * process on `exit`, so the server is never sent one here, and ends as its input ends, with the
 * code `oms-lint lsp` exits with then (0 after a shutdown request, else 1); and a numeric
 * `processId` in initialize would start an interval polling that pid that nothing clears, so
 * the client sends null (the server does not read it).
 */
export class InProcessServer implements ServerTransport {
  readonly toServer = new PassThrough();
  readonly toClient = new PassThrough();
  readonly processId = null;
  readonly exited: Promise<number>;
  /** What the server holds, for a test that makes its re-lint pause outlast the test (ServerState.pauseRelints). */
  readonly state: ServerState;

  /** `typingPause`: how long a change waits for its lint (default: the server's own, debounceMs). */
  constructor(typingPause?: number) {
    const served = serveStreams(this.toServer, this.toClient, undefined, typingPause);
    this.state = served.state;
    this.exited = new Promise((resolve) => {
      // As lspCommand.ts on its standard input's end.
      const inputEnded = () => served.inputEnded(() => resolve(served.shutDown() ? 0 : 1));
      this.toServer.on("end", inputEnded).on("close", inputEnded);
    });
  }

  /** After the shutdown answer: the input ends, as an editor that closes the pipe rather than send `exit`. */
  end(): Promise<number> {
    this.endInput();
    return this.exited;
  }

  endInput(): void {
    this.toServer.end();
  }

  /**
   * Holds the server's input still, as SIGSTOP holds a spawned server: what the client sends
   * meanwhile waits in the stream (as in a pipe), unread. Its messages are small: a paused
   * PassThrough takes 16 KiB before a write waits.
   */
  suspend(): void {
    this.toServer.pause();
  }

  /** Lets a suspended server read on (as SIGCONT): it reads at once, in one chunk, all that waited. */
  resume(): void {
    this.toServer.resume();
  }

  /** A server in this process cannot be killed: its input ends, and it ends once it has answered what it read. */
  kill(): void {
    this.endInput();
  }
}
