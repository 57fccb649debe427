import { postmanEntryDisabled } from "./postmanEntryDisabled.js";
import { segments } from "../json/jsonPointer.js";

/**
 * Where a search finding about a parameter stands in a structured Postman url (no `raw`): the
 * `url.query` entry that holds it (its `value`, the member the user edits), the nth enabled
 * entry of that key for the nth occurrence (the first, if there are fewer). Undefined for a
 * finding about the whole query, or a url that holds no such entry.
 */
export function queryEntryPointer(url: unknown, urlPointer: string, path: string, occurrence: number): string | undefined {
  if (path === "" || typeof url !== "object" || url === null || !Array.isArray((url as { query?: unknown }).query)) return undefined;
  const name = segments(path)[0];
  const entries: number[] = [];
  ((url as { query: unknown[] }).query).forEach((entry, index) => {
    if (typeof entry === "object" && entry !== null && (entry as { key?: unknown }).key === name && !postmanEntryDisabled(entry)) entries.push(index);
  });
  const index = entries[occurrence] ?? entries[0];
  if (index === undefined) return undefined;
  const entry = (url as { query: Record<string, unknown>[] }).query[index] as Record<string, unknown>;
  return `${urlPointer}/query/${index}${entry.value === undefined ? "" : "/value"}`;
}
