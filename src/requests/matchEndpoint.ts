import { damerauLevenshtein, distanceAtLeast } from "../engine/nearestName.js";
import { endpoints, type Endpoint, type HostFamily, type ParameterType } from "./endpoints.js";
import type { VariableReading } from "./requestEntry.js";
import { withoutDotSegments } from "./dotSegments.js";
import { ownField, ownFields } from "../engine/ownField.js";

/** What a request's URL names: its host's family, its path and query, and the endpoint it matches. */
export interface UrlParts {
  /** The host as written (a `{{baseUrl}}` variable stays as written); undefined when the URL has none. */
  readonly host: string | undefined;
  /** classic or translated; "variable" when the host is an unresolved variable; "other" for any other host. */
  readonly hostFamily: HostFamily | "variable" | "other" | "none";
  /**
   * Whether the host may hold the path's start, `/api/v2`: a variable host (`{{baseUrl}}`), or a
   * host that ends in a variable that may hold the path (`…-translation.mozu.com{{apiBase}}`).
   */
  readonly hostMayHoldApiRoot: boolean;
  /** The path as written. */
  readonly pathText: string;
  /**
   * The path's segments as matched: its `.` and `..` segments removed as the WHATWG URL parser
   * removes them (dotSegments.ts), and its empty ones (`//`) merged. Whether the client sends
   * the path so is told apart: `emptySegment`, `dotSegmentSent`.
   */
  readonly segments: readonly string[];
  /**
   * Whether the path as sent holds an empty segment (`/api/v2//createOrder/`, `…/createOrder//`;
   * one trailing slash is not one): no client merges it, and servers differ (some merge it, some refuse the URL).
   */
  readonly emptySegment: boolean;
  /**
   * Whether the path holds `.` or `..` segments that the client sends as written (Postman:
   * postman-url-encoder's toNodeUrl keeps them), where REST Client and fetch remove them.
   */
  readonly dotSegmentSent: boolean;
  /** The query string, without its `?`; "" when there is none. */
  readonly queryText: string;
  /** The parameters, a repeated one joined with commas (as a Java servlet binds it to one string). */
  readonly query: ReadonlyMap<string, string>;
  /** Each value of each parameter, in the order written: a repeated one's occurrences apart. */
  readonly occurrences: ReadonlyMap<string, readonly string[]>;
  /**
   * Each occurrence's name and value as written (not decoded), beside `occurrences`: a
   * placeholder is told on this text (isQueryPlaceholder), as the client substitutes it.
   */
  readonly writtenOccurrences: ReadonlyMap<string, readonly { readonly name: string; readonly value: string }[]>;
  /** How its placeholders are read: the request's reading (RequestEntry.variables). */
  readonly variables: VariableReading;
  /**
   * Whether the path is a variable's whole (`{{url}}`, `{{url}}?orderID=1`, `https://host/{{path}}`):
   * it may hold any path, so it names no endpoint that can be checked.
   */
  readonly pathIsVariable: boolean;
}

export interface EndpointMatch {
  readonly url: UrlParts;
  readonly endpoint?: Endpoint;
  /** The path parameters' values as written, by name. */
  readonly parameters: Readonly<Record<string, string>>;
  /** When no endpoint matches: the nearest known one. */
  readonly nearest?: Endpoint;
}

/**
 * A `{{name}}` some client fills: its name holds a character that is no blank. `{{}}` and
 * `{{ }}` name nothing, and no client fills them: REST Client's /\{{2}(.+?)\}{2}/g needs a
 * character and trims the name, and no provider has "" (VariableProcessor.processRawRequest);
 * postman-collection's /{{([^{}]*?)}}/g looks up "", which no scope holds. Both send the text as
 * written, so it is checked as the text it is. (Blanks, then a character that is none: no
 * backtracking over a long text.)
 */
export const variableText = "\\{\\{\\s*[^{}\\s][^{}]*\\}\\}";
const anyVariable = new RegExp(variableText);

/** Whether a text holds a `{{name}}` some client fills (variableText). */
export function holdsVariable(text: string): boolean {
  // Most texts hold no `{{` at all: told without the pattern.
  return text.includes("{{") && anyVariable.test(text);
}

