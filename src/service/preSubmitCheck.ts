import { ownOptions } from "../lint/ownOptions.js";
import { bodyPastLimitVerdict, calledEndpoint, checkRequestOptions, verdictOf, type CheckRequestOptions, type RequestVerdict } from "./checkRequest.js";
import { isBlobLike, type BlobLike } from "./blobLike.js";
import { BlobMisstated, BodyPastLimit, bodySizeOptionName, knownBodySize, maxBodySizeOf, type BodySizeOptions } from "./bodySize.js";
import { GatheredBytes } from "./gatheredBytes.js";
import { bodyTooLargeMessage, chunksPastLimitMessage, decodedTooLargeMessage, formTooLargeMessage, misstatedBlobMessage, type LimitOrigin } from "../source/fileSize.js";
import { decodedBody, DecodedPastLimit } from "./contentEncoding.js";
import { formEntriesWithin, globalFormData, isFormDataLike, type FormDataLike } from "./formDataLike.js";
import { OmsValidationError } from "./omsValidationError.js";
import { checkedUrl } from "./relativeUrl.js";
import { omsTarget } from "./omsTarget.js";
import { Readable } from "node:stream";
import { checkFunction, fetchHeaders, headerEntries, isOneShotHeaders } from "./serviceArguments.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import { pastLimitShape } from "./pastLimitShape.js";
import type { StructureLimits } from "../source/entryCount.js";
import { limitsOf } from "../lint/oversizedValue.js";
import { decodeUtf8 } from "../source/utf8.js";
import { describeArgument, quotedText } from "../engine/argumentWords.js";
import { requestOf, type RequestShape } from "./requestShape.js";
import { waitableSignal } from "./callerSignal.js";
import { isNodeStream, unreadableNodeStream } from "./nodeStream.js";

/**
 * `Answer`: the Response onInvalid may answer with. withPreSubmitCheck asks for the wrapped
 * fetch's own (AnswerOf); the global Response by default, the global fetch's.
 */
export interface PreSubmitOptions<Answer = Response> extends CheckRequestOptions, BodySizeOptions {
  /**
   * Called with the error instead of rejecting: return a Response to answer the caller
   * with it (the request is still never sent), or nothing to reject with the error.
   */
  readonly onInvalid?: ((error: OmsValidationError, request: { readonly method: string; readonly url: string }) => Answer | null | void | Promise<Answer | null | void>) | undefined;
}

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * What withPreSubmitCheck wraps: a function called with a URL's text (and init), that returns a
 * promise. The global fetch, undici's, node-fetch's, whose Request, RequestInit and Response are
 * types of their own: typed as FetchLike, node-fetch's needed a cast (found by audit). The
 * wrapper reads a Request by its shape (requestOf) and a Response by its shape (isResponse).
 */
export type AnyFetch = (input: string, init?: never) => Promise<unknown>;

/** What the wrapper takes for a Response at run time (isResponse), whatever fetch's class it is. */
interface ResponseShape {
  readonly status: number;
  readonly headers: object;
  text(): unknown;
}

/**
 * What onInvalid answers `fetch`'s caller with by default: what `fetch` promises (node-fetch's own
 * Response for node-fetch: typed as the global one, it needed a cast, found by audit), checked
 * against the shape the runtime reads (isResponse), for a fetch typed to promise anything.
 */
export type AnswerOf<F extends AnyFetch> = Awaited<ReturnType<F>> & ResponseShape;

/**
 * The checked fetch: what the wrapper is at run time, a plain async function of F's parameters
 * (an overloaded F's last signature's) that promises, in a native Promise, what F's promise gives,
 * or R, another Response onInvalid may answer with (the global one, for node-fetch's wrapper).
 * Typed `F` where onInvalid answered with the global Response, node-fetch's `res.buffer()`
 * compiled on it, a TypeError at run time (found by the audit of the typing that allowed it);
 * typed `F` for any answer, a ky-like F's statics (`omsKy.post(…)`) and its promise's own methods
 * (`omsKy(url).json()`) compiled and threw (found by the audit of the service surface). A fetch
 * with neither, the global one or node-fetch's, is still assignable to its own type.
 */
