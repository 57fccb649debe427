import { describeArgument, quotedText } from "../engine/argumentWords.js";
import { callerField } from "../engine/callerField.js";
import { checkReadable } from "../lint/libraryArguments.js";

/**
 * A Request as the pre-submit check reads it: the global class's, or another fetch's
 * (node-fetch's, the undici package's), which is no instance of the global class and whose
 * String() is "[object Request]": taken for a URL, an OMS call made with one went out
 * unchecked (found by audit).
 */
export interface RequestShape {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** The request's signal, when it is an AbortSignal (node-fetch's may be another EventTarget, which the check cannot wait on). */
  readonly signal: AbortSignal | undefined;
  /**
   * Its body: a web stream (the global class's, undici's), a Node stream (node-fetch's), null or
   * undefined for none. Read when asked: clone() puts one half of its tee in the request's place,
   * the half that is sent, or cancelled.
   */
  readonly body: unknown;
  readonly bodyUsed: boolean;
  /** A copy of the request, whose body can be read while the request's own is sent unread; undefined for a request without clone(). */
  readonly clone: (() => RequestCopy) | undefined;
}

/** What the check reads of a Request's copy: its body, or its bytes. */
export interface RequestCopy {
  readonly body: unknown;
  readonly arrayBuffer?: () => Promise<ArrayBuffer>;
}

/**
 * fetch's first argument as a Request: undefined for a URL (a string, a URL object, or an
 * object whose text is a URL: fetch sends to String(input)); a TypeError for any other
 * object, whose URL cannot be read, rather than pass it on unchecked. A Request is read by
 * its shape, a string `url`, a string `method` and `headers` with get(), through what the
 * object itself answers (callerField): a polluted Object.prototype's url makes no object a Request.
 */
export function requestOf(input: unknown): RequestShape | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  // A revoked Proxy: the function's words, not V8's from the instanceof below.
  checkReadable("withPreSubmitCheck", "the request", input);
  if (input instanceof URL) return undefined;
  if (input instanceof Request) return globalRequest(input);
  const shaped = shapedRequest(input);
  if (shaped !== undefined) return shaped;
  const text = textOf(input);
  if (text !== undefined && URL.canParse(text)) return undefined;
  throw new TypeError(
    `withPreSubmitCheck: the request is ${describeArgument(input)} whose URL cannot be read (String() gives ${text === undefined ? "nothing: it throws" : quotedText(text)}, and it has no url, method and headers of a Request), so it cannot be checked; pass a URL, its text, or a Request`,
  );
}

function globalRequest(request: Request): RequestShape {
  const { url, method, headers, signal, bodyUsed } = request;
  return {
    url,
    method,
    headers,
    signal,
    get body() {
      return request.body;
    },
    bodyUsed,
    clone: () => request.clone(),
  };
}

/** A Request of another fetch, by its shape; undefined for an object without it, or one no look can read (a revoked Proxy, a getter that throws). */
function shapedRequest(input: object): RequestShape | undefined {
  try {
    const url = callerField(input, "url");
    const method = callerField(input, "method");
    const headers = callerField(input, "headers");
    if (typeof url !== "string" || typeof method !== "string" || !hasGet(headers)) return undefined;
    const signal = callerField(input, "signal");
    const clone = callerField(input, "clone");
    return {
      url,
      method,
      // Headers of another fetch are iterable name-value pairs, as Headers takes them (node-fetch's, undici's).
      headers: new Headers(headers as HeadersInit),
      signal: signal instanceof AbortSignal ? signal : undefined,
      get body() {
        return callerField(input, "body");
      },
      bodyUsed: callerField(input, "bodyUsed") === true,
      // Called on the request itself, so that a class's private fields (undici's #state) answer.
      clone: typeof clone === "function" ? () => clone.call(input) as RequestCopy : undefined,
    };
  } catch {
    return undefined;
  }
}

function hasGet(headers: unknown): boolean {
  return typeof headers === "object" && headers !== null && typeof (headers as { get?: unknown }).get === "function";
}

/** String(input), as fetch reads an input that is no Request; undefined when it throws (an object with no toString). */
function textOf(input: object): string | undefined {
  try {
    return String(input);
  } catch {
    return undefined;
  }
}