/**
 * `{{name}}` (REST Client, Postman), `:name` (Postman path variable) or `{name}` (the documents'
 * own templates), where variables are read; `{{name}}` alone in a REST Client file (the others
 * are sent as written); none in a request as sent, whose text is what the OMS receives.
 */
export function isPlaceholder(text: string, variables: VariableReading): boolean {
  if (variables === "as-sent") return false;
  if (holdsVariable(text)) return true;
  return variables === "read" && (/^:[A-Za-z_][\w-]*$/.test(text) || /^\{[A-Za-z_]\w*\}$/.test(text));
}

/**
 * Whether a query parameter's name is a variable (`?{{query}}`, `?perPage=5&{{more}}`): it may
 * hold the whole query, or any parameter, so no parameter can be said to be missing.
 */
export function queryMayHoldAny(url: UrlParts): boolean {
  for (const written of url.writtenOccurrences.values()) if (written.some((occurrence) => isPlaceholder(occurrence.name, url.variables))) return true;
  return false;
}

/**
 * Whether the `index`th occurrence of query parameter `name` has a variable for its name or
 * value, told on the text as written: REST Client and Postman substitute no percent-encoded
 * braces, so `?orderID=%7B%7Bid%7D%7D` is sent as it stands and read `{{id}}` (as pathParameterValue).
 */
export function isQueryPlaceholder(url: UrlParts, name: string, index: number, part: "name" | "value"): boolean {
  const written = url.writtenOccurrences.get(name)?.[index];
  return written !== undefined && isPlaceholder(written[part], url.variables);
}

/** A query value the server takes as a `type`: a variable as written, or its decoded text checked as sent. */
export function queryValueAccepted(url: UrlParts, name: string, index: number, type: ParameterType): boolean {
  return isQueryPlaceholder(url, name, index, "value") || checkParameter(url.occurrences.get(name)?.[index] ?? "", type, "as-sent");
}

export function checkParameter(value: string, type: ParameterType, variables: VariableReading): boolean {
  if (isPlaceholder(value, variables)) return true;
  // Leading zeros are allowed, as the search schema allows them: the documents' own URLs send 012345.
  if (type === "positiveInteger") return /^0*[1-9]\d*$/.test(value);
  // A record ID: "integer" with no minimum, as the body schema's integerId takes it (-1 too).
  if (type === "integer") return /^-?\d+$/.test(value);
  return value.split(",").every((part) => isPlaceholder(part.trim(), variables) || /^0*[1-9]\d*$/.test(part.trim()));
}

/**
 * A path segment as the server reads it: percent-decoded (a `+` stays a `+` in a path, unlike a
 * query's); as written when it holds a broken escape. A server decodes `%35` to `5` before it
 * reads an ID, as the search's query is decoded.
 */
export function decodedPathSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A path parameter as the server reads it, with whether it is a variable: a placeholder is told
 * on the text as written (REST Client and Postman substitute no percent-encoded braces, so
 * `%7B%7Bid%7D%7D` is sent as it stands and read `{{id}}`), and stays as written; any other
 * text is read percent-decoded (decodedPathSegment).
 */
export function pathParameterValue(written: string, variables: VariableReading): { readonly value: string; readonly placeholder: boolean } {
  return isPlaceholder(written, variables) ? { value: written, placeholder: true } : { value: decodedPathSegment(written), placeholder: false };
}

/** The family of a host as written (a port after it is allowed): a known OMS host, a variable, or another. */
export function hostFamily(host: string | undefined): UrlParts["hostFamily"] {
  return host === undefined ? "none" : writtenHostFamily(writtenHost(host));
}

/**
 * The family of a host's written part (writtenHost). A written host followed by variables that
 * may hold the path (`…-translation.mozu.com{{apiBase}}`, f3be7e7d) is that host's family. Read
 * as a variable host, its call went without the tenant header's check (audit of the request URL reading).
 */