export type CheckedFetch<F extends AnyFetch, R = never> = (...args: Parameters<F>) => Promise<Awaited<ReturnType<F>> | R>;

/**
 * A body's text; or, when its bytes are no UTF-8 text or cannot be decoded as its
 * Content-Encoding says, what they read as with replacement characters and why they were not checked.
 */
interface BodyText {
  readonly text: string;
  readonly unreadable?: string;
}

/** A body the request will still send once its bytes are read: the same value, or the bytes read from a stream. */
interface ReadBody {
  /** The bytes sent, before any Content-Encoding is undone. */
  readonly bytes: Uint8Array;
  /** Set when reading used the body up (a stream): what to send in its place. */
  readonly replacement?: BodyInit;
  /** The Content-Type fetch sends for this body when the headers give none (a Blob's type, text/plain for a string). */
  readonly contentType?: string;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/**
 * The text the server reads: the bytes sent, decoded as their Content-Encoding says (RFC 9110
 * §8.4), then as UTF-8. The bytes sent stay the caller's: only what is checked is decoded. Gzip
 * bytes read as they are were refused as "not UTF-8 text (byte 0x8B at offset 1)" (found by the
 * service audit).
 */
async function checkedText(bytes: Uint8Array, encoding: string | null, signal: AbortSignal | undefined, limit: number): Promise<BodyText> {
  const decoded = await unlessAborted(decodedBody(bytes, encoding, limit), signal);
  return "undecoded" in decoded ? { text: new TextDecoder().decode(bytes), unreadable: decoded.undecoded } : bodyText(decoded.bytes);
}

/** JSON is UTF-8 (RFC 8259 §8.1): bytes in another encoding are said to be, as a file's are, not read as "\uFFFD". */
function bodyText(bytes: Uint8Array): BodyText {
  const decoded = decodeUtf8(bytes, "body");
  return decoded.ok ? { text: decoded.text } : { text: new TextDecoder().decode(bytes), unreadable: decoded.message };
}

/**
 * A stream's bytes, up to `limit`, copied as they arrive (GatheredBytes): past it, the stream is
 * cancelled and the reading rejects with BodyPastLimit. Once the signal aborts, the stream is
 * cancelled and the reading rejects with the signal's reason, as fetch does: a body that stalls
 * (an upload whose source stops sending) ends with the caller's signal, not never.
 */
async function streamBytes(stream: ReadableStream<unknown>, signal: AbortSignal | undefined, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const gathered = new GatheredBytes(limit);
  // A pending read() ends (done) once the stream is cancelled.
  const abort = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener("abort", abort, { once: true });
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) gathered.add(next.value);
    signal?.throwIfAborted();
    return gathered.bytes();
  } catch (error) {
    // Not awaited: a tee's branch (a Request's clone) settles its cancel only once the other branch is cancelled too.
    reader.cancel(error).catch(() => {});
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener("abort", abort);
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
 * The text of a fetch body. A stream, a web one or a Node one (an async iterable), is read
 * whole, and its bytes are sent in its place. Other bodies (a string, bytes, a Blob, form
 * data) can be read again and are sent as they were given. A stream is read until the
 * caller's signal aborts or it passes `limit` bytes, and then cancelled (so its source is
 * told); a body of known size past it is not read, nor form data whose entries pass it.
 */
async function readBody(body: BodyInit, signal: AbortSignal | undefined, limit: number): Promise<ReadBody> {
  if (body instanceof ReadableStream) {
    // Node's own test, which takes a web stream too (its types name only Node's streams).
    if (body.locked || Readable.isDisturbed(body as unknown as Readable)) throw usedStream();
    // Its bytes are sent in its place: the tee's other half reached the server as the text
    // "[object ReadableStream]" through node-fetch, which streams only a Node stream (found by
    // the audit of 84a7536); bytes are a body every fetch sends as they are.
    const bytes = await streamBytes(body, signal, limit);
    return { bytes, replacement: bytes };
  }
  if (isAsyncIterable(body)) {
    // A Node stream (fs.createReadStream): its bytes, joined, are sent in its place. Replayed as
    // an async generator, they reached the server as the text "[object AsyncGenerator]" through
    // node-fetch, which streams only a Node stream and sends String() of anything else (found by
    // the audit of the service surface); bytes are a body every fetch sends as they are.
    const bytes = await iterableBytes(body, signal, limit);
    return { bytes, replacement: bytes };
  }
  if (isNodeStream(body)) throw unreadableNodeStream();
  if (!isBodyInit(body)) throw objectBody(body);
  const size = knownBodySize(body);
  if (size !== undefined && size > limit) throw new BodyPastLimit(size, limit);
  if (isBlobLike(body)) return readBlob(body, signal, limit);
  if (isFormDataLike(body)) return readFormData(body, signal, limit);
  return readOtherBody(body, signal, limit);
}

