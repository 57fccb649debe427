/**
 * A Content-Type read as RFC 9110 §8.3.1 writes a media type: `type "/" subtype *( OWS ";" OWS
 * [ name "=" ( token / quoted-string ) ] )`, the type, subtype and parameter names in any letter
 * case. Read by its first letters, `application/json; charset=iso-8859-1`, `application/jsonp`
 * and `application/json-seq` passed as JSON (service audit).
 */
export interface MediaType {
  /** `type/subtype`, lowercased. */
  readonly essence: string;
  /** Each parameter's value by its lowercased name (a quoted one unquoted); the first of a name repeated. */
  readonly parameters: ReadonlyMap<string, string>;
}

const tokenCharacters = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const typeAndSubtype = new RegExp(`^[\\t ]*(${tokenCharacters})/(${tokenCharacters})[\\t ]*`);
const parameter = new RegExp(`^;[\\t ]*(?:(${tokenCharacters})=(?:(${tokenCharacters})|"((?:[^"\\\\]|\\\\.)*)"))?[\\t ]*`);

/** The media type the text writes; undefined for text that writes none (a variable, `application/json garbage`). */
export function parsedMediaType(text: string): MediaType | undefined {
  const head = typeAndSubtype.exec(text);
  if (head === null) return undefined;
  const parameters = new Map<string, string>();
  let rest = text.slice(head[0].length);
  while (rest !== "") {
    const read = parameter.exec(rest);
    if (read === null) return undefined;
    const [whole, name, token, quoted] = read;
    if (name !== undefined && !parameters.has(name.toLowerCase())) parameters.set(name.toLowerCase(), token ?? (quoted ?? "").replace(/\\(.)/g, "$1"));
    rest = rest.slice(whole.length);
  }
  return { essence: `${head[1]}/${head[2]}`.toLowerCase(), parameters };
}