function writtenHostFamily(written: string): UrlParts["hostFamily"] {
  if (written === "") return "variable";
  // Without its port, written as digits or as a variable (`:{{port}}` hid a translation host's family).
  const name = written.toLowerCase().replace(/:(?:\d+|\{\{[^{}]*\}\})$/, "");
  if (name === "integration.shopatron.com") return "classic";
  if (/-translation(\.sandbox)?\.mozu\.com$/.test(name)) return "translated";
  if (holdsVariable(name)) return "variable";
  return "other";
}

/**
 * A host without the variables at its end that may hold the path (variablesMayHoldPath: each one
 * that is not a port's, after a `:`): `localhost:8080{{path}}` is `localhost:8080`,
 * `{{host}}:{{port}}{{path}}` is `{{host}}:{{port}}`, `{{host}}{{path}}` is "". Taken one variable
 * at a time from the end (lastIndexOf), the host cut once: no pattern runs over the host, nor a
 * copy of it is made, for each variable.
 */
function writtenHost(host: string): string {
  let end = host.length;
  while (host.endsWith("}}", end)) {
    const open = host.lastIndexOf("{{", end - 2);
    if (open < 0 || host[open - 1] === ":" || !wholeVariable.test(host.slice(open, end))) break;
    end = open;
  }
  return host.slice(0, end);
}

/** A URL's host, path and query as written (none of them split or decoded), and whether it writes a scheme and `//`. */
export interface UrlSections {
  readonly host: string | undefined;
  readonly pathText: string;
  readonly queryText: string;
  readonly schemeWritten: boolean;
}

/** A URL's host, path and query as written (its likelier reading: urlReadings); never throws. */
export function urlSections(url: string): UrlSections {
  return urlReadings(url).guess;
}

/**
 * A URL's readings: `guess`, as urlSections reads it, and, where that takes the text after the
 * host's variables for the path's start (`https://{{env}}api/api/v2/…`, `{{env}}order/api/v2/…`),
 * `hostEnd`, which takes it for the host's end: a host `{{env}}api` is as likely, and where its
 * path is an endpoint's, that reading is the request's (matchEndpoint).
 */