/**
 * A Blob's text; its type is the Content-Type fetch sends when the headers give none. It is
 * sent as it was given: a Blob can be read again. Its size was checked before it was read;
 * another library's is read as otherBlobBytes reads it, held to its size.
 */
async function readBlob(blob: BlobLike, signal: AbortSignal | undefined, limit: number): Promise<ReadBody> {
  const bytes = blob instanceof Blob ? new Uint8Array(await unlessAborted(blob.arrayBuffer(), signal)) : await otherBlobBytes(blob, signal, limit);
  return { bytes, ...(blob.type === "" ? {} : { contentType: blob.type }) };
}

/**
 * The bytes of another library's Blob (the global Response takes none), read through its
 * stream no further than `limit`, and held to its size, which was checked against the limit
 * before: one whose size said 10 bytes while its arrayBuffer() gave 400 MB was read whole
 * before it was refused (RSS 56 MB → 1.26 GB), and in node-fetch's FormData, fetch-blob threw
 * "RangeError: offset is out of bounds" (found by the audit of the last service fixes). Bytes
 * that are not its size are no body to check: what is checked need not be what is sent.
 */
async function otherBlobBytes(blob: BlobLike, signal: AbortSignal | undefined, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await blobStreamBytes(blob, signal, limit);
  } catch (error) {
    // Its size is within the limit: bytes past it are more than it says.
    if (error instanceof BodyPastLimit) throw new BlobMisstated(blob.size, "past the limit", limit);
    throw error;
  }
  if (bytes.byteLength !== blob.size) throw new BlobMisstated(blob.size, bytes.byteLength, limit);
  return bytes;
}

/**
 * A Blob's bytes through its stream (a web one, or a Node one), up to `limit`; through its
 * arrayBuffer() when its stream is neither. A stream's own error is the caller's, and rejects
 * as it would from fetch: read as a misstated size too, a RangeError of theirs was swallowed
 * into a finding (found by the audit of the last service fixes).
 */
async function blobStreamBytes(blob: BlobLike, signal: AbortSignal | undefined, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const stream = blob.stream();
  if (stream instanceof ReadableStream) return streamBytes(stream as ReadableStream<Uint8Array>, signal, limit);
  if (isAsyncIterable(stream)) return iterableBytes(stream, signal, limit);
  const bytes = new Uint8Array(await unlessAborted(arrayBufferHeldToSize(blob, limit), signal));
  if (bytes.byteLength > limit) throw new BodyPastLimit(bytes.byteLength, limit);
  return bytes;
}

/** A Blob's arrayBuffer(), where fetch-blob's sets each part into an array of its size: more bytes are a RangeError, read as a misstated size. */
async function arrayBufferHeldToSize(blob: BlobLike, limit: number): Promise<ArrayBuffer> {
  try {
    return await blob.arrayBuffer();
  } catch (error) {
    throw error instanceof RangeError ? new BlobMisstated(blob.size, "out of bounds", limit) : error;
  }
}

/**
 * The text of form data, any library's, written out as the global Response writes it. Its names
 * and values are summed first, no further than the limit: written out whole and measured after,
 * a form holding a 200 MB file took 670 MB before it was refused (found by the audit of
 * 84a7536). It is sent as it was given, which every fetch writes as multipart.
 */
