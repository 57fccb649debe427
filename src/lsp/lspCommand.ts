// The `oms-lint lsp` subcommand's glue, and the one module outside src/cli that imports from
// it: the CLI hands it its io and reports its usage error (test/layout/cliLayer.test.ts).
// The server itself (server.ts and what it imports) needs nothing of the command line.
import type { CliIo } from "../cli/cliIo.js";
import { UsageError } from "../cli/usageError.js";

const usage = `oms-lint lsp [--stdio]

Runs the oms-lint language server over standard input and output (the Language Server
Protocol): diagnostics for every rule as you type, quick fixes, hovers with the documents'
passages. Editors start it themselves; see "In your editor" in the README.
`;

/**
 * `oms-lint lsp`: the language server, over stdio (the only transport; clients append
 * --stdio, and vscode-languageclient --clientProcessId=N). This module and the server are
 * imported only for this subcommand, so the language server's libraries never slow the
 * CLI's start. Resolves never: the server ends the process on the client's `exit`
 * notification (0 after a shutdown request, 1 without), or when its input closes, once it has
 * answered and written what it had read by then, and published the lints it put off.
 */
export async function runLsp(argv: readonly string[], io: CliIo): Promise<number> {
  for (const arg of argv) {
    if (arg === "--help" || arg === "-h") {
      io.writeStdout(usage);
      return 0;
    }
    if (arg !== "--stdio" && !/^--clientProcessId=\d+$/.test(arg)) {
      throw new UsageError(`oms-lint lsp: unknown option ${arg}; the server speaks over stdio only (oms-lint lsp --stdio)`);
    }
  }
  const [{ serveStreams }, { isClosedConnection }] = await Promise.all([import("./serveStreams.js"), import("./closedConnection.js")]);
  // A client gone while a request was handled: no stack trace; the end of input ends the process. Any other rejection is thrown as Node would.
  process.on("unhandledRejection", (reason) => {
    if (!isClosedConnection(reason)) throw reason;
  });
  const served = serveStreams(process.stdin, process.stdout);
  // vscode-languageserver ends the process when its input ends only for an input it reads
  // itself; this one goes through GuardedMessageReader. As it does: 0 after shutdown, else 1;
  // but only once the messages read before the end are answered, the lints they put off are
  // published, and all is written (or a bounded while), where it ended at once and a client
  // that closed the pipe after writing got nothing.
  const inputEnded = () => served.inputEnded(() => process.exit(served.shutDown() ? 0 : 1));
  process.stdin.on("end", inputEnded).on("close", inputEnded);
  return new Promise<number>(() => {});
}
