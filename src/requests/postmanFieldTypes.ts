import { isObject, type Json } from "./jsonObject.js";

/** A part of a collection that is not what Postman takes, at its JSON Pointer. */
export interface PostmanProblem {
  readonly pointer: string;
  readonly message: string;
}

/** A JSON value as a message names it: `7, a number`, `an object`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}, a string`;
  return `${String(value)}, a ${typeof value}`;
}

/** One part of the wrong type: what it is, and what Postman takes there. */
function wrongType(pointer: string, name: string, value: unknown, takes: string): PostmanProblem {
  return { pointer, message: `${name} is ${describeValue(value)}: Postman takes ${takes} (collection schema v2.1); this request is not checked further` };
}

/**
 * The request's parts of a type Postman's collection schema (v2.1,
 * schema.getpostman.com/json/collection/v2.1.0) does not take, each one problem at its pointer
 * (`at` is the request's): `url` a string or a url object (its host and path: urlObjectProblems),
 * `method` a string, `header` a list of `{key, value}` objects or a string of `Name: value`
 * lines, `body` an object (or null). A missing `url` is one problem at
 * the request, the member that exists.
 */
export function requestTypeProblems(request: Json, at: string): PostmanProblem[] {
  const problems: PostmanProblem[] = [];
  if (request.url === undefined) problems.push({ pointer: at, message: "request.url is missing: Postman sends a request to its url, so this request is not checked" });
  else if (typeof request.url !== "string" && !isObject(request.url)) problems.push(wrongType(`${at}/url`, "request.url", request.url, "a string or a url object"));
  else if (isObject(request.url)) for (const problem of urlObjectProblems(request.url, `${at}/url`)) problems.push(problem);
  if (request.method !== undefined && typeof request.method !== "string") problems.push(wrongType(`${at}/method`, "request.method", request.method, "a string such as GET or POST"));
  const header = request.header;
  if (header !== undefined && header !== null && typeof header !== "string" && !Array.isArray(header)) {
    problems.push(wrongType(`${at}/header`, "request.header", header, 'a list of {"key", "value"} objects or a string of "Name: value" lines'));
  } else if (Array.isArray(header)) {
    header.forEach((h, i) => {
      if (!isObject(h) || typeof h.key !== "string") problems.push(wrongType(`${at}/header/${i}`, `request.header[${i}]`, h, 'an object with a "key" string'));
    });
  }
  const body = request.body;
  if (body !== undefined && body !== null && !isObject(body)) problems.push(wrongType(`${at}/body`, "request.body", body, "an object"));
  // A `raw` that is no string is no problem of form: Newman sends it (postmanRawText).
  return problems;
}

/**
 * The parts of a url object that name where it goes, of a type the collection schema (v2.1) does
 * not take: `host` a string or a list of strings, `path` a string or a list of strings and
 * `{type, value}` objects whose `value` is a string. Read as text, a path of `[1, null]` was
 * checked as the endpoint `/1/null/` (found by the audit of hostile input), and a `value` of
 * `{"a": 1}` as `[object Object]`, the request's body then unchecked (found by the audit of this
 * session's Postman changes). The parts read leniently as Postman's own library reads them (a
 * `port` given as a number) draw nothing: a request Postman sends is never failed for its form.
 */
function urlObjectProblems(url: Json, at: string): PostmanProblem[] {
  return [
    ...listProblems(url, "host", at, "a string or a list of strings", hostEntryProblem),
    ...listProblems(url, "path", at, 'a string or a list of strings and {"type", "value"} objects', pathEntryProblem),
  ];
}

/** What is wrong with one entry of a url's host or path list, at its pointer and under its name; undefined when nothing is. */
type EntryProblem = (entry: unknown, pointer: string, name: string) => PostmanProblem | undefined;

/** The problems of a url's `host` or `path`: the member itself when it is no list, else each entry's. */
function listProblems(url: Json, member: "host" | "path", at: string, takes: string, entryProblem: EntryProblem): PostmanProblem[] {
  const value = url[member];
  // null is no host or path, as postman-collection's Url reads it.
  if (value === undefined || value === null || typeof value === "string") return [];
  if (!Array.isArray(value)) return [wrongType(`${at}/${member}`, `request.url.${member}`, value, takes)];
  return value.flatMap((entry, i) => entryProblem(entry, `${at}/${member}/${i}`, `request.url.${member}[${i}]`) ?? []);
}

function hostEntryProblem(entry: unknown, pointer: string, name: string): PostmanProblem | undefined {
  return typeof entry === "string" ? undefined : wrongType(pointer, name, entry, "a string");
}

/**
 * A path entry is a string or a `{type, value}` object whose `value` is a string. A missing or
 * null `value` is read as an empty segment, as it always was (the schema does not require
 * `value`); a `value` of another type names no segment, so it is one problem at it.
 */
function pathEntryProblem(entry: unknown, pointer: string, name: string): PostmanProblem | undefined {
  if (typeof entry === "string") return undefined;
  if (!isObject(entry)) return wrongType(pointer, name, entry, 'a string or a {"type", "value"} object');
  const value = entry.value;
  if (value === undefined || value === null || typeof value === "string") return undefined;
  return wrongType(`${pointer}/value`, `${name}.value`, value, "a string");
}
