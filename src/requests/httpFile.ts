import type { RequestEntry } from "./requestRules.js";
import { substitute } from "./variables.js";

/** One request of a REST Client file, with where its parts stand (1-based lines and columns). */
export interface HttpRequest extends RequestEntry {
  readonly line: number;
  readonly methodColumn: number;
  readonly methodEndColumn: number;
  readonly urlColumn: number;
  readonly urlEndColumn: number;
  /** The body's first line, when there is a body. */
  readonly bodyLine?: number;
}

export interface HttpProblem {
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface HttpFile {
  readonly requests: readonly HttpRequest[];
  readonly variables: ReadonlyMap<string, string>;
  readonly problems: readonly HttpProblem[];
}

const separator = /^\s*###/;
const comment = /^\s*(#|\/\/)/;
const variableLine = /^\s*@([A-Za-z_][\w.-]*)\s*=\s*(.*?)\s*$/;
const nameComment = /^\s*(?:#|\/\/)\s*@name\s+([\w-]+)/;
const requestLine = /^([A-Za-z]+)\s+(\S.*?)(?:\s+HTTP\/[\d.]+)?\s*$/;
const headerLine = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/;

/**
 * Parses REST Client (`.http`/`.rest`) text: requests separated by `###`, `@name = value`
 * file variables (visible in the whole file), `# @name` request names, a request line,
 * `?`/`&` query continuation lines, headers, a blank line, and the body. Never throws.
 */
export function parseHttpFile(text: string): HttpFile {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  const raw = new Map<string, string>();
  for (const line of lines) {
    const m = variableLine.exec(line);
    if (m) raw.set(m[1] as string, m[2] as string);
  }
  const lookup = (name: string) => raw.get(name);
  const variables = new Map([...raw].map(([k, v]) => [k, substitute(v, lookup)]));
  const resolve = (s: string) => substitute(s, (name) => variables.get(name));
  const requests: HttpRequest[] = [];
  const problems: HttpProblem[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && !(end > start && separator.test(lines[end] as string))) end++;
    if (separator.test(lines[start] as string)) start++;
    parseBlock(lines, start, end, resolve, requests, problems);
    start = end;
  }
  return { requests, variables, problems };
}

function parseBlock(
  lines: readonly string[],
  start: number,
  end: number,
  resolve: (s: string) => string,
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
  const m = requestLine.exec(first.trim());
  let method = "GET";
  let urlText = first.trim();
  let methodColumn = indent + 1;
  let methodEndColumn = indent + 1;
  if (m) {
    method = m[1] as string;
    urlText = m[2] as string;
    methodEndColumn = methodColumn + method.length;
  } else {
    urlText = urlText.replace(/\s+HTTP\/[\d.]+$/, "");
  }
  const urlColumn = first.indexOf(urlText, m ? indent + method.length : indent) + 1;
  const urlEndColumn = urlColumn + urlText.length;
  i++;
  // Query continuation lines: `    ?orderID=1` / `    &page=2`.
  while (i < end && /^\s*[?&]/.test(lines[i] as string)) urlText += (lines[i] as string).trim(), i++;
  const headers: { name: string; value: string }[] = [];
  for (; i < end; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") break;
    if (comment.test(line)) continue;
    const h = headerLine.exec(line.trim());
    if (h) headers.push({ name: h[1] as string, value: resolve(h[2] as string) });
    else {
      const column = line.length - line.trimStart().length + 1;
      problems.push({ line: i + 1, column, endColumn: line.length + 1, message: `not a header ("Name: value"); a body must follow a blank line` });
    }
  }
  while (i < end && (lines[i] as string).trim() === "") i++;
  let last = end;
  while (last > i && ((lines[last - 1] as string).trim() === "" || comment.test(lines[last - 1] as string))) last--;
  let body: string | undefined;
  let bodyLine: number | undefined;
  let bodyFromFile = false;
  if (last > i) {
    bodyLine = i + 1;
    const bodyLines = lines.slice(i, last);
    if ((bodyLines[0] as string).trimStart().startsWith("<")) bodyFromFile = true;
    else body = bodyLines.map(resolve).join("\n");
  }
  requests.push({
    name,
    method: resolve(method),
    url: resolve(urlText),
    headers,
    body,
    bodyFromFile,
    line: lineNumber,
    methodColumn,
    methodEndColumn,
    urlColumn,
    urlEndColumn,
    bodyLine,
  });
}
