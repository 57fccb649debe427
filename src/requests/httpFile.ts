import type { RequestEntry } from "./requestEntry.js";
import { expandVariables, expansionBudget, type Expansion } from "./variables.js";
import type { SubstitutedReference } from "./writtenColumn.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { isRestClientMethod, readRequestLine, restClientMethods, withoutHttpVersion } from "./requestLine.js";
import { lineFromVariables } from "./lineFromVariables.js";

/** One request of a REST Client file, with where its parts stand (1-based lines and columns). */
export interface HttpRequest extends RequestEntry {
  readonly line: number;
  readonly methodColumn: number;
  readonly methodEndColumn: number;
  readonly urlColumn: number;
  readonly urlEndColumn: number;
  /** The URL as written on the request line (its variables unread), where the search findings are placed. */
  readonly writtenUrl: string;
  /** The body's first line, when there is a body. */
  readonly bodyLine?: number;
  /** For each line of the body, the variables substituted in it (the body's columns differ from the file's from the first). */
  readonly bodyReferences?: readonly (readonly SubstitutedReference[])[];
}

export interface HttpProblem {
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface HttpFile {
  readonly requests: readonly HttpRequest[];
  /** The file variables, each with its own variables substituted. */
  readonly variables: { get(name: string): string | undefined };
  readonly problems: readonly HttpProblem[];
}

const separator = /^\s*###/;
const comment = /^\s*(#|\/\/)/;
// No lazy group before trailing blanks (`(.*?)\s*$`): on a long run of blanks that retries
// every split of the run, quadratic in the line (a request line of 400,000 spaces took 30 s).
// Values are taken whole and trimmed.
const variableLine = /^\s*@([A-Za-z_][\w.-]*)\s*=([^]*)$/;
const nameComment = /^\s*(?:#|\/\/)\s*@name\s+([\w-]+)/;
const headerLine = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:([^]*)$/;
/** How a body begins (JSON, a quoted string, REST Client's `< file`), and no header name can: a header name is a token. */
const bodyStart = /^\s*[{["<]/;
const missingBlankLine =
  "the blank line between the headers and the body is missing: a REST Client request puts its body after a blank line; add an empty line above this one";

/**
 * Parses REST Client (`.http`/`.rest`) text: requests separated by `###`, `@name = value`
 * file variables (visible in the whole file), `# @name` request names, a request line,
 * `?`/`&` query continuation lines, headers, a blank line, and the body. Never throws.
 */
export function parseHttpFile(text: string): HttpFile {
  // A lone carriage return ends a line too, as the editor (and JSON positions) count lines: a request after one was missed.
  const lines = withoutByteOrderMark(text).split(/\r\n|\r|\n/);
  const raw = new Map<string, string>();
  for (const line of lines) {
    const m = variableLine.exec(line);
    if (m) raw.set(m[1] as string, (m[2] as string).trim());
  }
  const lookup = (name: string) => raw.get(name);
  // Substituted when used, not up front: a file of many variables that double each other costs nothing until one is used, and then what expansionLimits allow.
  const variables = { get: (name: string) => (raw.has(name) ? expandVariables(raw.get(name) as string, lookup).text : undefined) };
  const requests: HttpRequest[] = [];
  const problems: HttpProblem[] = [];
  let stopped: string | undefined;
  // One allowance for the whole file: each text's own caps, times every line of the file, were no bound.
  const budget = expansionBudget(text.length);
  const resolve = (s: string) => {
    const expanded = expandVariables(s, lookup, budget);
    stopped ??= expanded.stopped;
    return expanded;
  };
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && !(end > start && separator.test(lines[end] as string))) end++;
    if (separator.test(lines[start] as string)) start++;
    stopped = undefined;
    parseBlock(lines, start, end, resolve, requests, problems);
    const request = requests.at(-1);
    if (stopped !== undefined && request !== undefined) {
      problems.push({ line: request.line, column: request.methodColumn, endColumn: request.urlEndColumn, message: `variables not substituted to the end: ${stopped}` });
    }
    start = end;
  }
  return { requests, variables, problems };
}

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

function parseBlock(
  lines: readonly string[],
  start: number,
  end: number,
  resolve: (s: string) => Expansion,
  requests: HttpRequest[],
  problems: HttpProblem[],
): void {
  let i = start;
  let name: string | undefined;
  for (; i < end; i++) {
    const line = lines[i] as string;
    const named = nameComment.exec(line);
    if (named) name = named[1];
    if (line.trim() === "" || comment.test(line) || variableLine.test(line)) continue;
    break;
  }
  if (i >= end) return;
  const first = lines[i] as string;
  const lineNumber = i + 1;
  const indent = first.length - first.trimStart().length;
  const read = readRequestLine(first.trim());
  // A method variable is substituted first, as REST Client does (docs/requests.md): one whose
  // value is no method (`{{host}} /api/v2/…`, a URL) starts the URL, the method then being GET.
  const readMethod = read && resolve(read.method).text;
  const m = read && readMethod !== undefined && /^[A-Za-z]+$|\{\{[^{}]*\}\}/.test(readMethod) ? read : undefined;
  // A line whose variables hold the method and the URL together (`{{req}}`, `@req = POST https://…`).
  const whole = m ? undefined : lineFromVariables(first.trim(), resolve);
  const method = m?.method ?? "GET";
  const urlText0 = m?.target ?? withoutHttpVersion(first.trim());
  let urlText = urlText0;
  const methodColumn = indent + 1;
  // Without a method written, a finding about the method stands on the line's variables.
  const methodEndColumn = m ? methodColumn + method.length : whole ? indent + 1 + first.trim().length : indent + 1;
  const urlColumn = first.indexOf(urlText0, m ? indent + method.length : indent) + 1;
  const urlEndColumn = urlColumn + urlText.length;
  const sentMethod = m ? (readMethod as string) : whole?.method;
  // A word REST Client does not read as a method (`FOO https://…`): it sends the whole line as a
  // GET request's URL, which no check here can stand for. One finding, at the word, and no more.
  if (sentMethod !== undefined && /^[A-Za-z]+$/.test(sentMethod) && !isRestClientMethod(sentMethod)) {
    problems.push({ line: lineNumber, column: methodColumn, endColumn: methodEndColumn, message: unknownMethod(sentMethod) });
    return;
  }
  i++;
  // Query continuation lines: `    ?orderID=1` / `    &page=2`.
  let continuation = "";
  while (i < end && /^\s*[?&]/.test(lines[i] as string)) continuation += (lines[i] as string).trim(), i++;
  urlText += continuation;
  const headers: { name: string; value: string }[] = [];
  for (; i < end; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") break;
    if (comment.test(line)) continue;
    const h = headerLine.exec(line.trim());
    if (h) headers.push({ name: h[1] as string, value: resolve((h[2] as string).trim()).text });
    else if (bodyStart.test(line)) {
      // One missing blank line is one fault, here, and the body is read from here: every line
      // of a pretty-printed body was a fault of its own, and the request lacked its body.
      const column = line.length - line.trimStart().length + 1;
      problems.push({ line: i + 1, column, endColumn: line.length + 1, message: missingBlankLine });
      break;
    } else {
      const column = line.length - line.trimStart().length + 1;
      problems.push({ line: i + 1, column, endColumn: line.length + 1, message: `not a header ("Name: value"); a body must follow a blank line` });
    }
  }
  while (i < end && (lines[i] as string).trim() === "") i++;
  let last = end;
  while (last > i && ((lines[last - 1] as string).trim() === "" || comment.test(lines[last - 1] as string))) last--;
  let body: string | undefined;
  let bodyLine: number | undefined;
  let bodyReferences: (readonly SubstitutedReference[])[] | undefined;
  let bodyFromFile = false;
  if (last > i) {
    bodyLine = i + 1;
    const bodyLines = lines.slice(i, last);
    if ((bodyLines[0] as string).trimStart().startsWith("<")) bodyFromFile = true;
    else {
      const expanded = bodyLines.map(resolve);
      body = expanded.map((e) => e.text).join("\n");
      bodyReferences = expanded.map((e) => e.references);
    }
  }
  requests.push({
    name,
    method: sentMethod ?? method,
    url: withHostHeader(whole ? whole.target + resolve(continuation).text : resolve(urlText).text, headers),
    headers,
    body,
    bodyFromFile,
    // A client fills what is left of `{{name}}` before sending: oms-lint cannot know it.
    variables: "read",
    line: lineNumber,
    methodColumn,
    methodEndColumn,
    urlColumn,
    urlEndColumn,
    writtenUrl: urlText0,
    bodyLine,
    bodyReferences,
  });
}