async function readFormData(form: FormDataLike, signal: AbortSignal | undefined, limit: number): Promise<ReadBody> {
  const entries = formEntriesWithin(form, limit);
  if ("bytes" in entries) {
    const { bytes, entriesLeft } = entries;
    // Past the limit by their count alone (empty entries that never end): no bytes to name.
    throw bytes > limit ? new BodyPastLimit(undefined, limit, bytes, entriesLeft) : new BodyPastLimit(undefined, limit);
  }
  const bytesOf = (blob: BlobLike, left: number) => otherBlobBytes(blob, signal, left);
  return readOtherBody(await unlessAborted(globalFormData(form, entries, bytesOf, limit), signal), signal, limit);
}

/**
 * The text of a string, bytes, form data or search parameters, read as a Response reads them:
 * through its stream, which stops at `limit` (form data and search parameters have a size only
 * once written).
 */
async function readOtherBody(body: BodyInit, signal: AbortSignal | undefined, limit: number): Promise<ReadBody> {
  // fetch takes the body's own type the way Response does (text/plain;charset=UTF-8 for a string).
  const response = new Response(body);
  const bytes = response.body === null ? new Uint8Array() : await streamBytes(response.body, signal, limit);
  return { bytes, contentType: response.headers.get("content-type") ?? undefined };
}

/**
 * The bytes of an async iterable's chunks, up to `limit`, copied as they arrive (GatheredBytes):
 * past it the iterable is ended (a Node stream is destroyed), as a web stream is cancelled, and
 * the reading rejects with BodyPastLimit.
 */
async function iterableBytes(iterable: AsyncIterable<unknown>, signal: AbortSignal | undefined, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const gathered = new GatheredBytes(limit);
  const iterator = iterable[Symbol.asyncIterator]();
  const gather = async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      try {
        gathered.add(next.value);
      } catch (error) {
        if (error instanceof BodyPastLimit) await iterator.return?.();
        throw error;
      }
    }
  };
  // An async iterable cannot be cancelled while it waits (return() queues behind the pending next()): its owner ends it.
  await unlessAborted(gather(), signal);
  return gathered.bytes();
}

/**
 * The text of a Request's body. A stream, a web one (the global Request's, the undici package's)
 * or a Node one (node-fetch's), is read itself, and its bytes are sent in its place
 * (sentWithBody); past `limit` it is cancelled, so that its source is told. Read through a clone,
 * which tees it, the half left unread held every chunk queued: a body of 403,861 one-byte chunks
 * was checked in 2 s and then sent 0 bytes in 112 s (service audit); node-fetch's clone pipes it
 * into two PassThroughs, and the one left unread stopped the source at its highWaterMark. Any
 * other body is read through the clone's arrayBuffer(), and the request sent unread.
 */
async function readRequestBody(request: RequestShape, signal: AbortSignal | undefined, limit: number): Promise<ReadBody> {
  if (request.bodyUsed) throw usedRequest();
  const { body } = request;
  if (body instanceof ReadableStream) {
    const bytes = await streamBytes(body, signal, limit);
    return { bytes, replacement: bytes };
  }
  if (isAsyncIterable(body)) {
    const bytes = await iterableBytes(body, signal, limit);
    return { bytes, replacement: bytes };
  }
  const copy = request.clone?.();
  if (typeof copy?.arrayBuffer !== "function") throw unreadableRequestBody(body);
  const bytes = new Uint8Array(await unlessAborted(copy.arrayBuffer(), signal));
  if (bytes.byteLength > limit) throw new BodyPastLimit(bytes.byteLength, limit);
  return { bytes };
}

/**
 * The call, its stream read, with the bytes read in the stream's place: a global Request is sent
 * as a new one built from it (its method, headers, signal, redirect, credentials and the rest
 * kept); any other (node-fetch's, the undici package's) with the bytes as init.body, which fetch,
 * and node-fetch's, take over the Request's, the rest of init as given.
 */
function sentWithBody(input: Parameters<FetchLike>[0], init: RequestInit | undefined, body: BodyInit): Parameters<FetchLike> {
  // A Request built from another with any init resets its referrer and referrer policy (the Fetch standard):
  // given again, the Referer header goes as the caller's Request would have sent it (audit of the change).
  if (input instanceof Request && (init?.body === undefined || init.body === null)) return [new Request(input, { body, referrer: input.referrer, referrerPolicy: input.referrerPolicy }), init];
  return [input, { ...init, body }];
}

