import { joinedHeader, type RequestEntry, type RequestHeader } from "./requestEntry.js";
import { ParseProblems } from "./parseFindingCap.js";
import type { UrlLine } from "./urlLinePlaces.js";
import { sentPlaceOf, targetAsFilled } from "./sentUrlOffsets.js";
import { listedMediaTypes, multipartBoundary } from "./mediaType.js";
import { contentTypeHeader, tenantHeader } from "./endpoints.js";
import { holdsVariable, matchEndpoint } from "./matchEndpoint.js";
import { expandVariables, expansionBudget, type Expansion } from "./variables.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { isRestClientMethod, readRequestLine, restClientMethods, withoutHttpVersion } from "./requestLine.js";
import { lineFromVariables } from "./lineFromVariables.js";
import { TextLines } from "./textLines.js";
import { bodyLineInFile, readBody, type DroppedLines, type ReadBody } from "./httpBody.js";
import type { BodyReferences } from "./bodyReferences.js";
import { bodyFileOf } from "./bodyFile.js";
import { commentLine } from "./commentLine.js";
import { closesEarly, closesScript, isJetbrainsDirective, isOtherProtocolRequest, isPreRequestScript, opensScript, requestEnd, strayLine, type ClosedEarly } from "./jetbrainsLines.js";
import { FilledLines, fillText, filledLinesOf, joinedFills, restOfLine, type FilledLine, type FilledText } from "./filledLines.js";
import { graphqlBody, graphqlParts, isGraphqlRequest, variablesFault, withoutRequestType, type GraphqlParts } from "./graphqlBody.js";
import type { Fault } from "../source/parseFault.js";
import { positionIn } from "../source/lineIndex.js";
import { exactWrittenColumn, writtenColumn } from "./writtenColumn.js";
import { lineAndColumn, type PlaceName } from "../source/placeName.js";
import { asQueryName, headerWithVariableName, isUnfilledLine, shapeDependsOn, startsWithUnfilledVariable, type BroughtIn } from "./unfilledLine.js";
import { ownField, ownFields } from "../engine/ownField.js";

/** One request of a REST Client file, with where its parts stand (1-based lines and columns). */
export interface HttpRequest extends RequestEntry {
  readonly line: number;
  readonly methodColumn: number;
  readonly methodEndColumn: number;
  readonly urlColumn: number;
  readonly urlEndColumn: number;
  /** The URL as written on the request line (its variables unread). */
  readonly writtenUrl: string;
  /** The URL's lines as written, the request line's then each continuation line's: where a finding about a part of it is placed (urlLinePlaces.ts). */
  readonly urlLines: readonly UrlLine[];
  /**
   * The text after the `###` that opens its block (`### look up the items`), where there is some: a
   * name for the reader, which no `{{name.response…}}` reads (that is `# @name`'s). It names the
   * request in a finding's LintMessage.request key (requestKey.ts) where it has no `# @name`.
   */
  readonly title?: string;
  /** The headers as written (their variables unread; a written line a value's line breaks split, once): what a secret header's value is built from. */
  readonly writtenHeaders: readonly RequestHeader[];
  /** Each written header line: its name as written, and where the line stands (a finding about that header stands there). */
  readonly headerLines: readonly HeaderLine[];
  /** The body's first line, when there is a body. */
  readonly bodyLine?: number;
  /** The line of a body's first `< file` line, when it is sent from files (bodyFile). */
  readonly bodyFileLine?: number;
  /** By the line of the body (0 its first), the variables substituted in it, for each line that substitutes any (its columns differ from the file's from the first). */
  readonly bodyReferences?: BodyReferences;
  /** The comment lines dropped from the body, which put its lines below bodyLine further down the file, and the lines a value's line breaks made, which stand on their written line (see bodyLineInFile). */
  readonly bodyDropped?: readonly DroppedLines[];
  /** The body is the JSON REST Client builds from the one written (X-Request-Type: graphql): its places are not the file's, so its findings stand on the body's first line. */
  readonly graphqlBody?: true;
}

/** A line of the file that sends a header: the header's name as sent (its variables filled), the line, and its text's columns as written. */
export interface HeaderLine {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
}

export interface HttpProblem {
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly message: string;
  /** Our reading of what REST Client would do, not its word: a warning (evidence inferred). */
  readonly inferred?: true;
}

export interface HttpFile {
  readonly requests: readonly HttpRequest[];
  /** The file variables, each with its own variables substituted. */
  readonly variables: { get(name: string): string | undefined };
  /** The file variables' names, as defined (the last definition of a name is its value). */
  readonly variableNames: readonly string[];
  /** The file variables' values as written (their own `{{name}}` left), by name. */
  readonly writtenVariables: ReadonlyMap<string, string>;
  /** The file's problems, the first maxProblemsPerRule of them (src/requests/parseFindingCap.ts). */
  readonly problems: readonly HttpProblem[];
  /** Of the problems past those, the first and the first that is no warning: what the note that they are not listed needs. */
  readonly problemsPast: readonly HttpProblem[];
  /** Where the first request past the caller's maxRequests stands, when the file holds more: then no request or problem is given. */
  readonly tooMany?: { readonly line: number; readonly column: number; readonly endColumn: number };
}

