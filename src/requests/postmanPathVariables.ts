import { urlSections } from "./matchEndpoint.js";
import { isObject } from "./jsonObject.js";
import { ownField } from "../engine/ownField.js";
import type { SubstitutedReference } from "./writtenColumn.js";

/**
 * A Postman url's `:name` path variables: filled from its `url.variable` list, as Postman fills
 * them, and the place of a finding about a segment one of them filled, the value the user edits.
 */

/** The value Postman fills a `:name` segment with, and the index of the `url.variable` entry that holds it. */
interface FilledValue {
  readonly value: string;
  readonly index: number;
}


/**
 * The value each key fills, as postman-collection 5.3.0 (what postman-runtime pins) fills it:
 * an entry's key is its `key`, else its `id` (Url's variable list: `v.key = v.key || v.id`), truthy
 * and as a string, in its letter case; a later entry replaces an earlier one of that key; its
 * value is cast by its `type` (castValue); Url#getPath fills a segment only with a value that is
 * then a string and not empty, so a last entry of a key with an empty value, or a number, leaves
 * the segment as written (an earlier entry's value is not used).
 */
function filledValues(variables: readonly unknown[]): Map<string, FilledValue> {
  const last = new Map<string, number>();
  variables.forEach((v, index) => {
    const key = isObject(v) ? v.key || v.id : undefined;
    if (key) last.set(String(key), index);
  });
  const values = new Map<string, FilledValue>();
  for (const [key, index] of last) {
    const entry = variables[index] as { value: unknown; type?: unknown };
    const value = castValue(entry.value, entry.type);
    if (typeof value === "string" && value !== "") values.set(key, { value, index });
  }
  return values;
}

/**
 * A variable's value as postman-collection's Variable gives it, by its `type` (in any letter
 * case): `string` makes any value a string (`5` → "5", `null` → "null", none → "undefined");
 * `number`, `boolean`, `object` and `array` never give a string; any other type, or none, gives
 * the value as written.
 */
function castValue(value: unknown, type: unknown): unknown {
  const named = typeof type === "string" ? type.toLowerCase() : undefined;
  if (named === "string") return String(value);
  if (named === "number" || named === "boolean" || named === "object" || named === "array") return undefined;
  return value;
}

/**
 * The key a `:name` segment (its text after the `:`) names and what follows it, as
 * postman-collection's parsePathVariable reads it: up to a `.`, which with what follows stays
 * after the value (`:id.json` with id 9 sends `9.json`).
 */
function keyAndSuffix(name: string): { key: string; suffix: string } {
  const dot = name.indexOf(".");
  return dot < 0 ? { key: name, suffix: "" } : { key: name.slice(0, dot), suffix: name.slice(dot) };
}

/** "/", "?" and "#": where a path segment ends. */
const segmentEnds = new Set([0x2f, 0x3f, 0x23]);

/** Where a URL's path ends: its first `?` or `#` (the query and fragment hold no path variables). */
function pathEnd(url: string): number {
  const query = url.indexOf("?");
  const hash = url.indexOf("#");
  return Math.min(query < 0 ? url.length : query, hash < 0 ? url.length : hash);
}

/**
 * `:name` path segments filled from `url.variable`, in one pass over the URL: a regular
 * expression a variable made the work the variables times the URL (32,000 of them: 26 s).
 * Values go in as written (a `$&` is no replacement pattern). Only the path's segments: a
 * `/:name` in a query value is sent as written, as Url#getPath fills the path alone.
 */
export function withPathVariables(url: string, variables: readonly unknown[]): string {
  return pathVariablesFilled(url, variables).text;
}

/** The URL with its `:name` path segments filled (withPathVariables), and where each value stands in it, as a `{{name}}`'s does (writtenColumn.ts). */
export function pathVariablesFilled(url: string, variables: readonly unknown[]): { readonly text: string; readonly references: readonly SubstitutedReference[] } {
  const values = filledValues(variables);
  if (values.size === 0) return { text: url, references: [] };
  const end = pathEnd(url);
  const parts: string[] = [];
  const references: SubstitutedReference[] = [];
  let at = 0;
  let length = 0;
  for (let slash = url.indexOf("/:"), segmentEnd = 0; slash >= 0 && slash < end; slash = url.indexOf("/:", segmentEnd)) {
    segmentEnd = slash + 2;
    while (segmentEnd < url.length && !segmentEnds.has(url.charCodeAt(segmentEnd))) segmentEnd++;
    const { key, suffix } = keyAndSuffix(url.slice(slash + 2, segmentEnd));
    const filled = values.get(key);
    if (filled === undefined) continue;
    const before = url.slice(at, slash + 1);
    parts.push(before, filled.value, suffix);
    length += before.length;
    references.push({ writtenFrom: slash + 1, writtenTo: segmentEnd, expandedFrom: length, expandedTo: length + filled.value.length + suffix.length });
    length += filled.value.length + suffix.length;
    at = segmentEnd;
  }
  parts.push(url.slice(at));
  return { text: parts.join(""), references };
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
    const { key, suffix } = keyAndSuffix(written.slice(1));
    const filled = written.startsWith(":") ? values.get(key) : undefined;
    if (written === "") return [];
    if (filled === undefined) return [{ text: written }];
    const sent = filled.value + suffix;
    // A value that holds a variable is filled from elsewhere (a collection's, a folder's): it is not where the user edits what is sent.
    if (filled.value.includes("{{")) return [{ text: sent }];
    return sent.split("/").flatMap((text) => (text === "" ? [] : [{ text, entry: filled.index }]));
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
  // Its own entry: a segment written as sent has none, and read by name it took a polluted Object.prototype.entry's.
  const segment = at >= 0 ? segments[at] : undefined;
  const entry = segment === undefined ? undefined : ownField(segment, "entry");
  if (entry === undefined || segments.slice(at + 1).some(({ text }) => text.includes("{{"))) return undefined;
  return `${urlPointer}/variable/${entry}/value`;
}

