import { isInteger } from "./lspParams.js";

/**
 * The notification the reader hands the server, in the order of the messages, in place of a
 * message it could not read (over the size limit) that may have changed a document: the server
 * then no longer has that document's text as the client has it.
 */
export const droppedMethod = "$/oms-lint/dropped";

/** What is known of a dropped message: its method, document and the document's version, where its first bytes name them, and why it was dropped. */
export interface Dropped {
  readonly method?: string;
  readonly uri?: string;
  /** The version the client's document is at once it sent the message (LSP: a didOpen and a didChange name it), an LSP integer (|v| ≤ 2^31). */
  readonly version?: number;
  readonly why: string;
}

/** The methods whose loss leaves the server with a document's text that the client no longer has. */
export const documentSyncMethods: ReadonlySet<string> = new Set(["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose"]);

/** Dropped's params, as the server reads them (a client may send the method too). */
export function droppedProblem(params: unknown): string | undefined {
  if (typeof params !== "object" || params === null) return "params must be an object";
  const { method, uri, version, why } = params as Record<string, unknown>;
  if (typeof why !== "string") return "why must be a string";
  if (method !== undefined && typeof method !== "string") return "method must be a string";
  if (uri !== undefined && typeof uri !== "string") return "uri must be a string";
  if (version !== undefined && !isInteger(version)) return "version must be an integer";
  return undefined;
}
