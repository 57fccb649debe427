import { callerField } from "../engine/callerField.js";
import { ownOptions } from "../lint/ownOptions.js";
import { describeArgument, quotedText } from "../engine/argumentWords.js";
import { checkReadable } from "../lint/libraryArguments.js";
import { summarize, type Diagnostic } from "../engine/diagnostic.js";
import type { RequestFinding } from "../engine/ruleEngine.js";
import { builtInLinter } from "../builtIn/linter.js";
import { configureRules } from "../engine/ruleConfig.js";
import type { Kind } from "../kinds/kinds.js";
import { checkOne, fileRun, type Inner } from "../requests/lintRequests.js";
import { segments } from "../json/jsonPointer.js";
import { findingWithoutSecrets } from "../lint/findingWithoutSecrets.js";
import { matchEndpoint } from "../requests/matchEndpoint.js";
import { operationReadAs } from "../requests/recordPath.js";
import type { RequestEntry } from "../requests/requestEntry.js";
import { omsTarget } from "./omsTarget.js";
import { requestSecretHider, secretRequestTexts } from "../requests/requestSecrets.js";
import { withoutPointerSecrets } from "../requests/pointerSecrets.js";
import { checkedUrl } from "./relativeUrl.js";
import { checkRequestToCheck } from "./serviceArguments.js";
import { checkServiceOptions, failures, serviceOptionNames, type ServiceOptions } from "./serviceOptions.js";

/**
 * The headers a request is given, as fetch takes them (Headers, an object of names and values, a
 * list of [name, value] pairs), in terms of our own: typed as the DOM library's HeadersInit, which
 * @types/node does not declare, a Node-only consumer (lib es2022, types node) got TS2304, or any
 * under skipLibCheck (service audit). A pair is a list of strings, as undici's HeadersInit types it
 * (string[][]): typed as a [string, string], `list.map((h) => [h.name, h.value])`, a string[][],
 * was TS2322 here while fetch took it (audit). A pair of other than two entries is refused at run
 * time, as fetch refuses it.
 */
export type RequestHeaders = Headers | Readonly<Record<string, string | readonly string[]>> | Iterable<readonly string[]>;

/** A request about to be sent, as fetch would be given it. */
export interface RequestToCheck {
  /** GET when left out. */
  readonly method?: string | undefined;
  readonly url: string | URL;
  readonly headers?: RequestHeaders | undefined;
  /**
   * The body's text; undefined or null for none. Text is what the body holds before any
   * Content-Encoding is applied, so the header is not applied to it (withPreSubmitCheck, which
   * reads the bytes sent, decodes them).
   */
  readonly body?: string | null | undefined;
}

export interface CheckRequestOptions extends Omit<ServiceOptions, "existing"> {
  /**
   * The OMS API's base URL when the service calls it through another host (a proxy, a test
   * server): where the OMS host's root stands (`${baseUrl}/api/v2/createOrder/`), or its API
   * root when it ends in `/api/v2`. A path under it is read as sent, /api/v2 not added.
   */
  readonly baseUrl?: string | URL | undefined;
}

export interface RequestVerdict {
  /** Whether the request may be sent: it is no OMS call, or nothing in it fails (see failOn). */
  readonly valid: boolean;
  /** Whether the URL is an OMS call (a known OMS host, or under baseUrl): only those are checked. */
  readonly checked: boolean;
  /** The endpoint the request calls (its id in `endpoints`), when it matches one. */
  readonly endpoint: string | undefined;
  /** The kind the body is checked as, when the endpoint takes one; undefined for a body left unchecked (request/body-unchecked says why). */
  readonly kind: Kind | undefined;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Every finding: the request's own (path ""), the body's (a JSON Pointer into it) and the query's. */
  readonly diagnostics: readonly Diagnostic[];
  /** The findings that fail it (errors; warnings too under failOn "warning"). */
  readonly failures: readonly Diagnostic[];
}

/**
 * The options checkRequest takes: the service's but existing, which it refuses by name (a
 * request is checked as it stands), so that an unknown option is never offered it; and baseUrl.
 */
export const checkRequestOptionNames = [...serviceOptionNames.filter((name) => name !== "existing"), "baseUrl"];

