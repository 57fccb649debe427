/**
 * REST Client's body line sent from a file (`< ./body.json`, `<@ ./body.json`, `<@latin1 ./body.json`):
 * its HttpRequestParser's `inputFileSyntax`, tested on each body line untrimmed
 * (Huachao/vscode-restclient, src/utils/httpRequestParser.ts, parseBody):
 *
 *     /^<(?:(?<processVariables>@)(?<encoding>\w+)?)?\s+(?<filepath>.+?)\s*$/
 *
 * So `<` must be first and a blank must follow it (or its `@encoding`): `<./body.json` and an
 * indented `   < ./body.json` are sent as the text written. Told here without that expression,
 * which is quadratic in a line's blanks (`< a`, 40,000 spaces, `b` took 0.8 s); the answer is its
 * answer (test/requests/httpFile.test.ts holds it as the oracle).
 */
const marker = /^<(?:@\w*)?/;
/** What `.` refuses: a path holds none of these, the blanks around it may. */
const lineTerminator = /[\n\r\u2028\u2029]/;
const pathCharacter = /[^\n\r\u2028\u2029]/;

/** Whether REST Client sends this body line from a file. */
export function isInputFileLine(line: string): boolean {
  const written = marker.exec(line);
  if (written === null) return false;
  // After the marker: blanks (one at least), a path (`.+?`, one character at least), blanks.
  const rest = line.slice(written[0].length);
  if (rest === "" || rest.trimStart() === rest) return false;
  const path = rest.trim();
  // Blanks only: the path is one of them past the first, when one is no line terminator.
  if (path === "") return pathCharacter.test(rest.slice(1));
  return !lineTerminator.test(path);
}

/** The path a body line sent from a file names (its `filepath` group: past the marker and its blanks, trailing blanks cut), or undefined for any other line. */
export function inputFilePath(line: string): string | undefined {
  if (!isInputFileLine(line)) return undefined;
  const rest = line.slice((marker.exec(line) as RegExpExecArray)[0].length);
  const path = rest.trim();
  // Blanks only: `.+?` takes the one after the first.
  return path === "" ? rest.slice(1, 2) : path;
}

/**
 * How REST Client reads a body line's file (parseBody): `<@` fills the file's variables
 * (VariableProcessor.processRawRequest: `processVariables`), and reads it with
 * `buffer.toString(encoding || 'utf8')`, the encoding named after the `@` (`<@latin1`).
 */
export interface InputFileReading {
  readonly processVariables: boolean;
  /** The encoding named after `@`, as written; undefined where none is (UTF-8). Always an own field: read by name, one left out answered a polluted Object.prototype.encoding. */
  readonly encoding: string | undefined;
}

/** How REST Client reads the file of a line isInputFileLine takes. */
export function inputFileReading(line: string): InputFileReading {
  const written = (marker.exec(line) as RegExpExecArray)[0];
  if (!written.startsWith("<@")) return { processVariables: false, encoding: undefined };
  const encoding = written.slice(2);
  return { processVariables: true, encoding: encoding === "" ? undefined : encoding };
}

/** Whether Node reads the encoding as UTF-8 (Buffer#toString takes its name in any case). */
export function isUtf8Encoding(encoding: string | undefined): boolean {
  return encoding === undefined || encoding.toLowerCase() === "utf8";
}

/**
 * Whether Node's buffer.toString writes the bytes as text in this encoding (hex, base64,
 * base64url, in any case) rather than decoding them: REST Client's `<@hex` body is the file's
 * bytes spelled as hex digits, never the JSON the file holds (audit of 2c586993).
 */
export function writesBytesAsText(encoding: string | undefined): boolean {
  return encoding !== undefined && bytesAsText.has(encoding.toLowerCase());
}

const bytesAsText = new Set(["hex", "base64", "base64url"]);
