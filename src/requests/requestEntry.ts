import type { Endpoint } from "./endpoints.js";
import type { BodyFile } from "./bodyFile.js";
import type { UnknownEncoding } from "./httpBody.js";

/**
 * How `{{name}}`, `:name` and `{name}` in a request are read. "read": as variables, in a request
 * file (a Postman collection) that a client fills before sending, so they stand for values
 * oms-lint cannot know. "braces": `{{name}}` alone, in a REST Client file, which substitutes
 * nothing else: its `:name` and `{name}` reach the OMS as written (audit of request files).
 * "as-sent": as the text they are, in a request about to be sent (checkRequest,
 * withPreSubmitCheck): what the OMS receives (an unfilled template), checked as written.
 */
export type VariableReading = "read" | "braces" | "as-sent";

/** A header a request sends. */
export interface RequestHeader {
  readonly name: string;
  readonly value: string;
}

/** One request of a file, or one about to be sent (variables already substituted where known). */
export interface RequestEntry {
  /** The request's name: REST Client's `# @name`, Postman's item name. */
  readonly name?: string;
  readonly method: string;
  readonly url: string;
  readonly headers: readonly RequestHeader[];
  /**
   * A line of its head is only a variable the client fills (REST Client's `{{auth}}`, from an
   * environment): it may hold any header, so none can be said to be missing.
   */
  readonly headersMayHoldAny?: boolean;
  /** The body text; undefined when the request has none. */
  readonly body?: string;
  /** A body taken from a file (`< ./body.json`), or one withPreSubmitCheck never reads: present, but not checked here. */
  readonly bodyFromFile?: boolean;
  /** The file that unread body is sent from, where the request names one (REST Client's `< ./body.json`, a Postman file body's `src`). */
  readonly bodyFile?: BodyFile;
  /**
   * A Postman body in mode `file` that holds something (its `content`, a `src` that is no path) but names no file:
   * postman-runtime sends no body (postmanFileBodyNamesNone), so the request has none, and request/body-required says why.
   */
  readonly fileBodyNamesNone?: true;
  /**
   * The first `<@foo` line of a REST Client body whose encoding Node does not know: its buffer.toString throws "Unknown
   * encoding" and, if the file exists, nothing is sent. Carried whatever frames the file (a GraphQL body, a multipart
   * body's boundary lines), where no bodyFile is (audit of 835c082e).
   */
  readonly unknownEncoding?: UnknownEncoding;
  /** That unread body is a stream (withPreSubmitCheck's), whose size only reading tells: it may be empty. */
  readonly bodyMayBeEmpty?: boolean;
  /** Whether what is left of its variables is read as variables or as the text sent; carried into its URL's match. */
  readonly variables: VariableReading;
  /**
   * A Postman body in a form mode (`urlencoded`, `formdata`): Postman's runtime encodes it as
   * `type` whatever the request's headers say, so it is never JSON.
   */
  readonly formBody?: { readonly mode: string; readonly type: string };
  /**
   * A Postman raw body whose language (`options.raw.language`) is not JSON, in a request that
   * sets no Content-Type of its own: Postman's runtime sends it as `type` (text/plain without a
   * language), so it is no JSON the OMS is told of.
   */
  /**
   * The client sends the URL's `.` and `..` path segments as written: Postman (its runtime parses
   * the URL with postman-url-encoder's toNodeUrl, which splits the path on "/" and joins it back).
   * REST Client (got, through `new URL()`) and fetch remove them; so does oms-lint's match.
   */
  readonly pathAsWritten?: boolean;
  readonly rawBodyType?: { readonly language: string | undefined; readonly type: string };
  /**
   * A Postman url object checked by its parts whose `raw` names another URL: which of its host,
   * path and query differ ("host and path"). Request/postman-raw-url-differs says so.
   */
  readonly urlRawDiffers?: string;
}

/**
 * Which part of the request a finding is about; each format places the parts. "bodyFile": where
 * the request names the file its body is sent from (a .http file's `<` line, a Postman body's `mode`).
 */
export type RequestPart = "request" | "method" | "url" | "headers" | "body" | "bodyFile";

/**
 * Which part of the URL a finding is about, where a format can place it there (a Postman url
 * object's path entry or query entry): a path segment, counted from the path's end (0 is the
 * last: a base URL's variable may hold the segments before it), or a query parameter's nth value.
 * A finding without one is about the URL as a whole.
 */
export type UrlPart = { readonly pathSegmentFromEnd: number } | { readonly queryParameter: string; readonly occurrence: number };

/**
 * A header's value (names are case-insensitive), if the request sends it; a header sent more than
 * once, its values joined with ", ", as fetch's Headers joins them (checkRequest); REST Client sends
 * a .http file's repeated lines joined with "," (its parseRequestHeaders). The first alone was
 * read: two Content-Type lines passed in a .http file and were warned of in checkRequest (audit).
 */
export function header(entry: RequestEntry, name: string): string | undefined {
  return joinedHeader(entry.headers, name);
}

/** A header's values joined as header() joins them, of a list of headers not yet a request's. */
export function joinedHeader(headers: readonly RequestHeader[], name: string): string | undefined {
  const values = headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  return values.length === 0 ? undefined : values.join(", ");
}


/** The methods an endpoint takes, as a list for a message. */
export function allowedMethods(endpoint: Endpoint): string {
  return endpoint.operations.map((o) => o.method).join(", ");
}