/** Throws a TypeError for a misspelt option, setting or rule id: checked once, where the options are given. */
export function checkRequestOptions(fn: string, options: CheckRequestOptions, more: readonly string[] = []): void {
  checkReadable(fn, "options", options);
  // A request is checked as it stands: the record a PUT replaces is not known to it, and the option was taken and ignored.
  if (options !== null && typeof options === "object" && "existing" in options) {
    throw new TypeError(`${fn}: option "existing" is not taken: a request is checked as it stands, without the record a PUT replaces; check the PUT's body with isValid(kind, body, { existing }) or validate()`);
  }
  checkServiceOptions(fn, options, [...checkRequestOptionNames, ...more]);
  configureRules(builtInLinter.ruleSet, options.rules, fn);
  if (options.baseUrl !== undefined) {
    const text = baseUrlText(options.baseUrl);
    if (text === undefined || !URL.canParse(text)) throw new TypeError(`${fn}: baseUrl must be an absolute URL, a string or a URL; got ${text === undefined ? describeArgument(options.baseUrl) : quotedText(text)}`);
    // Where the OMS host's root stands: an http(s) origin. `file:///x/api/v2` or `mailto:x@y` has the origin "null", and a
    // relative URL read under it was a raw "Invalid URL" naming no option (the audit of the relative-URL fixes).
    const { protocol } = new URL(text);
    if (protocol !== "http:" && protocol !== "https:") throw new TypeError(`${fn}: baseUrl must be an http or https URL, where the OMS host's root stands; got ${quotedText(text)}`);
  }
}

/** The base URL as text; undefined for a value whose toString throws (a caller's object), which is no URL. */
function baseUrlText(baseUrl: unknown): string | undefined {
  try {
    return String(baseUrl);
  } catch {
    return undefined;
  }
}

/**
 * A diagnostic with `hidden` applied to what it shows: its message, its pointer segment by segment
 * (a key holding the token stood in OmsValidationError's message and its issues' paths) and its
 * query parameter's name. Its fix keeps the real pointer, as validate()'s does: applyFix finds its place by it.
 */
const withoutSecretsOf = (hidden: (text: string) => string) => (d: Diagnostic): Diagnostic => {
  const [message, path, parameter] = [hidden(d.message), withoutPointerSecrets(d.path, hidden), d.parameter === undefined ? undefined : hidden(d.parameter)];
  return message === d.message && path === d.path && parameter === d.parameter ? d : { ...d, message, path, ...(parameter === undefined ? {} : { parameter }) };
};

/** A body or query message as validate() gives it: its constraint kept, at `path`. */
function diagnosticOf(m: Inner, path: string): Diagnostic {
  const { ruleId, messageId, severity, evidence, message, constraint } = m;
  return { ruleId, messageId, severity: severity === 2 ? "error" : "warning", evidence, message, path, ...(constraint === undefined ? {} : { constraint }) };
}

/**
 * A request rule's finding as a verdict's: path "", and the part of the request it is about
 * (Diagnostic.requestPart), which OmsValidationError's message names: it said "(whole)" of
 * them all, read as the whole body (audit of the service API).
 */
function requestDiagnosticOf({ ruleId, messageId, severity, evidence, message, part, urlPart, header, parameter, aboutBody }: RequestFinding): Diagnostic {
  const finding = { ruleId, messageId, severity, evidence, message, path: "" };
  if (part === "headers") return { ...finding, requestPart: "header", ...(header === undefined ? {} : { header }) };
  if (urlPart !== undefined && "queryParameter" in urlPart) return { ...finding, requestPart: "query", parameter: urlPart.queryParameter };
  // A parameter the URL lacks (?orderID= missing) was "(request)" with no parameter (review of 00607690).
  if (parameter !== undefined) return { ...finding, requestPart: "query", parameter };
  return { ...finding, requestPart: part === "body" || part === "bodyFile" || aboutBody === true ? "body" : "request" };
}

/**
 * The verdict a pre-submit check (withPreSubmitCheck) gives a request, without sending it:
 * an OMS call is matched to its endpoint (method, path and its IDs, required query, the
 * tenant header on translated hosts, the content type) and its body is checked as the
 * endpoint's kind, its search query as a search. Any other URL is not checked, and passes.
 */
