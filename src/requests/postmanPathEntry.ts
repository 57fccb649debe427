/** A Postman path entry's text: a string, or an object's `value`. */
function entryText(entry: unknown): string {
  if (typeof entry === "object" && entry !== null) return String((entry as { value?: unknown }).value ?? "");
  return String(entry);
}

/**
 * The path's segments as the URL's path is split (the entries joined with `/`, empty segments
 * skipped), each with the index of the entry it comes from: an entry may hold a `/`
 * (`"abc/customData"`), and so several segments.
 */
function segmentsByEntry(texts: readonly string[]): { readonly text: string; readonly entry: number }[] {
  return texts.flatMap((text, entry) => text.split("/").flatMap((segment) => (segment === "" ? [] : [{ text: segment, entry }])));
}

/**
 * Where a finding about one path segment stands in a Postman url object checked by its parts:
 * the `url.path` entry that holds it, the segment counted from the path's end (as
 * UrlPart.pathSegmentFromEnd counts it). Undefined where the segments written do not map one to
 * one onto the segments matched: a `.` or `..` segment (removed before the match), or a variable
 * after it (its value may hold several).
 */
export function pathEntryPointer(url: unknown, partsPointer: string, fromEnd: number): string | undefined {
  const path = typeof url === "object" && url !== null ? (url as { path?: unknown }).path : undefined;
  if (!Array.isArray(path) || fromEnd < 0) return undefined;
  const segments = segmentsByEntry(path.map(entryText));
  if (segments.some(({ text }) => text === "." || text === "..")) return undefined;
  const at = segments.length - 1 - fromEnd;
  const index = segments[at]?.entry;
  if (index === undefined || segments.slice(at + 1).some(({ text }) => text.includes("{{"))) return undefined;
  const entry: unknown = path[index];
  return `${partsPointer}/path/${index}${typeof entry === "object" && entry !== null ? "/value" : ""}`;
}
