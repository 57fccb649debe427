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

/** A digit or a dot: what follows `HTTP/` in a version. */
function isVersionCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2e;
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
  if (method.includes("{{") && /^HTTP\/[\d.]+$/.test(rest)) return undefined;
  const target = withoutHttpVersion(rest);
  return target === "" ? undefined : { method, target };
}

/**
 * "url HTTP/1.1" → "url": the last blank-separated word is dropped when it is an HTTP
 * version. Read from the end: the version's digits and dots, `HTTP/`, then a blank.
 */
export function withoutHttpVersion(text: string): string {
  let digits = text.length;
  while (digits > 0 && isVersionCharacter(text.charCodeAt(digits - 1))) digits--;
  const word = digits - "HTTP/".length;
  if (digits === text.length || word < 1 || !text.startsWith("HTTP/", word) || !isBlank(text.charCodeAt(word - 1))) return text;
  return text.slice(0, word - 1).trimEnd();
}
