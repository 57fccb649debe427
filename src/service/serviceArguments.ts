import { describeArgument } from "../engine/argumentWords.js";
import { checkReadable } from "../lint/libraryArguments.js";

/**
 * The service API's arguments, checked at its edge as the library's are: a wrong one is a
 * TypeError naming the function, the argument and what it takes, never V8's own ("Cannot
 * read properties of undefined (reading 'url')", "entry.method.toUpperCase is not a function").
 */

export function checkFunction(fn: string, name: string, value: unknown, expected: string): void {
  if (typeof value !== "function") throw new TypeError(`${fn}: ${name} must be ${expected}; got ${describeArgument(value)}`);
}

function isHeadersInit(value: unknown): boolean {
  return value instanceof Headers || Array.isArray(value) || (typeof value === "object" && value !== null);
}

/** checkRequest's request: `{ url, method?, headers?, body? }` as fetch would be given them, the body as text. */
export function checkRequestToCheck(request: unknown): void {
  const fn = "checkRequest";
  checkReadable(fn, "the request", request);
  if (typeof request !== "object" || request === null || Array.isArray(request) || request instanceof URL) {
    throw new TypeError(`${fn}: the request must be an object { method, url, headers, body }; got ${describeArgument(request)}`);
  }
  const { url, method, headers, body } = request as Record<string, unknown>;
  if (typeof url !== "string" && !(url instanceof URL)) throw new TypeError(`${fn}: request.url must be a string or a URL; got ${describeArgument(url)}`);
  if (method !== undefined && typeof method !== "string") throw new TypeError(`${fn}: request.method must be a string such as "POST"; got ${describeArgument(method)}`);
  if (headers !== undefined && !isHeadersInit(headers)) {
    throw new TypeError(`${fn}: request.headers must be Headers, an object of names and values, or a list of pairs; got ${describeArgument(headers)}`);
  }
  // A fetch Request (or Response) holds its body as a stream, which a synchronous check cannot read.
  if (typeof ReadableStream === "function" && body instanceof ReadableStream) {
    throw new TypeError(
      `${fn}: request.body is a stream (a fetch Request's?), which a synchronous check cannot read; pass { method, url, headers, body: await request.clone().text() }, or wrap fetch with withPreSubmitCheck`,
    );
  }
  if (body !== undefined && body !== null && typeof body !== "string") {
    throw new TypeError(`${fn}: request.body must be the body's text (a string), or null or undefined for none; got ${describeArgument(body)}`);
  }
}
