import { urlSections } from "./matchEndpoint.js";

/**
 * A Postman url's `:name` path variables: filled from its `url.variable` list, as Postman fills
 * them, and the place of a finding about a segment one of them filled, the value the user edits.
 */

/** The value Postman fills a `:name` segment with, and the index of the `url.variable` entry that holds it. */
interface FilledValue {
  readonly value: string;
  readonly index: number;
}

function isEntry(value: unknown): value is { key: unknown; value: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Of each key, the first entry with a value: an empty one leaves the segment as written, and a later entry of that key has nothing left to fill. */
function filledValues(variables: readonly unknown[]): Map<string, FilledValue> {
  const values = new Map<string, FilledValue>();
  variables.forEach((v, index) => {
    if (isEntry(v) && typeof v.key === "string" && v.value !== undefined && v.value !== null && String(v.value) !== "" && !values.has(v.key)) values.set(v.key, { value: String(v.value), index });
  });
  return values;
}

/** "/", "?" and "#": where a path segment ends. */
const segmentEnds = new Set([0x2f, 0x3f, 0x23]);

/**
 * `:name` path segments filled from `url.variable`, in one pass over the URL: a regular
 * expression a variable made the work the variables times the URL (32,000 of them: 26 s).
 * Values go in as written (a `$&` is no replacement pattern).
 */
export function withPathVariables(url: string, variables: readonly unknown[]): string {
  const values = filledValues(variables);
  if (values.size === 0) return url;
  const parts: string[] = [];
  let at = 0;
  for (let slash = url.indexOf("/:"), end = 0; slash >= 0; slash = url.indexOf("/:", end)) {
    end = slash + 2;
    while (end < url.length && !segmentEnds.has(url.charCodeAt(end))) end++;
    const filled = values.get(url.slice(slash + 2, end));
    if (filled === undefined) continue;
    parts.push(url.slice(at, slash), "/", filled.value);
    at = end;
  }
  parts.push(url.slice(at));
  return parts.join("");
}

/** A url's path variables as its request was read: the URL before they were filled (raw, or its parts' URL), and its `url.variable` list. */
export interface PathVariables {
  readonly unfilledUrl: string;
  readonly variables: readonly unknown[];
}

/** One segment of the path as sent, and the `url.variable` entry whose value it comes from, if one does. */
interface SentSegment {
  readonly text: string;
  readonly entry?: number;
}

/** The path's non-empty segments once its `:name` variables are filled, each with the entry it comes from; a value may hold several (`abc/customData`). */
function sentSegments(pathText: string, values: ReadonlyMap<string, FilledValue>): SentSegment[] {
  return pathText.split("/").flatMap((written): SentSegment[] => {
    const filled = written.startsWith(":") ? values.get(written.slice(1)) : undefined;
    if (written === "") return [];
    if (filled === undefined) return [{ text: written }];
    // A value that holds a variable is filled from elsewhere (a collection's, a folder's): it is not where the user edits what is sent.
    if (filled.value.includes("{{")) return [{ text: filled.value }];
    return filled.value.split("/").flatMap((text) => (text === "" ? [] : [{ text, entry: filled.index }]));
  });
}

/**
 * Where a finding about one path segment stands when a `:name` variable filled it:
 * `url.variable[n].value`, the value to edit (`urlPointer` is the url object's pointer), the
 * segment counted from the path's end as UrlPart.pathSegmentFromEnd counts it. Undefined where
 * no entry's own value is the segment (a segment written as it is sent; a value holding a
 * `{{variable}}`), or where the segments written do not map one to one onto those matched: a `.`
 * or `..` segment, a value that holds a `?` or `#` (it ends the path), a variable after it.
 */
export function pathVariableValuePointer({ unfilledUrl, variables }: PathVariables, urlPointer: string, fromEnd: number): string | undefined {
  const values = filledValues(variables);
  if (values.size === 0 || fromEnd < 0) return undefined;
  if ([...values.values()].some(({ value }) => value.includes("?") || value.includes("#"))) return undefined;
  const segments = sentSegments(urlSections(unfilledUrl).pathText, values);
  if (segments.some(({ text }) => text === "." || text === "..")) return undefined;
  const at = segments.length - 1 - fromEnd;
  const entry = segments[at]?.entry;
  if (entry === undefined || segments.slice(at + 1).some(({ text }) => text.includes("{{"))) return undefined;
  return `${urlPointer}/variable/${entry}/value`;
}
