/**
 * Whether Postman sends no body: postman-collection's `RequestBody#isEmpty` (5.3.0, what
 * postman-runtime pins; a development dependency only, so its rule is read here and the tests hold
 * it to the library itself) over the body as the collection writes it, read as
 * `RequestBody#update` reads it. Found by the audit of the request-file rules: a `file` body with
 * no `src` or an empty `urlencoded` list was counted as sent, so a POST without a body drew no
 * request/body-required error and a DELETE drew request/body-not-allowed's.
 */

/** RequestBody.MODES: a mode is read lowercased, and one it does not name is `raw`. */
const modes: Readonly<Record<string, string>> = { file: "file", formdata: "formdata", graphql: "graphql", raw: "raw", urlencoded: "urlencoded" };

export type PostmanBodyMode = "file" | "formdata" | "graphql" | "raw" | "urlencoded";

/**
 * The mode postman-collection reads, or undefined where it holds none: no mode, or a name
 * `Object.prototype` holds (`constructor`, `__proto__`), whose lookup in MODES gives no mode's data.
 */
export function postmanBodyMode(mode: unknown): PostmanBodyMode | undefined {
  if (!mode) return undefined;
  const key = String(mode).toLowerCase();
  if (Object.hasOwn(modes, key)) return modes[key] as PostmanBodyMode;
  return key in Object.prototype ? undefined : "raw";
}

/**
 * How many members a urlencoded or formdata PropertyList holds: a list's items but null ones, a
 * string parsed (urlencoded: one parameter per `&`, never none; formdata parses none), any other value one.
 */
function listCount(mode: "formdata" | "urlencoded", data: unknown): number {
  if (Array.isArray(data)) return data.filter((item) => item !== null && item !== undefined && !Number.isNaN(item)).length;
  if (typeof data === "string") return mode === "urlencoded" ? 1 : 0;
  return 1;
}

/** lodash's isEmpty over a value JSON can hold. */
function lodashIsEmpty(data: unknown): boolean {
  if (Array.isArray(data) || typeof data === "string") return data.length === 0;
  if (typeof data === "object" && data !== null) return Object.keys(data).length === 0;
  return true;
}

export function postmanBodyIsEmpty(body: Readonly<Record<string, unknown>>): boolean {
  const mode = postmanBodyMode(body.mode);
  if (mode === undefined) return true;
  const data = body[mode];
  // A mode whose value is missing, empty or otherwise falsy holds an empty list, query or string.
  if (!data) return true;
  switch (mode) {
    case "file": {
      // A string is the file's path (`{ src }`); else a file is sent when it names a src or holds content.
      if (typeof data === "string") return false;
      const file = data as { src?: unknown; content?: unknown };
      return !(file.src || file.content);
    }
    case "urlencoded":
    case "formdata":
      return listCount(mode, data) === 0;
    // Any graphql value is copied to `{ query, operationName, variables }`: never empty.
    case "graphql":
      return false;
    case "raw":
      return lodashIsEmpty(data);
  }
}
