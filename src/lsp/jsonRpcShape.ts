import { ownFields } from "../engine/ownField.js";
import type { Message } from "vscode-languageserver";

/** A body that parsed as JSON: a message the connection can take, or why it is not one and whom to tell. */
export type Shape = { readonly message: Message } | { readonly invalid: string; readonly id: string | number | null };

const isId = (id: unknown): id is string | number => typeof id === "string" || typeof id === "number";
const isParams = (params: unknown) => params === undefined || typeof params === "object";

/**
 * Whether a JSON value is a JSON-RPC 2.0 request, notification or response, as vscode-jsonrpc
 * tells them apart (a request's id a string or a number, a response's result or error). Anything
 * else JSON-RPC calls an Invalid Request; its error response names the message's id only when
 * the message is a request that has a usable one: echoing the id of something that looks like
 * a response would answer, falsely, a request the client is waiting on.
 */
export function jsonRpcShape(value: unknown): Shape {
  if (Array.isArray(value)) return { invalid: "a batch (a JSON array) is not part of the Language Server Protocol", id: null };
  if (typeof value !== "object" || value === null) return { invalid: `a message must be a JSON object, not ${value === null ? "null" : typeof value}`, id: null };
  const candidate = value as Record<string, unknown>;
  if ("method" in candidate) {
    const id = "id" in candidate && isId(candidate.id) ? candidate.id : null;
    if (typeof candidate.method !== "string") return { invalid: "a message's method must be a string", id };
    if ("id" in candidate && !isId(candidate.id)) return { invalid: "a request's id must be a string or a number", id: null };
    // vscode-jsonrpc reads a cancellation's id before any handler, and threw its own TypeError
    // on one without it (found by the review of the stop: the client was answered "Cannot read
    // properties of undefined (reading 'id')").
    if (candidate.method === "$/cancelRequest" && !isId((candidate.params as { id?: unknown } | null | undefined)?.id)) {
      return { invalid: "$/cancelRequest: params.id must be the string or number id of the request to cancel", id };
    }
    // `"params": null` is what Zed sends for a method that takes none (shutdown, exit): read as params left out, as vscode-jsonrpc reads it.
    if (candidate.params === null) {
      const { params: _null, ...withoutParams } = candidate;
      return { message: ownFields(withoutParams) as unknown as Message };
    }
    if (!isParams(candidate.params)) return { invalid: `${candidate.method}: params must be an object or an array`, id };
    return { message: candidate as unknown as Message };
  }
  const answers = candidate.result !== undefined || (typeof candidate.error === "object" && candidate.error !== null);
  if (answers && (isId(candidate.id) || candidate.id === null)) return { message: candidate as unknown as Message };
  return { invalid: "a message is neither a request, a notification nor a response (it has no method, and no result or error with an id)", id: null };
}