function urlReadings(url: string): { readonly guess: UrlSections; readonly hostEnd?: UrlSections } {
  const text = url.trim();
  const scheme = schemeText.exec(text);
  const rest = scheme ? text.slice(scheme[0].length) : text;
  const upToPath = /^[^/?#]*/.exec(rest)![0];
  const schemeWritten = scheme !== null;
  const read = (host: string | undefined) => sectionsAfter(host, host === undefined ? rest : rest.slice(host.length), schemeWritten);
  const variablesFirst = leadingVariableText.exec(rest);
  let host: string | undefined;
  if (scheme) host = afterSchemeHost(upToPath);
  else if (variablesFirst) host = variablesFirst[0] + hostRestAfter(rest.slice(variablesFirst[0].length));
  else if (!rest.startsWith("/")) host = upToPath;
  const guess = read(host);
  return host !== undefined && host !== upToPath && variablesFirst !== null ? { guess, hostEnd: read(upToPath) } : { guess };
}

/** The sections of a URL whose host is `host` and whose text after it is `rest`. */
function sectionsAfter(host: string | undefined, rest: string, schemeWritten: boolean): UrlSections {
  const hash = rest.indexOf("#");
  const beforeHash = hash < 0 ? rest : rest.slice(0, hash);
  const question = beforeHash.indexOf("?");
  const pathText = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const queryText = question < 0 ? "" : beforeHash.slice(question + 1);
  return { host, pathText, queryText, schemeWritten };
}

/** The literal segments of the OMS v2 endpoints' paths (`api`, `v2`, `createOrder`, `order`, …), in lower case. */
const endpointSegments: ReadonlySet<string> = new Set(endpoints.flatMap((endpoint) => endpoint.path.split("/").filter((segment) => segment !== "" && !segment.startsWith("{")).map((segment) => segment.toLowerCase())));

/**
 * The host of a URL after its `scheme://`, from the text up to its first `/`, `?` or `#`: all of
 * it, as a host ends, unless it is variables then one of the OMS paths' own segments
 * (`{{scheme}}://{{base}}api/v2/createOrder/`, `https://{{base}}order/5/customData`): there the
 * variables hold the host and the path's start, as `{{baseUrl}}api/v2/…` does without a scheme
 * (read as host `{{base}}api` and path /v2/createOrder/, its body went unchecked: audit at
 * 3df60815). Only those segments: the text after variables is otherwise the host's own
 * (`{{user}}:pass@host:8080`, `{{tenant}}oms:8080`, `{{sub}}localhost`), and taking it for the path
 * left the body unchecked and quoted a password in the URL as a path (audit at b61b7b85). Such a
 * segment may end the host too (`https://{{env}}api/api/v2/…`): matchEndpoint tries that reading
 * where this one names no endpoint (urlReadings).
 */
function afterSchemeHost(upToPath: string): string {
  const variables = leadingVariableText.exec(upToPath);
  return variables !== null && endpointSegments.has(upToPath.slice(variables[0].length).toLowerCase()) ? variables[0] : upToPath;
}

/**
 * Splits a URL (with variables left in place) into host, path and query; never throws.
 * `pathAsWritten`: the client sends the path's dot segments as written (Postman), not removed
 * as `new URL()` removes them (REST Client through got, fetch).
 */
export function splitUrl(url: string, variables: VariableReading, pathAsWritten = false): UrlParts {
  return partsOf(urlSections(url), variables, pathAsWritten);
}

/** A URL's parts from its sections (splitUrl). */
function partsOf({ host, pathText, queryText, schemeWritten }: UrlSections, variables: VariableReading, pathAsWritten: boolean): UrlParts {
  // Cut once for both: the family of its written part, and whether variables after it may hold the path's start.
  const hostWritten = host === undefined ? undefined : writtenHost(host);
  const family = hostWritten === undefined ? "none" : writtenHostFamily(hostWritten);
  const normalized = withoutDotSegments(pathText);
  const sent = pathAsWritten ? pathText : normalized;
  const query = new Map<string, string>();
  const occurrences = new Map<string, string[]>();
  const writtenOccurrences = new Map<string, { name: string; value: string }[]>();
  for (const pair of queryText.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const written = { name: equals < 0 ? pair : pair.slice(0, equals), value: equals < 0 ? "" : pair.slice(equals + 1) };
    const name = decode(written.name);
    const value = decode(written.value);
    // Each list grows in place: copied for each repeat of a name, a URL repeating one 32,000
    // times took 39 s (found by the audit of hostile input; test/hostile/linearWork.test.ts).
    const earlier = occurrences.get(name);
    if (earlier === undefined) {
      occurrences.set(name, [value]);
      writtenOccurrences.set(name, [written]);
    } else {
      earlier.push(value);
      writtenOccurrences.get(name)!.push(written);
    }
  }
  // A name given more than once is its values joined by commas, as one comma list.
  for (const [name, values] of occurrences) query.set(name, values.join(","));
  return {
    host,
    hostFamily: family,
    // A variable host, or one that ends in a variable that may hold the path (`…-translation.mozu.com{{apiBase}}/orderItem/…`).
    hostMayHoldApiRoot: family === "variable" || hostWritten !== host,
    pathText,
    segments: normalized.split("/").filter((s) => s !== ""),
    // One trailing slash is not significant; two or more (`…/orderItem//`) are an empty segment as
    // anywhere else (found by the review of the request files: the trailing one was let pass).
    emptySegment: sent.includes("//"),
    dotSegmentSent: sent !== normalized,
    queryText,
    query,
    occurrences,
    writtenOccurrences,
    variables,
    pathIsVariable: variables !== "as-sent" && (wholeVariable.test(pathText.replace(/^\/|\/$/g, "")) || (host !== undefined && (schemeWritten ? variablesMayHoldPath.test(host) : variablesMayHoldUrl(host)) && /^\/?$/.test(pathText))),
  };
}

/**
 * A URL's scheme and its `://`: letters (RFC 3986's `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`),
 * variables, or both (`{{scheme}}://`, `http{{s}}://`; Postman's `"protocol": "{{protocol}}"` is
 * read as `{{protocol}}://`). A variable before `://` was read as a host: the `://…` became the
 * path, the request matched no endpoint, and its body and tenant header went unchecked (found
 * by the audit at 039fbbfc). A letter and a variable's `{` never both start a step: no backtracking.
 */
const schemeText = new RegExp(`^(?:[a-z]|${variableText})(?:[a-z0-9+.-]|${variableText})*:\\/\\/`, "i");

/** A text that is one `{{name}}` and nothing else. */
const wholeVariable = new RegExp(`^${variableText}$`);
/**
 * A host after a written `scheme://`, with no path after it, whose last variable may hold the
 * path: one that is not a port's, after a `:` (`https://{{host}}`, `https://{{host}}{{path}}`,
 * `https://{{host}}:{{port}}{{path}}`, `https://localhost:8080{{path}}`). A variable after a `:` is
 * a port (`https://localhost:{{port}}/`), and the path `/` is no endpoint. Told the port's way,
 * `https://{{host}}{{path}}` was "/ is none of the OMS v2 endpoints; did you mean
 * /api/v2/orderItem/?" (audit at c4ea8075), and so was `https://localhost:8080{{path}}` (audit at e0102986).
 */
const variablesMayHoldPath = new RegExp(`(?:^|[^:])${variableText}$`);
/**
 * A host, with no path after it, that variables may fill with the rest of the URL: variables alone
 * (`{{url}}`), or after a scheme and `:` with no `//` (`{{scheme}}:{{rest}}`, `https:{{rest}}`,
 * where `{{rest}}` may be `//host/api/v2/…`). Such a URL names no endpoint: it was told "/ is
 * none of the OMS v2 endpoints; did you mean /api/v2/orderItem/?", a path it does not have (audit
 * at 3df60815). A host of a domain (`integration.shopatron.com:{{port}}`) is no such form. Told
 * in two linear matches, after the last `:`, and before it: one pattern nesting a letter run in a
 * repeat backtracked exponentially on a long host of letters.
 */
function variablesMayHoldUrl(host: string): boolean {
  const colon = host.lastIndexOf(":");
  return onlyVariables.test(host.slice(colon + 1)) && (colon < 0 || schemeCharacters.test(host.slice(0, colon)));
}

/** Variables, one after another, and nothing else. */
const onlyVariables = new RegExp(`^(?:${variableText})+$`);
/** A scheme's characters or variables (a letter and a variable's `{` never both start a step: no backtracking). */
const schemeCharacters = new RegExp(`^(?:[a-z0-9+-]|${variableText})+$`, "i");
/**
 * A URL that starts with `{{name}}`s, one after another (its host, or the whole URL): all of them
 * may be the host and the path's start, as a scheme's host may be followed by a `{{base}}`
 * (`{{host}}{{apiBase}}/orderItem/`, JetBrains' `{{host}}` line then an indented `{{apiBase}}`
 * line). Only the first taken for the host, the second was a path segment of its own, and the
 * request matched no endpoint: its body and query went unchecked (found by the audit of the
 * JetBrains path lines). Where the text after them reads as a host's rest, they are only the
 * host's start (hostRestAfter).
 */
const leadingVariableText = new RegExp(`^(?:${variableText})+`);

/**
 * What follows a URL's leading variables up to the first `/`, `?` or `#` (as a host without a
 * variable ends), when it reads as the rest of a host: a label's `-` or a domain's `.` right after
 * the variables (`{{tenantId}}-translation.mozu.com`, `{{sub}}.shopatron.com`), a domain name
 * (`{{env}}integration.shopatron.com`), or a port (`{{host}}:8443`, `{{host}}:{{port}}`). Taken
 * for the variables alone, the host's rest became the path's start, the request matched no
 * endpoint and its body and tenant header went unchecked (found by the request-files audit).
 * Anything else is the path's start, and the variables are the scheme and host and may hold
 * the path's start too (`{{baseUrl}}api/v2/…`, `{{baseUrl}}order/…`): "" then. No OMS path
 * segment holds a `.`, nor starts with `-` or `:`.
 */
function hostRestAfter(text: string): string {
  const upToPath = /^[^/?#]*/.exec(text)![0];
  // `.` and `..` (`{{baseUrl}}../createOrder/`) are dot segments of the path, as any client reads them.
  return hostRest.test(upToPath) && !/^(?:\.|%2e){1,2}$/i.test(upToPath) ? upToPath : "";
}

/** The rest of a host (hostRestAfter): a label's `-` after the variables, a `.` anywhere, or a port alone. */
const hostRest = new RegExp(`^(?:-|[^.]*\\.|:(?:\\d|${variableText})+$)`);

/**
 * Whether a URL with no scheme (or a host, with its port) starts with variables that may hold the
 * scheme and host, as urlSections reads it: `{{baseUrl}}/…`, `{{baseUrl}}api/v2/…`; not
 * `{{tenantId}}-translation.mozu.com/…` or `{{host}}:{{port}}/…`, whose variables are the host's start.
 */
export function variablesMayHoldScheme(url: string): boolean {
  const leading = leadingVariableText.exec(url);
  return leading !== null && !schemeText.test(url) && hostRestAfter(url.slice(leading[0].length)) === "";
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

function templateSegments(endpoint: Endpoint): string[] {
  return endpoint.path.split("/").filter((s) => s !== "");
}

/** Where an endpoint's path parameter stands, counted from the path's end (0: the last segment); -1 when it has none of that name. */
export function parameterFromEnd(endpoint: Endpoint, name: string): number {
  const template = templateSegments(endpoint);
  const index = template.indexOf(`{${name}}`);
  return index < 0 ? -1 : template.length - 1 - index;
}

function matchSegments(template: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (template.length !== segments.length) return undefined;
  // Inherits nothing: a rule reads a parameter the endpoint lacks by name (an item's PUT has no orderCustomDataID), which a
  // polluted Object.prototype answered ("the file does not say which record \"x\" is").
  const parameters: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const s = segments[i] as string;
    const parameter = /^\{(\w+)\}$/.exec(t);
    if (parameter) parameters[parameter[1] as string] = s;
    else if (t !== s && t !== withUnreservedDecoded(s)) return undefined;
  }
  return parameters;
}

/** A percent-encoded unreserved character (RFC 3986 §2.3: a letter, a digit, `-`, `.`, `_`, `~`). */
const encodedUnreserved = /%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee])/g;