/** A Request whose body is neither a stream nor readable through a clone: it cannot be checked, so it is not sent. */
function unreadableRequestBody(body: unknown): TypeError {
  return new TypeError(
    `withPreSubmitCheck: the Request's body is ${describeArgument(body)}, which the check cannot read (neither a stream nor readable through request.clone().arrayBuffer()), so it is not sent; pass the body's text in init.body`,
  );
}

/** A body fetch sends: a stream (a web one, a Node one, form-data's legacy one too) or one it sends as it is (isBodyInit). */
function isSentAsGiven(body: unknown): boolean {
  return body instanceof ReadableStream || isAsyncIterable(body) || isNodeStream(body) || isBodyInit(body);
}

/** A body fetch sends as it is: text, bytes, a Blob (any library's), form data (any library's), search parameters (streams are read above). */
function isBodyInit(body: unknown): body is BodyInit {
  return (
    typeof body !== "object" ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    isBlobLike(body) ||
    isFormDataLike(body) ||
    body instanceof URLSearchParams
  );
}

/**
 * An object given as the body: fetch sends String(body) ("[object Object]"), not its JSON. A type
 * tag is quoted; any other text is the caller's toString(), which may be the body's JSON, and a
 * TypeError names what it was given by its type only (README): cut to 40 characters and quoted,
 * it wrote out a card number's first 6 digits, an email and a card security code whole (service audit).
 */
function objectBody(body: unknown): TypeError {
  let sent: string;
  try {
    const text = String(body);
    sent = /^\[object [A-Za-z]{1,40}\]$/.test(text) ? quotedText(text) : "the text its toString() gives (not written out: it may hold the body's values)";
  } catch {
    // An object with no toString (Object.create(null)): fetch throws for it.
    sent = "nothing (it throws: the object has no toString)";
  }
  return new TypeError(`withPreSubmitCheck: init.body is ${describeArgument(body)}, not the body's text: fetch would send ${sent}, not its JSON; pass body: JSON.stringify(value)`);
}

/**
 * Whether a call whose body is never checked sends one, told without reading it, as the request
 * rules ask no more (request/body-not-allowed): "none" for no body, empty text, no bytes or an
 * empty Blob; "sized" for any other body whose bytes are known unread (text, blank text too, which
 * fetch sends: "  " went out with Content-Length 2 unwarned; form data, which is never empty once
 * written); "stream" for a stream, whose size only reading tells (a Request's body is one, even
 * `new Request(url, { body: "" })`'s: it was said to "send a body", audit).
 */
