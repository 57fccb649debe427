import { checkRequestOptions, verdictOf, type CheckRequestOptions } from "./checkRequest.js";
import { OmsValidationError } from "./omsValidationError.js";
import { omsTarget } from "./omsTarget.js";
import { checkFunction } from "./serviceArguments.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";

export interface PreSubmitOptions extends CheckRequestOptions {
  /**
   * Called with the error instead of rejecting: return a Response to answer the caller
   * with it (the request is still never sent), or nothing to reject with the error.
   */
  readonly onInvalid?: ((error: OmsValidationError, request: { readonly method: string; readonly url: string }) => Response | void | Promise<Response | void>) | undefined;
}

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** A body the request will still send once its text is read: the same value, or the other half of a tee. */
interface ReadBody {
  readonly text: string;
  /** Set when reading used the body up (a stream): what to send in its place. */
  readonly replacement?: BodyInit;
  /** The Content-Type fetch sends for this body when the headers give none (a Blob's type, text/plain for a string). */
  readonly contentType?: string;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

const decoder = new TextDecoder();

/**
 * A stream's text. Once the signal aborts, the stream is cancelled and the reading rejects with
 * the signal's reason, as fetch does: a body that stalls (an upload whose source stops sending)
 * ends with the caller's signal, not never.
 */
async function streamText(stream: ReadableStream<Uint8Array>, signal: AbortSignal | undefined): Promise<string> {
  try {
    return await new Response(signal ? stream.pipeThrough(new TransformStream(), { signal }) : stream).text();
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  }
}

/** What is being read, or the signal's reason once it aborts. */
function unlessAborted<T>(reading: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return reading;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    reading.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

/**
 * The text of a fetch body. A stream is teed: one half is read here, the other is sent,
 * so the server gets the same bytes in the same chunks. Other bodies (a string, bytes, a
 * Blob, form data) can be read again and are sent as they were given. A stream is read
 * until the caller's signal aborts, and then cancelled (both halves, so its source is told).
 */
async function readBody(body: BodyInit, signal: AbortSignal | undefined): Promise<ReadBody> {
  if (body instanceof ReadableStream) {
    const [mine, theirs] = body.tee();
    try {
      return { text: await streamText(mine, signal), replacement: theirs };
    } catch (error) {
      void theirs.cancel(error).catch(() => {});
      throw error;
    }
  }
  if (isAsyncIterable(body)) {
    // Node's fetch also takes an async iterable of chunks: gathered, then replayed as they came.
    const chunks: (Uint8Array | string)[] = [];
    const iterator = body[Symbol.asyncIterator]();
    const gather = async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) chunks.push(next.value);
    };
    // An async iterable cannot be cancelled while it waits (return() queues behind the pending next()): its owner ends it.
    await unlessAborted(gather(), signal);
    const text = chunks.map((c) => (typeof c === "string" ? c : decoder.decode(c, { stream: true }))).join("") + decoder.decode();
    const replay = async function* () {
      yield* chunks;
    };
    return { text, replacement: replay() as unknown as BodyInit };
  }
  // fetch takes the body's own type the way Response does (a Blob's type, text/plain;charset=UTF-8 for a string).
  const response = new Response(body);
  return { text: await response.text(), contentType: response.headers.get("content-type") ?? undefined };
}

/** The headers fetch sends: the given ones, with the body's own Content-Type when they carry none. */
function sentHeaders(given: HeadersInit | undefined, contentType: string | undefined): HeadersInit | undefined {
  if (contentType === undefined) return given;
  const headers = new Headers(given);
  if (!headers.has("content-type")) headers.set("content-type", contentType);
  return headers;
}

/**
 * A fetch that checks every OMS call before it is sent: a request to a known OMS host, or
 * under `baseUrl`, is matched to its endpoint (method, path, query, headers) and its body is
 * checked as the endpoint's kind (schema and rules, as validate()). If it fails, the
 * returned promise rejects with OmsValidationError (or resolves with `onInvalid`'s Response)
 * and the request never reaches the network. Every other request goes to `fetch` as it was
 * given, the same arguments, untouched.
 */
export function withPreSubmitCheck<F extends FetchLike>(fetch: F, options: PreSubmitOptions = {}): F {
  checkFunction("withPreSubmitCheck", "fetch", fetch, "a fetch function, such as globalThis.fetch");
  checkRequestOptions("withPreSubmitCheck", options, ["onInvalid"]);
  if (options.onInvalid !== undefined) checkFunction("withPreSubmitCheck", "options.onInvalid", options.onInvalid, "a function (error, request) => Response | void");
  const { onInvalid, ...checkOptions } = options;
  const checking = async (...args: Parameters<FetchLike>): Promise<Response> => {
    const [input, init] = args;
    const request = input instanceof Request ? input : undefined;
    const url = request ? request.url : String(input);
    if (omsTarget(url, checkOptions.baseUrl) === undefined) return fetch(...args);
    // An aborted call rejects with its signal's reason before anything is read, as fetch does.
    const signal = init?.signal ?? request?.signal ?? undefined;
    signal?.throwIfAborted();
    const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
    let headers = init?.headers ?? request?.headers;
    let sent = args;
    let text: string | undefined;
    if (init?.body !== undefined && init.body !== null) {
      const body = await readBody(init.body, signal);
      text = body.text;
      headers = sentHeaders(headers, body.contentType);
      if (body.replacement !== undefined) sent = [input, { ...init, body: body.replacement }];
    } else if (request?.body && init?.body === undefined) {
      // The clone tees the request's stream; the request itself is sent unread.
      text = await streamText(request.clone().body!, signal);
    }
    const verdict = verdictOf({ method, url, headers, body: text }, checkOptions);
    if (!verdict.valid) {
      const what = `${method} ${verdict.endpoint ?? "request"}`;
      const error = new OmsValidationError(verdict.kind, verdict.failures, parseQuietly(text), what);
      const answer = await onInvalid?.(error, { method, url });
      if (answer) return answer;
      throw error;
    }
    return fetch(...sent);
  };
  return checking as F;
}

/** The body's value, for the error's issue paths (array indexes as numbers); undefined if it does not parse. */
function parseQuietly(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(withoutByteOrderMark(text));
  } catch {
    return undefined;
  }
}