/**
 * A segment with its percent-encoded unreserved characters decoded: RFC 3986 §6.2.2.2 makes
 * `create%4Frder` and `createOrder` the same path, and a server decodes it before it routes
 * (Java servlet containers, Spring). Matched as written only, `/api/v2/create%4Frder/` was no
 * endpoint, and withPreSubmitCheck sent its body unchecked (audit of the service surface).
 * Reserved characters stay escaped: `%2F` is no `/` between segments.
 */
function withUnreservedDecoded(segment: string): string {
  return segment.includes("%") ? segment.replace(encodedUnreserved, (escape) => String.fromCharCode(Number.parseInt(escape.slice(1), 16))) : segment;
}

/** The segments as matched: a base-URL variable may hold the `/api/v2` prefix. */
function candidates(url: UrlParts): string[][] {
  const segments = [...url.segments];
  const list = [segments];
  if (url.hostMayHoldApiRoot && !(segments[0] === "api" && segments[1] === "v2")) list.push(["api", "v2", ...segments]);
  return list;
}

/**
 * How many edits a path (normalized) may be from an endpoint's template and still have it named
 * as the nearest: the longest template's length. Two texts are never more edits apart than the
 * longer is long, so a path no longer than this is told the nearest endpoint, as before, however
 * far; a longer one only when some template is this near, and its length's difference from
 * each template (or distanceAtLeast) rules that out before any distance's table is computed.
 */
