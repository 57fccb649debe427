/**
 * A Content-Type read as RFC 9110 §8.3.1 writes a media type: `type "/" subtype *( OWS ";" OWS
 * [ name "=" ( token / quoted-string ) ] )`, the type, subtype and parameter names in any letter
 * case. Read by its first letters, `application/json; charset=iso-8859-1`, `application/jsonp`
 * and `application/json-seq` passed as JSON (service audit).
 */
export interface MediaType {
  /** `type/subtype`, lowercased. */
  readonly essence: string;
  /** Each parameter's value by its lowercased name (a quoted one unquoted); the first of a name repeated. Only those before a malformed one. */
  readonly parameters: ReadonlyMap<string, string>;
  /**
   * A parameter that is not `name=token` or `name="quoted"` (`charset=`, `charset = utf-8`,
   * `profile=https://…`, a trailing `,`): reading stops there. The type is still the one written:
   * read as no media type, `application/json; charset=` was told to send application/json (audit).
   */
  readonly malformedParameter: boolean;
}

const tokenCharacters = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const typeAndSubtype = new RegExp(`^[\\t ]*(${tokenCharacters})/(${tokenCharacters})[\\t ]*`);
// A parameter is read only whole, up to the next ";" or the end: `profile=https://…` is no profile "https".
const parameter = new RegExp(`^;[\\t ]*(?:(${tokenCharacters})=(?:(${tokenCharacters})|"((?:[^"\\\\]|\\\\.)*)"))?[\\t ]*(?=;|$)`);

/** The media type the text writes; undefined for text that writes none (a variable, `application/json garbage`: no `;` after the type). */
export function parsedMediaType(text: string): MediaType | undefined {
  const head = typeAndSubtype.exec(text);
  if (head === null) return undefined;
  const parameters = new Map<string, string>();
  let rest = text.slice(head[0].length);
  while (rest !== "") {
    const read = parameter.exec(rest);
    // Parameters start with ";": text after the type that does not (`application/json garbage`) writes no media type.
    if (read === null) return text.slice(head[0].length).startsWith(";") ? mediaType(head, parameters, true) : undefined;
    const [whole, name, token, quoted] = read;
    if (name !== undefined && !parameters.has(name.toLowerCase())) parameters.set(name.toLowerCase(), token ?? (quoted ?? "").replace(/\\(.)/g, "$1"));
    rest = rest.slice(whole.length);
  }
  return mediaType(head, parameters, false);
}

function mediaType(head: RegExpExecArray, parameters: ReadonlyMap<string, string>, malformedParameter: boolean): MediaType {
  return { essence: `${head[1]}/${head[2]}`.toLowerCase(), parameters, malformedParameter };
}

/**
 * The media types of a Content-Type sent more than once, its values joined with "," (REST Client)
 * or ", " (fetch's Headers): split at each comma outside a quoted string (RFC 9110 §5.6.1, §5.6.4),
 * empty elements dropped as §5.6.1 has recipients ignore them. Read as one media type, the joined
 * value passed as a malformed parameter once the first had one: `application/json; charset=utf-8`
 * then `text/plain` was no finding (service audit).
 */
export function listedMediaTypes(text: string): string[] {
  const values: string[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted && character === "\\") index += 1;
    else if (character === '"') quoted = !quoted;
    else if (character === "," && !quoted) {
      values.push(text.slice(start, index));
      start = index + 1;
    }
  }
  values.push(text.slice(start));
  return values.map((value) => value.trim()).filter((value) => value !== "");
}

/**
 * The boundary of the first multipart media type a Content-Type (joined) names, of any subtype
 * (form-data, mixed, related, …), quoted or not (`boundary="b"` is b); undefined where it names
 * none, or a variable the client fills. RFC 2046 §5.1.1 gives every multipart subtype one syntax:
 * "The Content-Type field for multipart entities requires one parameter, \"boundary\"", and REST
 * Client builds no envelope for any, so a `--b` line above a file frames it under multipart/mixed
 * as under form-data (form-data alone was read: audit of request files). It joins the lines with
 * CRLF under form-data alone (getLineEnding), with the OS's line ending (LF on Linux and macOS)
 * under any other: the file is a part either way, and the envelope is not checked. Only a line that is `--`
 * and this boundary delimits a part: `--not-a-boundary` framed a file as one part (audit of 835c082e).
 */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  for (const listed of listedMediaTypes(contentType)) {
    const media = parsedMediaType(listed);
    if (media?.essence.startsWith("multipart/") === true) return media.parameters.get("boundary");
  }
  return undefined;
}
