import type { TextLines } from "./textLines.js";
import { commentLine } from "./commentLine.js";

/**
 * JetBrains HTTP Client's own lines in a `.http` file (its default extension too), which it does
 * not send and REST Client has no word for. Its format (JetBrains/http-request-in-editor-spec,
 * spec.md, 3.2): "An HTTP request starts with a request line followed by optional header fields,
 * message body, response handler, and previous response references"; a response handler is
 * `'>' required-whitespace '{%' handler-script '%}'` or `'>' required-whitespace file-path`, a
 * reference `'<>' required-whitespace file-path`. Later came `>> file` and `>>! file`, which save
 * the response body (the spec does not list them; httpYac, which reads JetBrains' syntax, documents
 * them), and the pre-request script above the request line, `< {% … %}` or `< script.js` (JetBrains'
 * HTTP Client variables page: "Per-request variables defined using the request.variables.set
 * method before a request"); docs/requests.md quotes them. A REST Client user never writes such a line on purpose: none is JSON, nor a header,
 * nor a request line REST Client can send.
 */

/** A line that ends the request: a response handler, a redirect of the response, a response reference; the marker at the line's start, blanks after it. */
const responseLine = /^(?:>>!|>>|>|<>)[ \t\f]+\S/;
/** A pre-request script's line, above the request line: `<`, blanks, `{%` or a script's path. */
const preRequestScript = /^<[ \t\f]+\S/;
/** A script written in place, a response handler's (`>`) or a pre-request one's (`<`): `{%` past the marker, which `%}` ends, on this line or a later one. */
const inPlaceScript = /^[<>][ \t\f]+\{%/;

const greaterThan = ">".charCodeAt(0);
const lessThan = "<".charCodeAt(0);

/**
 * JetBrains' `import ./auth.http` (the requests and variables of another file) and `run #login`,
 * `run ./setup.http (@orderID=5)` (another request, run here): no request of this block, sent as
 * none (http-files.org, "import" and "run"; kulala reads them alike): `import <file>`; `run #<name>`
 * (a name holds spaces, `#Create order`, or is an unnamed request's method and URL,
 * `#POST https://…`: kulala's examples), or `run <file>`, `run <file>#<name>`, then the
 * `(@name=value)` it runs with. A URL after `run` alone (`run https://…`) is none of these, and
 * stays the request line it is (found by the audits of these lines). REST Client would read
 * `import` or `run` as a method it does not send, so no REST Client user writes one on purpose.
 */
const jetbrainsDirective = /^(?:import[ \t]+(?![^\s]*:\/\/)\S.*|run[ \t]+(?:#.+|(?![^\s#]*:\/\/)[^\s#]+(?:#.*)?(?:[ \t]*\(@[^)]*\))?))[ \t]*$/;

/**
 * A request line of JetBrains' other protocols: `GRAPHQL <url>` (a GraphQL query, its variables
 * below it), `WEBSOCKET <url>` (messages split by `===`), `GRPC <host>/<service>/<method>`
 * (http-files.org, "Protocols": "JetBrains uses the WEBSOCKET keyword", "JetBrains uses the GRPC
 * keyword"; its feature table, "GraphQL via GRAPHQL keyword"). None is a call of the OMS v2 REST
 * API the documents describe, whose calls are HTTP methods with JSON bodies, so the request is none
 * oms-lint checks. Written in capitals, as every example of them is; REST Client reads no such
 * method (it sends the whole line as a GET request's URL), so no REST Client user writes one.
 */
const otherProtocolRequest = /^[ \t]*(?:GRAPHQL|WEBSOCKET|GRPC)[ \t]+\S/;

/** Whether the line opens a JetBrains GraphQL, WebSocket or gRPC request, no REST request. */
export function isOtherProtocolRequest(line: string): boolean {
  return otherProtocolRequest.test(line);
}

/** Whether the line is a JetBrains `import` or `run` line, no request line. */
export function isJetbrainsDirective(line: string): boolean {
  return jetbrainsDirective.test(line);
}

/** Whether the line is a pre-request script's first line (the request line is below it). */
export function isPreRequestScript(line: string): boolean {
  return preRequestScript.test(line);
}

/** Whether a script's first line leaves it open: `{%` with no `%}` after it, so that its lines run on to the first that holds `%}`. */
export function opensScript(line: string): boolean {
  const opened = inPlaceScript.exec(line);
  return opened !== null && !line.includes("%}", opened[0].length);
}

/**
 * A line that reads as a request line, no script's JavaScript: a method REST Client reads (in any
 * letter case, as the request line parser reads it) and a URL-shaped target (a scheme; a host with a
 * dot or a port, or localhost, then `/`; a `/` path; a `{{variable}}`), or a scheme's URL or a variable
 * alone. `delete headers["a/b"];`, `get a/b` and `head /= 2;` are JavaScript (found by the last audit). `delete
 * request.x;`, `get(…)` and a regex literal `/^x/.test(…)` are JavaScript (found by the audits of
 * the first versions, one of which read any target, the other only capitals and `/` alone).
 */
const requestLineLike = /^[ \t]*(?:(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)[ \t]+(?:https?:\/\/|\/(?![/*^=])|\{\{|(?:[\w-]+(?:\.[\w-]+)+|[\w-]+:[0-9]+|localhost)(?::[0-9]+)?\/)|https?:\/\/|\{\{)/i;

/** Whether the line ends an open script. */
export function closesScript(line: string): boolean {
  return line.includes("%}");
}

/**
 * Whether the line that ends an open script (`at`, line `number`) reads as a `%}` inside the
 * script's JavaScript (`  client.log("done %}");`), which JetBrains takes for the script's end
 * wherever it stands (its spec, 3.2.4: "An in-place script can't contain ‘%}’"): more than a
 * comment follows that `%}` on its line, and a later line of the block, before any other script
 * or handler starts, holds a `%}` too (the script's own end, as its writer meant it). A `%} // set
 * a` is no such line, nor a `%}` whose script a handler below closes, nor one in the request's
 * body below it (`"50%} off"`): the scan ends at a line that reads as a request line (found by the
 * audits of this reading, which took them for one and left the request unchecked).
 */
export function closesEarly(lines: TextLines, at: number, number: number, end: number): boolean {
  const line = lines.line(at);
  const after = line.slice(line.indexOf("%}") + 2).trim();
  if (after === "" || commentLine.test(after)) return false;
  for (let next = lines.next(at), n = number + 1; next !== undefined && n < end; next = lines.next(next), n++) {
    const text = lines.line(next);
    if (responseLine.test(text) || preRequestScript.test(text) || requestLineLike.test(text)) return false;
    if (closesScript(text)) return true;
  }
  return false;
}

/** A line of the text: its number and the offset where it starts. */
export interface LineAt {
  readonly number: number;
  readonly at: number;
}

/**
 * The first line from `number` (at offset `at`) to the line before `end` that is a response
 * handler, redirect or reference, if one is: the request ends above it, and the lines from it on
 * are JetBrains' (a handler's script among them), not sent. Only a line that starts with `>` or
 * `<` is sliced to be told.
 */
export function requestEnd(lines: TextLines, at: number | undefined, number: number, end: number): LineAt | undefined {
  for (; at !== undefined && number < end; at = lines.next(at), number++) {
    const first = lines.text.charCodeAt(at);
    if ((first === greaterThan || first === lessThan) && responseLine.test(lines.line(at))) return { number, at };
  }
  return undefined;
}

/**
 * A script over several lines that a `%}` with more than blanks after it ended (`"done %}");`):
 * JetBrains ends it at the first `%}` wherever it stands (its spec, 3.2.4: "An in-place script
 * can't contain ‘%}’"), so the script's later lines are read as lines below it.
 */
export interface ClosedEarly {
  readonly opened: number;
  readonly closed: number;
}

/**
 * The first line from the request's end (`from`) to the line before `end` that JetBrains' grammar
 * does not put there: none of its handlers (nor a line of an open script), redirects or references,
 * nor a blank or comment line. Such a line (a request whose `###` was forgotten) is read by neither
 * client as written: JetBrains ends the request above it, REST Client sends it as part of the
 * request. Or, where none is, a handler's script left open at the block's end (`unclosed`).
 */
export function strayLine(lines: TextLines, from: LineAt, end: number): { readonly stray?: LineAt; readonly unclosed?: LineAt; readonly closedEarly?: ClosedEarly } | undefined {
  /** The line of the script open now, if one is. */
  let open: LineAt | undefined;
  /** The last script closed over several lines whose `%}` had more than blanks after it. */
  let closedEarly: ClosedEarly | undefined;
  let [at, number]: [number | undefined, number] = [from.at, from.number];
  for (; at !== undefined && number < end; at = lines.next(at), number++) {
    const line = lines.line(at);
    if (open !== undefined) {
      if (!closesScript(line)) continue;
      closedEarly = closesEarly(lines, at, number, end) ? { opened: open.number, closed: number } : undefined;
      open = undefined;
    } else if (responseLine.test(line)) open = opensScript(line) ? { number, at } : undefined;
    else if (line.trim() !== "" && !commentLine.test(line)) return { stray: { number, at }, closedEarly };
  }
  // A script still open at the block's end hid every line below it (found by the audit of this reading).
  return open === undefined ? undefined : { unclosed: open };
}