// As REST Client reads them (vscode-restclient's selector.ts and constants.ts): a separator is
// `###` at the line's start, an indented one a comment line; a file variable's name is any text
// without blanks or `=`; a block that starts with a response's status line is not a request.
const separator = /^#{3,}/;
const responseStatusLine = /^\s*HTTP\/[\d.]+/;
const comment = commentLine;
// No lazy group before trailing blanks (`(.*?)\s*$`): on a long run of blanks that retries
// every split of the run, quadratic in the line (a request line of 400,000 spaces took 30 s).
// Values are taken whole and trimmed.
const variableLine = /^\s*@([^\s=]+)\s*=([^]*)$/;
const nameComment = /^\s*(?:#|\/\/)\s*@name\s+([\w-]+)/;
/** REST Client's prompt line, `# @prompt name` or `// @prompt name description` (its constants.ts, PromptCommentRegex). JetBrains HTTP Client has none. */
const promptComment = /^\s*(?:#{1,}|\/{2,})\s*@prompt\s+([^\s]+)(?:\s+(.*))?\s*$/;
/** A header name Node sends (RFC 9110's token): `validateHeaderName` throws on any other, and the request is not sent. */
const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const headerLine = new RegExp(`^(${token})\\s*:([^]*)$`);
/** A head line without a colon that REST Client sends as a header named as it stands, with an empty value. */
const bareHeaderName = new RegExp(`^${token}$`);
/** How a body begins (JSON, a quoted string, REST Client's `< file`), and no header name can: a header name is a token. */
const bodyStart = /^\s*[{["<]/;
/** JetBrains' indented path line (not a `//` or `/*` comment opening a body: found by the audit of the path lines). */
const jetbrainsPathLine = /^[ \t]+\/(?![/*])/;
/**
 * A line that continues the request line's URL: REST Client's query lines (HttpRequestParser's
 * `queryStringLinePrefix`: `?orderID=1`, `&page=2`, indented or not), and JetBrains' indented path
 * lines (`    /orderItem/`: "Indent all query string lines but the first one", its HTTP request
 * syntax page). REST Client would read an indented `/…` line as a header without a colon, which no
 * REST Client user writes on purpose.
 */
const queryContinuation = new RegExp(`^\\s*[&?]|${jetbrainsPathLine.source}`);
/**
 * JetBrains' indented line of a path segment's text alone (`    5/customData` under `…/order/`),
 * which its spec joins as written, each line trimmed (http-request-in-editor-spec, 4.2.1:
 * "http://example.com/" then "    api" then "    /get": "The request will be sent as
 * “http://example.com/api/get”"). It holds no blank and no colon, and opens as no body, comment,
 * query or script does. REST Client reads it as a header without a colon, so it is taken for a
 * segment only where one is due (urlLine): the URL so far ends with `/`, has no query yet,
 * and is no OMS endpoint. Every endpoint's path ends with `/` (`…/orderItem/`, `…/createOrder/`):
 * `    Accept` under one stays the header REST Client sends, and the request's own findings stand
 * (found by the audit of this reading, which joined it and hid them).
 */
const jetbrainsSegmentLine = /^[ \t]+(?![{["<>#?&/])[^\s:]+[ \t]*$/;
/** The most segment lines one URL joins: each asks whether the URL so far is an endpoint, a read of all of it. A long URL is broken over a handful. */
const maxSegmentLines = 64;

/** The URL written so far, and what a segment line needs of it, kept as facts so that 100,000 continuation lines are not each a scan of all before them. */
interface UrlSoFar {
  readonly text: string;
  readonly endsWithSlash: boolean;
  readonly hasQuery: boolean;
  readonly segmentLines: number;
}

/** The URL so far, once `text` (a line, trimmed) is added. */
function extendedUrl(soFar: UrlSoFar, text: string, segmentLine: boolean): UrlSoFar {
  return {
    text: soFar.text + text,
    endsWithSlash: text === "" ? soFar.endsWithSlash : text.endsWith("/"),
    hasQuery: soFar.hasQuery || text.includes("?"),
    segmentLines: soFar.segmentLines + (segmentLine ? 1 : 0),
  };
}

/**
 * What the line below the URL so far is to it: a line the client fills (unfilledLine.ts), a query
 * or `/` path line, a segment line where one is due (the URL so far ends with `/`, has no query,
 * and matches no endpoint), or none of them (undefined: the URL ends above it).
 */
function urlLine(text: string, soFar: UrlSoFar): "unfilled" | "continuation" | "segment" | undefined {
  if (isUnfilledLine(text)) return "unfilled";
  if (queryContinuation.test(text)) return "continuation";
  const due = jetbrainsSegmentLine.test(text) && soFar.endsWithSlash && !soFar.hasQuery && soFar.segmentLines < maxSegmentLines;
  return due && matchEndpoint(soFar.text).endpoint === undefined ? "segment" : undefined;
}
const notAHeader = `not a header ("Name: value"); a body must follow a blank line`;
const noColon =
  'no colon: REST Client sends this line as a header with an empty value (its parseRequestHeaders takes a head line without ":" as a name alone); likely a missing colon ("Name: value") or a missing blank line before a body (our reading)';

/** Headers a request rule judges the value of: one of them written without a colon is sent empty, which the rule says. */
const headersRulesJudge: ReadonlySet<string> = new Set([contentTypeHeader, tenantHeader]);
const missingBlankLine = "the blank line between the headers and the body is missing: a REST Client request puts its body after a blank line";

/**
 * Parses REST Client (`.http`/`.rest`) text: requests separated by `###`, `@name = value`
 * file variables (visible in the whole file), `# @name` request names, a request line,
 * `?`/`&` query continuation lines, headers, a blank line, and the body, told apart once their
 * variables are filled, as REST Client tells them (FilledLines). Comment lines are
 * dropped wherever they stand in a request, the body too, as REST Client drops them. JetBrains
 * HTTP Client's own lines (jetbrainsLines.ts), which it does not send, are read as it reads them:
 * a response handler, redirect or reference ends the request, and a pre-request script above the
 * request line is not the request. Never throws.
 * The text is read line by line (TextLines), never split into an array of its lines. A file
 * of more than `maxRequests` requests is not read past the first one too many: `tooMany`
 * says where it stands, and no request is returned.
 */
export function parseHttpFile(input: string, maxRequests = Infinity): HttpFile {
  const text = withoutByteOrderMark(input);
  // Each walk over the lines (the file's blocks, a block's lines, its body's) reads forward, so
  // that each finds the line breaks in one pass; the walk of the blocks starts again once.
  const walk = new TextLines(text);
  const lines = new TextLines(text);
  const bodies = new TextLines(text);
  const ahead = new TextLines(text);
  const raw = new Map<string, string>();
  for (let at: number | undefined = 0; at !== undefined; at = walk.next(at)) {
    const line = walk.line(at);
    // Only a line whose first character past its blanks is @ can set a variable: the others pay no regular expression.
    if (!line.trimStart().startsWith("@")) continue;
    const m = variableLine.exec(line);
    // A name defined twice reads as its last definition: REST Client's FileVariableProvider
    // (getFileVariables) reads the file's lines in order into a Map, `variables.set(key, …)`
    // for each, so a later definition replaces an earlier one (Huachao/vscode-restclient at
    // 6649589, src/utils/httpVariableProviders/fileVariableProvider.ts).
    if (m) raw.set(m[1] as string, unescapedValue((m[2] as string).trim()));
  }
  const lookup = (name: string) => raw.get(name);
  // Substituted when used, not up front: a file of many variables that double each other costs nothing until one is used, and then what expansionLimits allow.
  const variables = { get: (name: string) => (raw.has(name) ? expandVariables(raw.get(name) as string, lookup).text : undefined) };
  const requests: HttpRequest[] = [];
  const problems = new ParseProblems<HttpProblem>((problem) => problem.inferred !== true);
  let stopped: string | undefined;
  // One allowance for the whole file: each text's own caps, times every line of the file, were no bound.
  const budget = expansionBudget(input.length);
  // A name the request prompts for (`# @prompt orderID`) is filled by the client, whatever the file defines: left as written.
  const resolve = (s: string, prompted: ReadonlySet<string>) => {
    const expanded = expandVariables(s, prompted.size === 0 ? lookup : (name) => (prompted.has(name) ? undefined : lookup(name)), budget);
    stopped ??= ownField(expanded, "stopped");
    return expanded;
  };
  let start: number | undefined = 0;
  let number = 1;
  while (start !== undefined) {
    // The block runs from its first line (a separator, but for the file's first) to the next separator.
    let end = walk.next(start);
    let endNumber = number + 1;
    while (end !== undefined && !separator.test(walk.line(end))) [end, endNumber] = [walk.next(end), endNumber + 1];
    const opensWithSeparator = separator.test(walk.line(start));
    const first = opensWithSeparator ? { at: walk.next(start), number: number + 1 } : { at: start, number };
    const title = opensWithSeparator ? walk.line(start).replace(separator, "").trim() : "";
    stopped = undefined;
    const request = first.at === undefined || first.number >= endNumber ? undefined : parseBlock({ lines, bodies, ahead }, first.at, first.number, endNumber, resolve, problems);
    if (request !== undefined) {
      // A payload's arrays hold at most maxEntries entries; a request file, as many requests.
      if (requests.length >= maxRequests) return { requests: [], variables, variableNames: [...raw.keys()], writtenVariables: raw, problems: [], problemsPast: [], tooMany: { line: request.line, column: request.methodColumn, endColumn: request.urlEndColumn } };
      // Held in an object that inherits nothing: the rules read its optional parts by name (`request.bodyFile`), which a polluted Object.prototype answered.
      requests.push(ownFields(title === "" ? request : { ...request, title }));
      if (stopped !== undefined) {
        problems.push({ line: request.line, column: request.methodColumn, endColumn: request.urlEndColumn, message: `variables not substituted to the end: ${stopped}` });
      }
    }
    [start, number] = [end, endNumber];
  }
  return { requests, variables, variableNames: [...raw.keys()], writtenVariables: raw, problems: problems.listed, problemsPast: problems.past() };
}

/** A request REST Client sends as a cURL command, which oms-lint does not read. */
const curlCommand =
  "REST Client sends a request that starts with curl as the cURL command it is; oms-lint does not read cURL, so this request is not checked: write it as a request line (POST https://…), its headers and its body to have it checked";

/** What REST Client does with a request line whose first word is no method it knows. */
function unknownMethod(word: string): string {
  const shown = word.length > 40 ? `${word.slice(0, 40)}…` : word;
  return `"${shown}" is not a method REST Client reads (${restClientMethods.join(", ")}, in any letter case): it sends this whole line as a GET request's URL, so the request is not checked; write one of them`;
}

/**
 * A relative URL (`/api/v2/…`) made absolute from the request's Host header, as REST Client
 * makes it (Huachao/vscode-restclient, src/utils/httpRequestParser.ts, parseHttpRequest: "if
 * Host header provided and url is relative path, change to absolute url"): https when the
 * Host's port is 443 or 8443, http otherwise. Any other URL stays as it is.
 */
function withHostHeader(url: string, headers: readonly { name: string; value: string }[]): string {
  const host = headers.find((h) => h.name.toLowerCase() === "host")?.value;
  if (!host || !url.startsWith("/")) return url;
  const port = host.split(":")[1];
  const scheme = port === "443" || port === "8443" ? "https" : "http";
  return `${scheme}://${host}${url}`;
}

/** The walks a block is read with: its lines, its body's lines (built after its last line is found), and the lines below its request line, to find where the request ends (jetbrainsLines.ts). */
interface BlockLines {
  readonly lines: TextLines;
  readonly bodies: TextLines;
  readonly ahead: TextLines;
}

/** The request of the block from line `blockNumber` (at offset `blockStart`) to the line before `blockEnd`, if it holds one. */
function parseBlock(
  { lines, bodies, ahead }: BlockLines,
  blockStart: number,
  blockNumber: number,
  blockEnd: number,
  resolveWith: (s: string, prompted: ReadonlySet<string>) => Expansion,
  problems: ParseProblems<HttpProblem>,
): HttpRequest | undefined {
  // The line read (`number`, starting at `at`); `at` is undefined only past the text's last line, where `number` is blockEnd.
  let at: number | undefined = blockStart;
  let number = blockNumber;
  const current = () => lines.line(at as number);
  const advance = () => void ([at, number] = [lines.next(at as number), number + 1]);
  // An open script's lines, to the one that closes it (or the block's last): JavaScript, not the request.
  // Whether it was closed: an open script runs to the block's end, and the request below it with it.
  const skipScript = (): boolean => {
    while (number + 1 < blockEnd) {
      advance();
      if (closesScript(current())) return true;
    }
    return false;
  };
  let name: string | undefined;
  const prompted = new Set<string>();
  for (; number < blockEnd; advance()) {
    const line = current();
    // JetBrains runs a pre-request script before it sends the request below it, and sends no line of it.
    if (isPreRequestScript(line)) {
      const opened = number;
      if (opensScript(line) && !skipScript()) {
        // Found by the audit of the JetBrains reading: the request below a script never closed went unchecked, without a word.
        problems.push({ ...faultAt({ number: opened, written: line }), message: unclosedScript("pre-request script", "the request below it is not checked") });
        return undefined;
      }
      // A %} in a string cut the script short, and its next line was read as the request line: one finding, here (a Left item of the thirty-second stop).
      if (opensScript(line) && closesEarly(lines, at as number, number, blockEnd)) {
        problems.push({ ...faultAt({ number, written: current() }), message: preRequestClosedEarly(opened) });
        return undefined;
      }
      continue;
    }
    const named = nameComment.exec(line);
    if (named) name = named[1];
    const prompt = promptComment.exec(line);
    if (prompt) prompted.add(prompt[1] as string);
    if (line.trim() === "" || comment.test(line) || variableLine.test(line) || isJetbrainsDirective(line)) continue;
    break;
  }
  // REST Client asks for each name a `# @prompt` line above the request names, and its answer wins over a file
  // variable of that name (Selector.getRequest passes the prompted values first to processRawRequest): a value
  // oms-lint cannot know, left as `{{name}}` wherever the request uses it, a file variable's value too.
  const resolve = (s: string) => resolveWith(s, prompted);
  // A JetBrains GraphQL, WebSocket or gRPC request is no REST call of the OMS: its block draws nothing (it was a parse error: no method REST Client reads).
  if (number >= blockEnd || responseStatusLine.test(current()) || isOtherProtocolRequest(current())) return undefined;
  // JetBrains ends the request at its first response handler, redirect or reference line, and
  // sends none of the lines from there to the separator: REST Client would send them as the body.
  const end = requestEnd(ahead, lines.next(at as number), number + 1, blockEnd);
  const endNumber = end?.number ?? blockEnd;
  const below = end && strayLine(ahead, end, blockEnd);
  if (below?.stray) problems.push({ ...faultAt({ number: below.stray.number, written: ahead.line(below.stray.at) }), message: notReadBelow(end!.number, below.closedEarly), inferred: true });
  if (below?.unclosed) {
    const { number: opened, at: openedAt } = below.unclosed;
    problems.push({ ...faultAt({ number: opened, written: ahead.line(openedAt) }), message: unclosedScript("response handler script", "no line below it is read (a request among them, if its ### was forgotten)"), inferred: true });
  }
  const first = current();
  const lineNumber = number;
  const indent = first.length - first.trimStart().length;
  const read = readRequestLine(first.trim());
  // A method variable is substituted first, as REST Client does (docs/requests.md): one whose
  // value is no method (`{{host}} /api/v2/…`, a URL) starts the URL, the method then being GET.
  const methodFilled = read && fillText(read.method, resolve);
  const readMethod = methodFilled?.text;
  const m = read && readMethod !== undefined && (/^[A-Za-z]+$/.test(readMethod) || holdsVariable(readMethod)) ? read : undefined;
  // A line whose variables hold the method and the URL together (`{{req}}`, `@req = POST https://…`).
  // The line filled once: read for its method and URL, then, when it holds no method, as the URL;
  // a first word filled already (`{{host}} /api/v2/…`) is not filled again, only what follows it.
  const lineFilled = m ? undefined : read && methodFilled ? joinedFills(methodFilled, read.method.length, fillText(first.trim().slice(read.method.length), resolve)) : fillText(first.trim(), resolve);
  const whole = lineFilled && lineFromVariables(first.trim(), lineFilled.text);
  const method = m?.method ?? "GET";
  // The target as written on the request line, its HTTP version still on it: REST Client joins
  // the request line and its `?`/`&` continuation lines, then cuts the version from the whole
  // (HttpRequestParser.parseHttpRequest: `parseRequestLine(requestLines.map(l => l.trim()).join(''))`).
  const uncutTarget = m ? first.trim().slice(m.method.length).trim() : first.trim();
  const urlText0 = withoutHttpVersion(uncutTarget);
  const methodColumn = indent + 1;
  // Without a method written, a finding about the method stands on the line's variables.
  const methodEndColumn = m ? methodColumn + method.length : whole ? indent + 1 + first.trim().length : indent + 1;
  const urlColumn = first.indexOf(urlText0, m ? indent + method.length : indent) + 1;
  const urlEndColumn = urlColumn + urlText0.length;
  const sentMethod = m ? (readMethod as string) : whole?.method;
  // A word REST Client does not read as a method (`FOO https://…`): it sends the whole line as a
  // GET request's URL, which no check here can stand for. One finding, at the word, and no more.
  if (sentMethod !== undefined && /^[A-Za-z]+$/.test(sentMethod) && !isRestClientMethod(sentMethod)) {
    // REST Client sends a request whose text starts with "curl" (any letter case) as the cURL
    // command it is (RequestParserFactory: `curlRegex = /^\s*curl/i`, then CurlRequestParser):
    // no GET of the line, as unknownMethod would say (request-files audit). oms-lint reads no
    // cURL: a warning that it is not checked, not an error on a request the client sends.
    const curl = /^curl/i.test(sentMethod);
    problems.push({ line: lineNumber, column: methodColumn, endColumn: methodEndColumn, message: curl ? curlCommand : unknownMethod(sentMethod), ...(curl && { inferred: true as const }) });
    return undefined;
  }
  // REST Client tells a continuation, a header, the blank line and the body apart on the request
  // as filled, a value's line breaks splitting it (FilledLines): the target's own come first.
  const [filledTargetLine, ...leading] = filledLinesOf(lineNumber, at as number, first, whole ? wholeLineValue(whole.uncutTarget, first) : placedAt(lineFilled ?? fillText(uncutTarget, resolve), urlColumn - 1)) as [FilledLine, ...FilledLine[]];
  const filledTarget = filledTargetLine.text;
  advance();
  const filled = new FilledLines(lines, at, number, endNumber, resolve, leading);
  // Continuation lines: `    ?orderID=1` / `    &page=2` (JetBrains' `    /orderItem/` too), a comment line among them dropped
  // (it does not end them). A line the client fills (unfilledLine.ts) may be one, and the lines
  // after it go on; it stands after those written, so that they join as they would without it.
  const continued: ContinuationLine[] = [];
  const urlLines: UrlLine[] = [{ line: lineNumber, column: urlColumn, text: urlText0 }];
  // Each written line of the URL as filled, and (past the request line) the continuation line it starts: where it is sent is known once they are joined.
  // Each its own `continued` (undefined for the request line): an absent one read a polluted Object.prototype.continued.
  // A line whose variables hold the method too is read whole (wholeLineValue); its place in the URL sent is its target's as filled, the line's written offsets those of its trimmed text.
  const targetFill = whole && lineFilled ? { filled: targetAsFilled(lineFilled, whole.uncutTarget), writtenStart: 0 } : { filled: filledTargetLine.filled, writtenStart: urlColumn - 1 };
  const urlFills: { readonly filled: FilledText; readonly writtenStart: number; readonly continued: number | undefined }[] = [{ ...targetFill, continued: undefined }];
  const head: HeadReading = { unfilled: false, above: undefined };
  let soFar = extendedUrl({ text: "", endsWithSlash: false, hasQuery: false, segmentLines: 0 }, filledTarget.trim(), false);
  for (let line = filled.peek(), kind = line && urlLine(line.text, soFar); line !== undefined && kind !== undefined; filled.take(), line = filled.peek(), kind = line && urlLine(line.text, soFar)) {
    continued.push({ text: line.text, unfilled: readUnfilled(head, line) });
    // The written line once, at its first filled line: the lines a value's line breaks make of it stand on it.
    if (line.first) {
      const writtenStart = line.written.length - line.written.trimStart().length;
      urlLines.push({ line: line.number, column: writtenStart + 1, text: line.written.trim() });
      urlFills.push({ filled: line.filled, writtenStart, continued: continued.length - 1 });
    }
    soFar = extendedUrl(soFar, line.text.trim(), kind === "segment");
  }
  const { text: continuation, inPlaceAt } = joinedContinuation(filledTarget, continued);
  // `GET url HTTP/1.1` then `?orderID=1`: the cut takes the continuation with it, as REST Client's
  // does (HttpRequestParser.parseHttpRequest trims each line and joins them: `requestLines.map(l =>
  // l.trim()).join('')`); and it cuts the line as filled, so a version a variable holds goes too.
  const url = filledTarget.trim() + continuation;
  const writtenHeaders: RequestHeader[] = [];
  const headerLines: HeaderLine[] = [];
  const headers = readHeaders(filled, problems, head, { headers: writtenHeaders, lines: headerLines });
  const cutUrl = withoutHttpVersion(url);
  const sentUrl = withHostHeader(cutUrl, headers);
  // A Host header's scheme and host, put before a relative URL.
  const hostAdded = sentUrl.length - cutUrl.length;
  // Past the blank line, the body starts at its first line that is not blank, wherever a value's
  // line breaks put it: REST Client removes one blank line and sends every line after it
  // (HttpRequestParser.parseHttpRequest: `bodyLines.push(currentLine)`), blank ones too, which
  // a JSON body reads as blanks. `@b = \n{…}` as `{{b}}` is the lines "" and `{…}`: the body.
  // The blank lines past the one REST Client removes stay in the body it reads: whitespace to a
  // JSON body (its text here starts at its first line that is not blank, so that its findings
  // keep their lines), but a GraphQL body's first blank line (graphqlBody.ts).
  let bodyFirst = filled.peek();
  let blankLines = 0;
  for (; bodyFirst !== undefined && bodyFirst.text.trim() === ""; bodyFirst = filled.peek(), blankLines++) filled.take();
  [at, number] = bodyFirst === undefined ? [undefined, endNumber] : [bodyFirst.at, bodyFirst.number];
  const bodyAt = at;
  const bodyLine = number;
  // The body ends at its last line that is neither blank nor a comment.
  let lastLine = 0;
  for (; number < endNumber; advance()) {
    const line = current();
    if (line.trim() !== "" && !comment.test(line)) lastLine = number;
  }
  const body = bodyAt === undefined || lastLine < bodyLine ? undefined : readBody(bodies, bodyAt, bodyLine, lastLine, resolve, restOfLine(bodyFirst as FilledLine), multipartBoundary(joinedHeader(headers, contentTypeHeader)));
  // REST Client sends a GraphQL request's body as the JSON it builds from the one written (graphqlBody.ts); a body from a file is one oms-lint does not read.
  const graphql = isGraphqlRequest(headers);
  const parts = graphql && !body?.fromFile ? graphqlParts(body?.text, Math.max(blankLines - 1, 0)) : undefined;
  // A place the fault's message names (a bracket never closed) is the file's, as the fault's own place is (review of 768f1e6e).
  const fault = parts && variablesFault(parts.variables, blankLines > 1 ? () => undefined : variablesPlaceName(body as ReadBody, bodyLine, parts));
  if (fault !== undefined) {
    // JSON.parse throws, and REST Client sends nothing: one finding, the request not checked further (as for a method it does not read).
    problems.push(blankLines > 1 ? { ...faultAt(bodyFirst as FilledLine), message: extraBlankLines(blankLines, fault) } : variablesFaultAt(body as ReadBody, bodyLine, parts as GraphqlParts, fault));
    return undefined;
  }
  const built = parts && graphqlBody(parts);
  // A form body (`name=a` then `&value=b`, which REST Client joins): sent as the form its
  // Content-Type names, no JSON to parse. The header's own finding (request/content-type) is the
  // one cause; the body, read as JSON, was a parse error beside it (found by the audit of request files).
  const form = built === undefined && body !== undefined && !body.fromFile && sentAsForm(headers, body.text ?? "");
  return {
    name,
    method: sentMethod ?? method,
    url: sentUrl,
    headers: graphql ? withoutRequestType(headers) : headers,
    ...(head.unfilled ? { headersMayHoldAny: true } : {}),
    ...(form ? {} : built === undefined ? { body: body?.text } : { body: built, graphqlBody: true as const }),
    // A body sent that is not read here: from a file, or a form.
    bodyFromFile: form || (body?.fromFile ?? false),
    // The file it is sent from; not of a GraphQL request, whose body REST Client builds around the file's text, nor of a
    // multipart form whose boundary line (`--b`, the Content-Type's boundary=b) the user wrote above the file, one part of the
    // envelope they frame (any line starting with `--`, wherever it stood, was taken for one: audit of 835c082e).
    // REST Client builds no envelope itself: parseBody takes its CombinedStream branch whenever a line is a `<` file line,
    // whatever the Content-Type, joining the lines with each file's bytes in place of its line, so a form body (urlencoded,
    // or multipart with no boundary line) that is a `<` line alone sends the file's bytes as the body (fix audits; of
    // fb596df1 for multipart). A Content-Type that is a variable: the file is named.
    ...(body?.file === undefined || graphql || body.file.framed === true ? {} : { bodyFile: bodyFileOf(body.file), bodyFileLine: body.file.line }),
    // A `<@foo` line throws in REST Client whatever frames its file: carried in every case, at its line (audit of 835c082e).
    ...(body?.file?.unknownEncoding === undefined ? {} : { unknownEncoding: body.file.unknownEncoding, bodyFileLine: body.file.unknownEncoding.line }),
    // A client fills what is left of `{{name}}` before sending: oms-lint cannot know it.
    variables: "braces",
    line: lineNumber,
    methodColumn,
    methodEndColumn,
    urlColumn,
    urlEndColumn,
    writtenUrl: urlText0,
    // Each written line where the URL sent holds it (past a Host header's scheme and host), so that a parameter spelt out is placed only where it is the one sent.
    urlLines: urlLines.map((line, i) => {
      const { filled: lineFilled, writtenStart, continued: index } = urlFills[i]!;
      const at = index === undefined ? 0 : inPlaceAt[index];
      const from = at === undefined ? undefined : index === undefined ? 0 : filledTarget.trim().length + at;
      const sent = from === undefined ? undefined : sentPlaceOf(lineFilled, writtenStart, from + hostAdded);
      return sent === undefined ? line : { ...line, sent };
    }),
    writtenHeaders,
    headerLines,
    bodyLine: body && bodyLine,
    // The references and dropped lines place the written body's lines: none of the built one's.
    bodyReferences: built === undefined ? body?.references : undefined,
    bodyDropped: built === undefined ? body?.dropped : undefined,
  };
}

/** GraphQL variables JSON.parse refuses (graphqlBody.ts): REST Client sends nothing. */
function variablesNotJson(fault: Fault): string {
  return `the GraphQL variables (the body's lines below its first blank line) are not one JSON value: ${fault.message}; REST Client's JSON.parse throws on them, so it sends nothing`;
}

/** A GraphQL body under more blank lines than one: REST Client reads it all as the variables, which JSON.parse refuses. */
function extraBlankLines(blankLines: number, fault: Fault): string {
  return `this GraphQL body follows ${blankLines} blank lines under the headers: REST Client removes one, and reads the next as the blank line that ends the query, so the query is empty and the whole body is the variables, on which its JSON.parse throws (${fault.message}): it sends nothing; leave one blank line above the query`;
}

/** A place of the variables' text as a message names it: the file's line and column, where the file holds it as written (not inside a variable's value). */
function variablesPlaceName(body: ReadBody, bodyLine: number, parts: GraphqlParts): PlaceName {
  return (offset) => {
    const { line, column } = positionIn(body.text as string, parts.variablesAt + offset);
    const written = exactWrittenColumn(body.references?.get(line - 1) ?? [], column);
    return written === undefined ? undefined : lineAndColumn(bodyLineInFile(bodyLine, body.dropped, line), written);
  };
}

/** The variables' fault where it stands in the file: its line below the comment lines dropped, its columns those of the line as written. */
function variablesFaultAt(body: ReadBody, bodyLine: number, parts: GraphqlParts, fault: Fault): HttpProblem {
  const text = body.text as string;
  const at = (offset: number, edge: "start" | "end") => {
    const { line, column } = positionIn(text, parts.variablesAt + offset);
    return { line: bodyLineInFile(bodyLine, body.dropped, line), column: writtenColumn(body.references?.get(line - 1) ?? [], column, edge) };
  };
  const start = at(fault.offset, "start");
  const end = at(fault.offset + Math.max(fault.length, 1), "end");
  return { line: start.line, column: start.column, endColumn: end.line === start.line ? Math.max(end.column, start.column + 1) : start.column + 1, message: variablesNotJson(fault) };
}

/** The target of a request line its variables hold whole (`{{req}}`): every character of it stands on those variables, as written. */
function wholeLineValue(target: string, written: string): FilledText {
  const from = written.length - written.trimStart().length;
  return { text: target, references: [{ expandedFrom: 0, expandedTo: target.length, writtenFrom: from, writtenTo: written.trimEnd().length }] };
}

/** The request line's target filled, its values placed on the written line (the target starts at `column0` in it). */
function placedAt({ text, references }: FilledText, column0: number): FilledText {
  return { text, references: references.map((r) => ({ ...r, writtenFrom: r.writtenFrom + column0, writtenTo: r.writtenTo + column0 })) };
}

/** What the head's lines the client fills (unfilledLine.ts) leave unknown, as the head is read. */
interface HeadReading {
  /** A line of the head is one: it may hold any header. */
  unfilled: boolean;
  /** The line just read, when it is one: a body's start under it may follow the blank line it fills to. */
  above: FilledLine | undefined;
}

/** Whether the line is one the client fills, noted in `head`; any other line read clears `above`. */
function readUnfilled(head: HeadReading, line: FilledLine): boolean {
  const unfilled = isUnfilledLine(line.text);
  if (unfilled) head.unfilled = true;
  head.above = unfilled ? line : undefined;
  return unfilled;
}

/**
 * The missing blank line, and where it goes. A body's start that a value's line break makes
 * (`@h = x-vol-tenant: 123\n{…}`, then `{{h}}`) needs it inside that value: an empty line above
 * the written line would put the header into the body.
 */
function missingBlankLineAt(line: FilledLine): string {
  if (line.first) return `${missingBlankLine}; add an empty line above this one`;
  const holder = line.filled.references.find((r) => r.expandedFrom < line.offset && line.offset <= r.expandedTo);
  const value = holder === undefined ? "the value of a variable on this line" : `the value of ${line.written.slice(holder.writtenFrom, holder.writtenTo)}`;
  return `${missingBlankLine}; here the body starts after a line break inside ${value}: put the blank line there, two line breaks (\\n\\n) where it has one`;
}

/**
 * The written `{{name}}`s whose values the line's text (one piece of its written line, as filled)
 * stands in, and what they brought, each once: `{{auth}}` for `@auth = {{$dotenv AUTH_HEADER}}`,
 * `{{u}}` for the piece a line break in `{{u}}`'s value breaks off `POST {{u}}`. Not whole when
 * text written on the line stands beside them (`{{auth}} {{extra}}`). One pass over the values,
 * in the order they fill the line.
 */
function broughtInBy(line: FilledLine): BroughtIn {
  const { text, references } = line.filled;
  const [from, to] = [line.offset, line.offset + line.text.length];
  const by = new Set<string>();
  const pieces = new Set<string>();
  let whole = true;
  let covered = from;
  for (const r of references) {
    if (r.expandedTo <= from || to <= r.expandedFrom) continue;
    const [start, end] = [Math.max(from, r.expandedFrom), Math.min(to, r.expandedTo)];
    if (start > covered && text.slice(covered, start).trim() !== "") whole = false;
    covered = Math.max(covered, end);
    by.add(line.written.slice(r.writtenFrom, r.writtenTo));
    pieces.add(text.slice(start, end).trim());
  }
  if (covered < to && text.slice(covered, to).trim() !== "") whole = false;
  return { by: [...by], pieces: [...pieces], whole };
}

/** A line below a request's response handler, redirect or reference (on line `end`) that is none of those: neither client reads it as written (jetbrainsLines.ts). */
function notReadBelow(end: number, closedEarly: ClosedEarly | undefined): string {
  const early = closedEarly
    ? `; the script opened on line ${closedEarly.opened} ended at the first %} on line ${closedEarly.closed}, as JetBrains reads it wherever it stands (its spec: "An in-place script can't contain ‘%}’"), so if that %} is inside a string, the script's lines after it are read as this one is`
    : "; if it starts another request, put ### above it";
  return `this line is not read: it stands below the request's response handler, redirect or reference (line ${end}), where JetBrains HTTP Client ends the request, and JetBrains' grammar puts only more of those before the next ###; REST Client would send it as part of the request (our reading)${early}`;
}

/** A line that continues the request line's URL, and whether the client fills it (unfilledLine.ts). */
interface ContinuationLine {
  readonly text: string;
  readonly unfilled: boolean;
}

/**
 * What the continuation lines add to the URL: those written in their order, then each the client
 * fills as the query it may hold (asQueryName), so that the written ones join as they would
 * without it. Among JetBrains' path lines, one the client fills (`    {{apiBase}}`, from
 * http-client.env.json) holds part of the path where it stands, when it is indented and a written
 * line follows it: moved to the query, it made the path another (found by the audit of the path
 * lines). One at the lines' end, or not indented, may hold the query or a header
 * (`{{authHeader}}`), read as any line the client fills is (found by the audit of the version
 * that kept every such line in place).
 */
function joinedContinuation(target: string, lines: readonly ContinuationLine[]): { readonly text: string; readonly inPlaceAt: readonly (number | undefined)[] } {
  const pathLines = lines.some((line) => !line.unfilled && (jetbrainsPathLine.test(line.text) || jetbrainsSegmentLine.test(line.text)));
  let lastWritten = -1;
  lines.forEach((line, i) => void (line.unfilled ? undefined : (lastWritten = i)));
  const inPlace = (line: ContinuationLine, i: number) => !line.unfilled || (pathLines && /^[ \t]/.test(line.text) && i < lastWritten);
  // Where each line kept in place starts in what they add; none for a line moved to the query.
  const inPlaceAt: (number | undefined)[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    inPlaceAt.push(inPlace(line, i) ? length : undefined);
    if (inPlace(line, i)) length += line.text.trim().length;
  }
  const written = lines.filter(inPlace).map((line) => line.text.trim()).join("");
  // The first line moved to the query starts it, unless the URL has its `?` already; each after it goes on with `&`.
  let queryStarted = target.includes("?") || written.includes("?");
  const moved: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (inPlace(line, i)) continue;
    moved.push(asQueryName(queryStarted, line.text));
    queryStarted = true;
  }
  return { text: written + moved.join(""), inPlaceAt };
}

/** A JetBrains script opened with `{%` and never closed: its `%}` is missing before the next ### or the file's end. */
function unclosedScript(what: string, consequence: string): string {
  return `this ${what} opens with {% and is never closed (no %} before the next ### or the end of the file): JetBrains HTTP Client's grammar writes a script as {% … %}, so ${consequence}; close it with %}`;
}

/** A pre-request script over several lines whose `%}` has more after it (jetbrainsLines.ts, closesEarly). */
function preRequestClosedEarly(opened: number): string {
  return `this pre-request script (opened on line ${opened}) ends at this line's first %}, as JetBrains HTTP Client reads it wherever it stands (its spec: "An in-place script can't contain ‘%}’"), and more follows it: if that %} is inside a string, the script's later lines are read as the request line, so the request below is not checked; write that %} another way (as "%" + "}")`;
}

/** Where a fault of a line stands: the line as written, whole. */
function faultAt(line: Pick<FilledLine, "number" | "written">): Omit<HttpProblem, "message"> {
  const { written } = line;
  return { line: line.number, column: written.length - written.trimStart().length + 1, endColumn: written.length + 1 };
}

/**
 * The headers, up to the blank line (the line, as filled, that is blank), each a fault of its own
 * that is no `Name: value` line. A line that starts a body ends them, its missing blank line one
 * fault (the body is read from it), or, right under a line the client fills, that line read as
 * the blank line and a warning (unfilledLine.ts). A fault stands on the line as written, whole.
 */
function readHeaders(filled: FilledLines, problems: ParseProblems<HttpProblem>, head: HeadReading, written: { headers: RequestHeader[]; lines: HeaderLine[] }): RequestHeader[] {
  const headers: RequestHeader[] = [];
  for (let line = filled.peek(); line !== undefined && line.text.trim() !== ""; filled.take(), line = filled.peek()) {
    const above = head.above;
    if (readUnfilled(head, line)) continue;
    const h = headerLine.exec(line.text.trim());
    if (h) {
      headers.push({ name: h[1] as string, value: (h[2] as string).trim() });
      const asWritten = !line.first ? undefined : line.written === line.text ? h : headerLine.exec(line.written.trim());
      if (asWritten) written.headers.push({ name: asWritten[1] as string, value: (asWritten[2] as string).trim() });
      // Its line, as sent: a variable's line that sends a header is where a finding about it stands (it stood on the request line).
      written.lines.push({ name: h[1] as string, ...faultAt(line) });
      continue;
    }
    // The client fills the name: it may be any header, so none is said to be missing; its "{" starts no body.
    const named = line.text.includes("{{") ? headerWithVariableName(line.text) : undefined;
    if (named) {
      head.unfilled = true;
      headers.push(named);
      continue;
    }
    // A variable's `{{` at the line's start is no body's `{`: the line is one that is no header.
    if (bodyStart.test(line.text) && !startsWithUnfilledVariable(line.text)) {
      // One missing blank line is one fault, here, and the body is read from here: every line
      // of a pretty-printed body was a fault of its own, and the request lacked its body.
      // Under a line the client fills, the body's start is no fault if that line fills to nothing,
      // whether a value's line break put them on one written line or they are written out.
      problems.push(above !== undefined ? { ...faultAt(above), message: shapeDependsOn(above.text, broughtInBy(above)), inferred: true } : { ...faultAt(line), message: missingBlankLineAt(line) });
      break;
    }
    // REST Client's parseRequestHeaders sends a line without a colon as a header with an empty value; Node refuses a name that is no token.
    const name = line.text.trim();
    if (bareHeaderName.test(name)) {
      headers.push({ name, value: "" });
      written.lines.push({ name, ...faultAt(line) });
      // A header a request rule judges (Content-Type, x-vol-tenant) sent empty is that rule's one finding, at its
      // severity: an empty tenant is refused as a missing one is, and a warning in its place passed a run (exit 0).
      if (!headersRulesJudge.has(name.toLowerCase())) reportOnce(problems, { ...faultAt(line), message: noColon, inferred: true });
      continue;
    }
    reportOnce(problems, { ...faultAt(line), message: notAHeader });
  }
  return headers;
}

/**
 * Adds the problem unless the last one added is the same fault of the same written line: the
 * lines a value's line breaks make of one written line stand on it whole, so a value of 100,000
 * lines that are no header was 100,000 identical findings (290 MB of output) for one cause.
 */
function reportOnce(problems: ParseProblems<HttpProblem>, problem: HttpProblem): void {
  const last = problems.last();
  if (last?.line === problem.line && last.message === problem.message) return;
  problems.push(problem);
}

/** REST Client's escapes in a file variable's value (its FileVariableProvider): `\n`, `\r`, `\t` the characters they name, `\` before any other character that character. */
function unescapedValue(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\([^]?)/g, (_, next: string) => (next === "n" ? "\n" : next === "r" ? "\r" : next === "t" ? "\t" : next));
}

/** The media types of a form body: REST Client sends such a body as written, form syntax, no JSON. */
const formTypes: ReadonlySet<string> = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * Whether the body is sent as a form: its Content-Type (the media type, parameters left out, in
 * any case) names one; or the type is a variable the client fills (`{{ct}}`, `{{$dotenv CT}}`),
 * which may name one, and the body opens no JSON object or list (`name=a&value=b`). A JSON parse
 * error there would claim what oms-lint cannot know (found by the audit of the session's changes).
 * A Content-Type written more than once is read joined, as request/content-type reads it (header()):
 * by its first line alone, JSON then a form was a parse error beside the warning, and the two
 * swapped the warning alone (service audit). Where one of its types is a form the body is read as
 * one: which the OMS reads the documents do not say, and the header's finding is the one cause.
 */
function sentAsForm(headers: readonly RequestHeader[], body: string): boolean {
  const type = joinedHeader(headers, contentTypeHeader);
  if (type === undefined) return false;
  if (namesFormType(type)) return true;
  return type.includes("{{") && !/^[\s\uFEFF]*[[{]/.test(body);
}

/** Whether a Content-Type (joined, as sentAsForm reads it) names a form type among its media types. */
function namesFormType(type: string | undefined): boolean {
  return namesMediaType(type, formTypes);
}

function namesMediaType(type: string | undefined, among: ReadonlySet<string>): boolean {
  return type !== undefined && listedMediaTypes(type).some((media) => among.has(media.split(";")[0]!.trim().toLowerCase()));
}