export function checkRequest(givenRequest: RequestToCheck, given: CheckRequestOptions = {}): RequestVerdict {
  // The caller's own options only (ownOptions): a polluted Object.prototype's failOn or rules are none of them.
  const options = ownOptions(given);
  const request = checkRequestToCheck(ownRequest(givenRequest));
  checkRequestOptions("checkRequest", options);
  return verdictOf(withAbsoluteUrl(request, options.baseUrl), options);
}

/** The request with a relative URL read under baseUrl (checkedUrl); a URL object is absolute, and left as it is. */
function withAbsoluteUrl(request: RequestToCheck, baseUrl: string | URL | undefined): RequestToCheck {
  const { url } = request;
  if (typeof url !== "string") return request;
  const absolute = checkedUrl("checkRequest", "request.url", url, baseUrl);
  return absolute === url ? request : { ...request, url: absolute };
}

/**
 * A request object as the caller's object answers its four names (callerField): with
 * Object.prototype polluted, one without headers or a body answered the polluter's (a GET read
 * with a body, a TypeError about headers it was not given), while one that gives them by
 * inheritance, as a getter (a fetch Request's url) or through a Proxy is read as it says. A URL
 * and an array are left for the check to refuse as they are, and one no look can read (a
 * revoked Proxy) too. A read that throws is a TypeError naming checkRequest: the raw object it
 * fell back to threw the caller's own error at the next read (found by the audit of the service surface).
 */
function ownRequest(request: RequestToCheck): RequestToCheck {
  checkReadable("checkRequest", "the request", request);
  if (!isRequestObject(request)) return request;
  const read: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of requestNames) read[name] = requestField(request, name);
  return read as unknown as RequestToCheck;
}

/** Whether the request is an object to read field by field (not a URL, not an array: the check refuses those). */
function isRequestObject(request: unknown): request is object {
  try {
    return typeof request === "object" && request !== null && !Array.isArray(request) && !(request instanceof URL);
  } catch (error) {
    // A Proxy whose getPrototypeOf trap throws.
    throw unreadable("the request", error);
  }
}

/** One field of the caller's request, as it answers it; a getter or trap that throws is a TypeError that names the field. */
function requestField(request: object, name: (typeof requestNames)[number]): unknown {
  try {
    return callerField(request, name);
  } catch (error) {
    throw unreadable(`request.${name}`, error);
  }
}

/** The caller's error is the cause, not quoted: a service logs this message, and the error may hold what it was given. */
function unreadable(what: string, cause: unknown): TypeError {
  return new TypeError(`checkRequest: ${what} cannot be read (reading it threw; the error is this one's cause): pass a plain object { method, url, headers, body }`, { cause });
}

const requestNames = ["url", "method", "headers", "body"] as const;

/**
 * checkRequest once the options are known to be sound (withPreSubmitCheck checks them once).
 * `unreadable` says why a body's bytes were not checked (no UTF-8 text, or not what their
 * Content-Encoding says): its one finding, in place of what linting their replacement characters would find.
 * `bodyUnread`: a body is sent that was not read (one oms-lint never checks, calledEndpoint): the rules ask only that it is sent.
 * `bodyMayBeEmpty`: that body is a stream, whose size only reading it tells.
 */
