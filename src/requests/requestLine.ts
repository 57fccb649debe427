/**
 * A REST Client request line, `METHOD target [HTTP/x.y]`, read by hand in one pass: no
 * regular expression is run at each of its characters (a line of 45M characters took
 * seconds of them) nor can backtrack over a long run of blanks.
 */

/** The characters of JavaScript's `\s`, by code unit. */
function isBlank(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Where a method written at `start` ends: letters and `{{name}}` variables (`POST`,
 * `{{method}}`). REST Client substitutes the variables of the request's text before it reads
 * the request line (Selector.getRequest calls VariableProcessor.processRawRequest, then
 * HttpRequestParser.parseRequestLine matches the method), so a variable may stand for the
 * method. Each `}}` is looked for once, from where the last one ended: one pass over the line.
 */
function methodEnd(line: string, start: number): number {
  let end = start;
  while (end < line.length) {
    if (isLetter(line.charCodeAt(end))) end++;
    else if (line.startsWith("{{", end)) {
      const close = line.indexOf("}}", end + 2);
      if (close < 0 || /[{}\r\n]/.test(line.slice(end + 2, close))) return end;
      end = close + 2;
    } else return end;
  }
  return end;
}

/**
 * The methods REST Client reads at the start of a request line, in any letter case
 * (Huachao/vscode-restclient, src/utils/httpRequestParser.ts, parseRequestLine:
 * `/^(GET|POST|…|SEARCH)\s+/i`); any other line it sends whole as a GET request's URL.
 */
export const restClientMethods: readonly string[] = [
  "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE", "LOCK", "UNLOCK",
  "PROPFIND", "PROPPATCH", "COPY", "MOVE", "MKCOL", "MKCALENDAR", "ACL", "SEARCH",
];

/** Whether REST Client reads `word` as a method. */
export function isRestClientMethod(word: string): boolean {
  return restClientMethods.includes(word.toUpperCase());
}

/**
 * A method (letters, or a variable that stands for one), blanks, the target, and an optional
 * HTTP version. Undefined when the line does not start with a method and a blank (a bare URL).
 */
export function readRequestLine(line: string): { method: string; target: string } | undefined {
  const end = methodEnd(line, 0);
  if (end === 0 || end === line.length || !isBlank(line.charCodeAt(end))) return undefined;
  const method = line.slice(0, end);
  const rest = line.slice(end).trim();
  // `{{url}} HTTP/1.1`: a variable followed by the HTTP version alone is the URL (REST Client
  // strips the version from the line once the variable is filled in), not a method.
  if (method.includes("{{") && isHttpVersionAlone(rest)) return undefined;
  const target = withoutHttpVersion(rest);
  return target === "" ? undefined : { method, target };
}

/** The line terminators JavaScript's `.` does not match. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Whether `text` holds `HTTP/` at `at`, in any letter case. */
function isHttpSlashAt(text: string, at: number): boolean {
  return text.length - at >= 5 && text.slice(at, at + 5).toUpperCase() === "HTTP/";
}

/**
 * Where REST Client cuts a request line's URL: at the first run of blanks followed by `HTTP/`
 * in any letter case, whatever follows it up to the end (Huachao/vscode-restclient,
 * src/utils/httpRequestParser.ts, parseRequestLine: `/\s+HTTP\/.*$/i.exec(url)`), so
 * `http/1.1` and `HTTP/2 extra` go too. `.` stops at a line terminator, so a cut needs none
 * after its `HTTP/`. Read by hand in one pass: that expression, tried at each blank of a long
 * run, goes back over the run each time. -1 where there is no cut.
 */
function httpVersionCut(text: string): number {
  let lastTerminator = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (isLineTerminator(text.charCodeAt(i))) {
      lastTerminator = i;
      break;
    }
  }
  let i = 0;
  while (i < text.length) {
    if (!isBlank(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (i > lastTerminator && isHttpSlashAt(text, i)) return runStart;
  }
  return -1;
}

/** Whether a whole (trimmed) text is an HTTP version alone, as REST Client would cut it: `HTTP/1.1`, `http/2`. */
function isHttpVersionAlone(text: string): boolean {
  return httpVersionCut(` ${text}`) === 0;
}

/** "url HTTP/1.1" → "url": what REST Client sends of a request line's URL (httpVersionCut). */
export function withoutHttpVersion(text: string): string {
  const cut = httpVersionCut(text);
  return cut < 0 ? text : text.slice(0, cut);
}