export const nearestEndpointTolerance = Math.max(...endpoints.map((endpoint) => normalizedTemplate(endpoint).length));

/**
 * Matches a URL against the endpoint table; without a match, names the nearest endpoint.
 * `variables`: how the request reads its placeholders (RequestEntry.variables); a request file's by default.
 * The path is matched as a client that removes dot segments sends it, its `//` merged:
 * `UrlParts.emptySegment` and `dotSegmentSent` say where the path sent differs (unknown-endpoint
 * warns of them, as search-url-endpoint warns of a search string's `//`).
 */
export function matchEndpoint(url: string, variables: VariableReading = "read", pathAsWritten = false): EndpointMatch {
  // The readings, and the match made of them, are read by name where one may lack a part (`hostEnd`, `endpoint`,
  // `nearest`): as their own, as a polluted Object.prototype answered ("Cannot read properties of undefined").
  const readings = urlReadings(url);
  const [guess, hostEnd] = [readings.guess, ownField(readings, "hostEnd")];
  const parts = partsOf(guess, variables, pathAsWritten);
  const matched = endpointMatch(parts, candidates(parts));
  if (matched) return matched;
  // The text after the host's variables read as the host's end (`https://{{env}}api/api/v2/…`):
  // that host's path as written, an endpoint's, is the request's. The guess took it for the path's
  // start (`api/api/v2/…` is none of the OMS v2 endpoints), and the body went unchecked (audit of
  // the request URL reading). Its path is matched as written: a host that ends in written text
  // holds no `/api/v2` (`{{base}}v2/createOrder/` would need `{{base}}` to hold `…/api`, and a base
  // variable holds `/api/v2` or no path).
  if (hostEnd !== undefined) {
    const hostEndParts = partsOf(hostEnd, variables, pathAsWritten);
    const hostEndMatched = endpointMatch(hostEndParts, [hostEndParts.segments]);
    if (hostEndMatched) return hostEndMatched;
  }
  // A path that is a variable's whole may be any endpoint's: no nearest one is named.
  if (parts.pathIsVariable) return ownFields({ url: parts, parameters: {} });
  const given = normalize(candidates(parts).at(-1) as string[], variables);
  return ownFields({ url: parts, parameters: {}, nearest: nearestEndpoint(given) });
}