export function verdictOf(request: RequestToCheck & { readonly bodyUnread?: boolean; readonly bodyMayBeEmpty?: boolean }, options: CheckRequestOptions, unreadable?: string): RequestVerdict {
  const target = omsTarget(request.url, options.baseUrl);
  if (target === undefined) {
    return { valid: true, checked: false, endpoint: undefined, kind: undefined, errorCount: 0, warningCount: 0, diagnostics: [], failures: [] };
  }
  const headers = [...new Headers(request.headers as HeadersInit | undefined).entries()].map(([name, value]) => ({ name, value }));
  // As it will be sent: `{{query}}`, `:id` or a bare `{{v}}` in the body is text the OMS receives, not a variable.
  const entry: RequestEntry = { method: request.method ?? "GET", url: target, headers, body: request.body ?? undefined, bodyFromFile: request.bodyUnread === true, ...(request.bodyMayBeEmpty === true ? { bodyMayBeEmpty: true } : {}), variables: "as-sent" };
  const { rules, settings, maxDepth, maxEntries, maxValues } = options;
  const checked = checkOne(entry, fileRun(builtInLinter.ruleSet, { rules, settings, maxDepth, maxEntries, maxValues }));
  const diagnostics: Diagnostic[] = [
    ...checked.findings.map(requestDiagnosticOf),
    ...(unreadable === undefined
      ? // validate()'s own, fix and all, where the body was validated as it stands; else its messages (a parse fault, a limit).
        (checked.bodyDiagnostics ?? checked.body.map((m) => diagnosticOf(m, m.path)))
      : // Only where the body would be checked: a call whose body oms-lint never reads (an endpoint it does
        // not know, a zstd body to /api/v2/shipment/5) was refused unsent for bytes it does not check (audit).
        checked.bodyKind === undefined
        ? []
        : [{ ruleId: "parse", messageId: "parse", severity: "error" as const, evidence: "stated" as const, message: unreadable, path: "" }]),
    // The query is one URL, as a search given to validate() as a URL: path "", the parameter named.
    ...checked.query.map((m): Diagnostic => {
      const parameter = m.path === "" ? undefined : segments(m.path)[0];
      return { ...diagnosticOf(m, ""), requestPart: "query", ...(parameter === undefined ? {} : { parameter }) };
    }),
  ];
  // A secret header's or query parameter's value (`Bearer tok_…`, its token) is quoted by no message: the token filled into the path was.
  // Sought only where a message stands: most requests pass, and a redactor was built for each.
  const secrets = diagnostics.length === 0 ? undefined : secretRequestTexts([{ url: target, headers }]);
  const withoutRequestSecrets = secrets === undefined || secrets.size === 0 ? diagnostics : diagnostics.map(withoutSecretsOf(requestSecretHider(secrets)));
  // Then what looks like a secret (an e-mail address, a card number), in every finding as validate() hides it: a query
  // parameter named `joe@example.com` stood raw in its finding's `parameter` and in OmsValidationError's JSON (audit of
  // the service API). After the request's own secrets, whose exact text a look-alike's redaction would cut apart.
  const shown = withoutRequestSecrets.map(findingWithoutSecrets);
  const result = summarize(shown);
  const failed = failures(result, options.failOn);
  return {
    valid: failed.length === 0,
    checked: true,
    endpoint: matchEndpoint(target, entry.variables).endpoint?.id,
    kind: checked.bodyKind,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    diagnostics: shown,
    failures: failed,
  };
}

/**
 * The verdict on an OMS call whose body is past the size limit (withPreSubmitCheck's
 * maxBodySize): its one finding, `message`, and the endpoint it calls; nothing of the body is
 * checked, as it was never read whole.
 */
export function bodyPastLimitVerdict(request: { readonly method: string; readonly url: string }, options: CheckRequestOptions, message: string): RequestVerdict {
  const { endpoint, bodyKind } = calledEndpoint(request, options);
  const diagnostics: Diagnostic[] = [{ ruleId: "parse", messageId: "parse", severity: "error", evidence: "stated", message, path: "" }];
  return {
    valid: false,
    checked: true,
    endpoint,
    kind: bodyKind,
    errorCount: 1,
    warningCount: 0,
    diagnostics,
    failures: diagnostics,
  };
}

/**
 * The endpoint an OMS call names (its id) and the kind its body is checked as, told from its
 * method and URL alone, the body unread: no kind where oms-lint never checks the body (an
 * endpoint it does not know, `POST /api/v2/shipment/5`, a DELETE). On a translation host a
 * body of the translated API's own shape is not checked either (checkOne), which only its
 * content tells: a kind here is where the body may be checked.
 */
export function calledEndpoint(request: { readonly method: string; readonly url: string }, options: CheckRequestOptions): { readonly endpoint?: string; readonly bodyKind?: Kind } {
  const target = omsTarget(request.url, options.baseUrl);
  const endpoint = target === undefined ? undefined : matchEndpoint(target, "as-sent").endpoint;
  return { endpoint: endpoint?.id, bodyKind: operationReadAs(endpoint, request.method.toUpperCase())?.bodyKind };
}