function unreadBody(init: RequestInit | undefined, request: RequestShape | undefined): "none" | "sized" | "stream" {
  const body: unknown = init?.body ?? request?.body;
  if (body === undefined || body === null) return "none";
  if (body instanceof ReadableStream || isAsyncIterable(body) || isNodeStream(body)) return "stream";
  const size = body instanceof URLSearchParams ? body.toString().length : knownBodySize(body);
  return size === 0 ? "none" : "sized";
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
 * given, the same arguments, untouched; so does an OMS call whose body is never checked (told
 * from its method and URL), its body unread, once its request's rules pass. A Request is read by its shape (requestOf), so that
 * node-fetch's or the undici package's is checked as the global class's is.
 */
export function withPreSubmitCheck<F extends AnyFetch>(fetch: F, given?: PreSubmitOptions<AnswerOf<F>>): CheckedFetch<F>;
export function withPreSubmitCheck<F extends AnyFetch, R extends ResponseShape>(fetch: F, given: PreSubmitOptions<R>): CheckedFetch<F, R>;
export function withPreSubmitCheck<F extends AnyFetch, R extends ResponseShape>(fetch: F, given: PreSubmitOptions<R> = {}): CheckedFetch<F, R> {
  const send = fetch as unknown as FetchLike;
  // The caller's own options only (ownOptions): a polluted Object.prototype's failOn or rules are none of them.
  const options = ownOptions(given);
  checkFunction("withPreSubmitCheck", "fetch", fetch, "a fetch function, such as globalThis.fetch");
  checkRequestOptions("withPreSubmitCheck", options, ["onInvalid", bodySizeOptionName]);
  if (options.onInvalid !== undefined) checkFunction("withPreSubmitCheck", "options.onInvalid", options.onInvalid, "a function (error, request) => Response | void");
  const { onInvalid, maxBodySize: _maxBodySize, ...rest } = options;
  // A rest object inherits Object.prototype: copied again, a baseUrl the caller did not give is none.
  const checkOptions = ownOptions(rest);
  const limit = maxBodySizeOf("withPreSubmitCheck", options);
  const limitOrigin: LimitOrigin = options.maxBodySize === undefined ? "default" : "set";
  /** The caller's answer to a request that failed: onInvalid's Response, or the error. */
  const refuse = async (verdict: RequestVerdict, method: string, url: string, value: unknown): Promise<Response> => {
    const what = `${method} ${verdict.endpoint ?? "request"}`;
    const error = new OmsValidationError(verdict.kind, verdict.failures, value, what);
    const answer = await onInvalid?.(error, { method, url });
    if (answer === undefined || answer === null) throw error;
    if (isResponse(answer)) return answer;
    throw new TypeError(`withPreSubmitCheck: onInvalid must return a Response (to answer with it) or nothing (to reject with the OmsValidationError); it returned ${describeArgument(answer)}`, { cause: error });
  };
  const checking = async (...args: Parameters<FetchLike>): Promise<Response> => {
    const [input, givenInit] = args;
    const request = requestOf(input);
    // A relative URL (a client that takes a path under its prefix URL) is checked where baseUrl puts
    // it, and sent as written: unresolved, a bad order to "/api/v2/createOrder/" went unchecked (audit);
    // a Request-shaped object's url too (another fetch's or a client's Request may hold a relative one).
    const url = checkedUrl("withPreSubmitCheck", request ? "the Request's url" : "the URL", request ? request.url : String(input), checkOptions.baseUrl);
    if (omsTarget(url, checkOptions.baseUrl) === undefined) return send(...args);
    // Headers a reading uses up (a generator, map.entries()) are read once, here, and their pairs
    // sent in their place, in a new init: checked first, they went out empty (service audit).
    const init = isOneShotHeaders(givenInit?.headers) ? { ...givenInit, headers: headerEntries("withPreSubmitCheck", givenInit?.headers as HeadersInit, "init.headers") } : givenInit;
    const callArgs: Parameters<FetchLike> = init === givenInit ? args : [input, init];
    // An aborted call rejects with its signal's reason before anything is read, as fetch does.
    const signal = waitableSignal(init?.signal ?? request?.signal);
    // Read as fetch reads it, String(method): an object whose text is the method threw V8's "toUpperCase is not a function" (audit).
    const method = String(init?.method ?? request?.method ?? "GET").toUpperCase();
    // Told from the method and URL, the body unread: a body oms-lint never checks is sent as it
    // was given. Read first, a 65 MiB PDF to /api/v2/shipment/5/document was refused unsent as
    // past maxBodySize, and a stream there was sent as its buffered bytes (service audit).
    // Read as checkRequest reads them: headers fetch refuses are a TypeError that quotes neither name
    // nor value (Node's "Headers.append: \"Bearer sk_live_…\" is an invalid header value" quoted a token; audit).
    const givenHeaders = init?.headers ?? request?.headers;
    const checkedHeaders = givenHeaders === undefined ? undefined : fetchHeaders("withPreSubmitCheck", givenHeaders, init?.headers === undefined ? "the Request's headers" : "init.headers");
    if (calledEndpoint({ method, url }, checkOptions).bodyKind === undefined) {
      // An object is refused by its type alone, unread, wherever it goes: fetch would send "[object Object]".
      if (init?.body !== undefined && init.body !== null && !isSentAsGiven(init.body)) throw objectBody(init.body);
      const unread = unreadBody(init, request);
      const verdict = verdictOf({ method, url, headers: checkedHeaders, bodyUnread: unread !== "none", bodyMayBeEmpty: unread === "stream" }, checkOptions);
      return verdict.valid ? send(...callArgs) : refuse(verdict, method, url, undefined);
    }
    let headers: HeadersInit | undefined = checkedHeaders;
    let sent = callArgs;
    let body: BodyText | undefined;
    try {
      let read: ReadBody | undefined;
      if (init?.body !== undefined && init.body !== null) {
        read = await readBody(init.body, signal, limit);
        headers = sentHeaders(headers, read.contentType);
      } else if (request?.body !== undefined && request.body !== null) {
        // init.body null or undefined keeps the Request's body (the Fetch standard's Request
        // constructor: its body is taken only when init's is non-null), and fetch sends it.
        read = await readRequestBody(request, signal, limit);
      }
      if (read?.replacement !== undefined) sent = sentWithBody(input, init, read.replacement);
      if (read !== undefined) body = await checkedText(read.bytes, new Headers(headers).get("content-encoding"), signal, limit);
    } catch (error) {
      if (!(error instanceof BodyPastLimit) && !(error instanceof BlobMisstated)) throw error;
      return refuse(bodyPastLimitVerdict({ method, url }, checkOptions, pastLimitMessage(error, limitOrigin)), method, url, undefined);
    }
    const text = body?.text;
    const verdict = verdictOf({ method, url, headers, body: text }, checkOptions, body?.unreadable);
    if (!verdict.valid) return refuse(verdict, method, url, body?.unreadable === undefined ? parseQuietly(text, limitsOf(checkOptions)) : undefined);
    return send(...sent);
  };
  return checking as unknown as CheckedFetch<F, R>;
}

/** A Response, this realm's or another fetch's (node-fetch's, undici's own): what the caller's fetch promised. */
function isResponse(value: unknown): value is Response {
  if (value instanceof Response) return true;
  const candidate = value as Partial<Response> | null;
  return typeof candidate === "object" && candidate !== null && typeof candidate.status === "number" && typeof candidate.text === "function" && typeof candidate.headers === "object";
}

/** What a body past the limit is told: its size, or what its form's entries alone hold, or that it decodes to more; or what a Blob in it holds that is not its size. */
function pastLimitMessage(error: BodyPastLimit | BlobMisstated, origin: LimitOrigin): string {
  if (error instanceof BlobMisstated) return misstatedBlobMessage(error.says, error.holds, error.limit);
  if (error instanceof DecodedPastLimit) return decodedTooLargeMessage(quotedText(error.encoding), error.limit, origin);
  if (error.emptyChunks > 0) return chunksPastLimitMessage(error.limit, error.emptyChunks, origin);
  return error.entriesBytes === undefined ? bodyTooLargeMessage(error.bytes, error.limit, origin) : formTooLargeMessage(error.entriesBytes, error.limit, origin, error.entriesLeft);
}

/** A Request whose body was read, by the caller or by an earlier check that refused it: fetch refuses it too ("Cannot construct a Request with a Request object that has already been used"). */
function usedRequest(): TypeError {
  return new TypeError(
    "withPreSubmitCheck: the Request's body has already been read (request.bodyUsed), by your code or by an earlier call of the check, which reads a Request's body whether it sends it or not, so it can be neither checked nor sent; pass request.clone() to the checked fetch where you may need the request again",
  );
}

/** A stream in init that was read, or is being read (a retry with the init of a call that sent or checked it): fetch refuses it too. */
function usedStream(): TypeError {
  return new TypeError(
    "withPreSubmitCheck: init.body is a ReadableStream that has already been read or is being read (a stream is sent once: a retry with the same init holds a used one), so it can be neither checked nor sent; give each call a fresh stream, or the body's text",
  );
}

/**
 * The body's value, for the error's issue paths (array indexes as numbers); undefined if it
 * does not parse. A body the check refused by a limit is not built: the containers down to the
 * limit's place stand for it (pastLimitShape).
 */
function parseQuietly(text: string | undefined, limits: StructureLimits): unknown {
  if (text === undefined) return undefined;
  const parsed = parseWithinLimits(text, limits);
  return parsed === undefined ? pastLimitShape(text, limits) : parsed.value;
}
