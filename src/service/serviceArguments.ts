import { describeArgument, describeArgumentUnquoted } from "../engine/argumentWords.js";
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

/** A request checkRequest can check: a RequestToCheck whose headers were read as fetch reads them. */
interface CheckedRequest {
  readonly url: string | URL;
  readonly method: string | undefined;
  readonly headers: Headers | undefined;
  readonly body: string | null | undefined;
}

/**
 * checkRequest's request: `{ url, method?, headers?, body? }` as fetch would be given them, the
 * body as text. Given back with its headers read once, as fetch reads them (a Headers).
 */
export function checkRequestToCheck(request: unknown): CheckedRequest {
  const fn = "checkRequest";
  checkReadable(fn, "the request", request);
  if (typeof request !== "object" || request === null || Array.isArray(request) || request instanceof URL) {
    throw new TypeError(`${fn}: the request must be an object { method, url, headers, body }; got ${describeArgument(request)}`);
  }
  const { url, method, headers, body } = request as Record<string, unknown>;
  if (typeof url !== "string" && !(url instanceof URL)) throw new TypeError(`${fn}: request.url must be a string or a URL; got ${describeArgument(url)}`);
  if (method !== undefined && typeof method !== "string") throw new TypeError(`${fn}: request.method must be a string such as "POST"; got ${describeArgument(method)}`);
  if (headers !== undefined && !isHeadersInit(headers)) {
    throw new TypeError(`${fn}: request.headers must be Headers, an object of names and values, or a list of pairs; got ${describeArgumentUnquoted(headers)}`);
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
  return { url, method, headers: headers === undefined ? undefined : fetchHeaders(fn, headers as HeadersInit), body };
}

/**
 * The headers as fetch reads them. Ones it refuses are a TypeError naming the function, not
 * Node's "Headers.append: "…" is an invalid header value", which quotes the value (a token?):
 * neither the name nor the value is quoted. Node's error is no cause either: console.error prints
 * a cause ("[cause]: TypeError: Headers.append: "Bearer tok_…"), which had kept the value the
 * message leaves out (found by the audit of 2a6398a); its other TypeErrors quote a value too
 * ("init[0] (…) is not iterable"). The caller's entries are read first (callerEntries), so that
 * an error their code throws, a TypeError too, is the cause: told apart by its type, a getter
 * reading `cfg.auth.token` of an empty cfg was blamed on fetch's Headers, its error dropped
 * (found by the audit of the last service fixes). Headers is then built of what was read.
 */
export function fetchHeaders(fn: string, headers: HeadersInit, what = "request.headers"): Headers {
  const entries = headerEntries(fn, headers, what);
  try {
    return new Headers(entries);
  } catch (error) {
    throw new TypeError(refusedHeadersMessage(fn, what, error as TypeError));
  }
}

/** The caller's headers read once (callerEntries); an error their code throws is the cause of a TypeError naming the function. */
export function headerEntries(fn: string, headers: HeadersInit, what: string): HeadersInit {
  try {
    return callerEntries(headers);
  } catch (error) {
    throw new TypeError(`${fn}: ${what} cannot be read as fetch reads them (${headersFetchReads}; reading them threw, the error is this one's cause)`, { cause: error });
  }
}

/**
 * Headers that reading uses up: an iterable that is no array, no Headers (any library's: it has
 * get and has) and no Map (each iterates afresh), such as a generator or `map.entries()`.
 */
export function isOneShotHeaders(headers: unknown): boolean {
  if (typeof headers !== "object" || headers === null || Array.isArray(headers)) return false;
  const shape = headers as { [Symbol.iterator]?: unknown; get?: unknown; has?: unknown };
  return typeof shape[Symbol.iterator] === "function" && !(typeof shape.get === "function" && typeof shape.has === "function");
}

/**
 * What fetch's Headers reads of the caller's headers, read here by the same steps (WebIDL's
 * sequence<sequence<ByteString>> or record<ByteString, ByteString>), each running only the
 * caller's code: iterators, getters, Proxy traps, an object's conversion to a string. What
 * fetch refuses without running any (a symbol, a pair that is no list, a name with a space) is
 * left as it stands, for Headers to refuse. A Headers is read by its iterator too: a subclass's
 * own iterator, or a Proxy's trap around one, is the caller's code, and its error was blamed on
 * fetch's Headers with no cause (found by the audit of the last service fixes); a genuine one
 * iterates its pairs of strings.
 */
function callerEntries(headers: HeadersInit): HeadersInit {
  const listed = headers as unknown as { [Symbol.iterator]?: unknown };
  if (typeof listed[Symbol.iterator] === "function") return Array.from(listed as Iterable<unknown>, pairRead) as HeadersInit;
  const record: [PropertyKey, unknown][] = [];
  for (const key of Reflect.ownKeys(headers)) {
    if (Reflect.getOwnPropertyDescriptor(headers, key)?.enumerable) record.push([key, textOf(Reflect.get(headers, key))]);
  }
  // A list of pairs keeps each name's place: Headers reads a record's entries in this order too.
  return record as unknown as HeadersInit;
}

/** One entry of a list of pairs, read through its own iterator where it has one. */
function pairRead(pair: unknown): unknown {
  const listed = pair as { [Symbol.iterator]?: unknown } | null;
  if (typeof pair !== "object" || listed === null || typeof listed[Symbol.iterator] !== "function") return pair;
  return Array.from(pair as Iterable<unknown>, textOf);
}

/** A name or value as a string, where turning it into one runs the caller's code (toString, Symbol.toPrimitive). */
function textOf(value: unknown): unknown {
  return (typeof value === "object" && value !== null) || typeof value === "function" ? String(value) : value;
}

const headersFetchReads = "Headers, an object of names and values, or a list of [name, value] pairs";

/** What is wrong with headers fetch's Headers refused, in words that quote none of them. */
function refusedHeadersMessage(fn: string, what: string, error: TypeError): string {
  const fault = /is an (invalid header (?:name|value))\.?$/.exec(error.message)?.[1];
  return fault === undefined
    ? `${fn}: ${what} cannot be read as fetch reads them (${headersFetchReads}; fetch's Headers refused them with a TypeError, not quoted here: it may quote a value)`
    : `${fn}: ${what} holds an ${fault}, which fetch refuses too (a name is a token: no spaces, colons or line breaks; a value holds no line break or NUL); neither is quoted here`;
}
