import { ownFields } from "../engine/ownField.js";
import { initializeProblem } from "./lspParams.js";
import { ResponseError, type Connection, type Message, type MessageStrategy, type NotificationMessage, type RequestMessage } from "vscode-languageserver";

/** JSON-RPC's and LSP's error codes for a request the server's state refuses (LSP 3.17, "Base Protocol"). */
const serverNotInitialized = -32002;
const invalidRequest = -32600;
const invalidParams = -32602;

const cancelRequest = "$/cancelRequest";

/** The method a refused request is handed on as: its handler answers with the refusal's error. */
const refusedMethod = "$/oms-lint/refused";

interface Refusal {
  readonly code: number;
  readonly message: string;
}

const isRequest = (message: Message): message is RequestMessage => "method" in message && "id" in message;
const isNotification = (message: Message): message is NotificationMessage => "method" in message && !("id" in message);

/**
 * The server's lifecycle, as LSP states it and vscode-languageserver leaves to the server
 * (it hands any request to its handler, or answers MethodNotFound, whatever the state):
 * before `initialize`, a request is answered with ServerNotInitialized (-32002) and a
 * notification is dropped (`exit` and `$/cancelRequest` aside); after `shutdown`, a request is answered with
 * InvalidRequest (-32600), as is a second `initialize`; an `initialize` whose params LSP does not
 * allow gets InvalidParams (-32602), and the server stays uninitialized. A refused request goes on under
 * another method, whose handler (answerRefusals) replies with the error, to the request's id.
 */
export function lifecycleGate(): MessageStrategy & { readonly shutDown: boolean } {
  let state: "new" | "running" | "shutDown" = "new";
  const refusedWith = (request: RequestMessage, refusal: Refusal): RequestMessage => ownFields({ ...request, method: refusedMethod, params: ownFields(refusal) });
  const refused = (request: RequestMessage, code: number, why: string) => refusedWith(request, { code, message: `oms-lint: ${request.method} ${why}` });
  return {
    /** Whether the client has asked for shutdown: the exit code when the input ends. */
    get shutDown() {
      return state === "shutDown";
    },
    handleMessage(message, next) {
      if (isRequest(message)) {
        if (state === "new" && message.method !== "initialize") return next(refused(message, serverNotInitialized, "before initialize"));
        if (state === "shutDown") return next(refused(message, invalidRequest, "after shutdown"));
        if (state === "running" && message.method === "initialize") return next(refused(message, invalidRequest, "was sent twice"));
        if (message.method === "initialize") {
          // Refused before the server is started on it: the client may send a better one.
          const problem = initializeProblem(message.params);
          if (problem !== undefined) return next(refusedWith(message, { code: invalidParams, message: `oms-lint: initialize: ${problem}` }));
          state = "running";
        }
        if (message.method === "shutdown") state = "shutDown";
      } else if (isNotification(message) && state === "new" && message.method !== "exit" && message.method !== cancelRequest) {
        // $/cancelRequest goes on: vscode-jsonrpc notes each one's id as it arrives, and lets
        // the note go only when it handles the notification; dropped here, every cancellation
        // sent before initialize stayed in its set for ever.
        return;
      }
      return next(message);
    },
  };
}

/** Answers the requests lifecycleGate refused with their errors. */
export function answerRefusals(connection: Connection): void {
  connection.onRequest(refusedMethod, ({ code, message }: Refusal) => new ResponseError(code, message));
}