/** The first endpoint one of the candidate segment lists matches, with its parameters. */
function endpointMatch(url: UrlParts, segmentLists: readonly (readonly string[])[]): EndpointMatch | undefined {
  for (const segments of segmentLists) {
    for (const endpoint of endpoints) {
      const parameters = matchSegments(templateSegments(endpoint), segments);
      if (parameters) return { url, endpoint, parameters };
    }
  }
  return undefined;
}

/**
 * The endpoint whose template (normalized) is fewest edits from `given` (the first listed on a
 * tie), if one is within nearestEndpointTolerance. The distance's table is the path's length
 * times the template's: it was computed for every unknown path, however far (a 3 MB path took
 * 27 s and 600 MB a template; 4,000 paths of 300 characters 2.7 s, found by the request files
 * audit). A path farther than that from every endpoint is no typo of one: the bounds say so.
 */
export function nearestEndpoint(given: string): Endpoint | undefined {
  let nearest: Endpoint | undefined;
  // One more edit than the tolerance: a template must come nearer than that to be named.
  let best = nearestEndpointTolerance + 1;
  for (const endpoint of endpoints) {
    const template = normalizedTemplate(endpoint);
    // No nearer than the nearest so far (a tie keeps the first): the distance's table is skipped.
    if (Math.abs(given.length - template.length) >= best || distanceAtLeast(given, template) >= best) continue;
    const distance = damerauLevenshtein(given, template);
    if (distance < best) {
      best = distance;
      nearest = endpoint;
    }
  }
  return nearest;
}

/** A template's path, normalized: its `{name}` segments are one token however a request reads variables. */
function normalizedTemplate(endpoint: Endpoint): string {
  return normalize(templateSegments(endpoint), "read");
}

/** A path with every parameter-like segment (a number, a variable, a template) made one token. */
function normalize(segments: readonly string[], variables: VariableReading): string {
  return "/" + segments.map((s) => (/^\d+$/.test(s) || isPlaceholder(s, variables) || /^\{\w+\}$/.test(s) ? "{}" : s.toLowerCase())).join("/");
}
