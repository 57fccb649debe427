/** A Postman path entry's text: a string, or an object's `value`. */
function entryText(entry: unknown): string {
  if (typeof entry === "object" && entry !== null) return String((entry as { value?: unknown }).value ?? "");
  return String(entry);
}

/**
 * Where a finding about one path segment stands in a Postman url object checked by its parts:
 * the `url.path` entry that holds it, the segment counted from the path's end (as
 * UrlPart.pathSegmentFromEnd counts it; empty entries, which no segment comes from, skipped).
 * Undefined where the entries do not map one to one onto the segments matched: a `.` or `..`
 * entry (removed before the match), or a variable after it (its value may hold several).
 */
export function pathEntryPointer(url: unknown, partsPointer: string, fromEnd: number): string | undefined {
  const path = typeof url === "object" && url !== null ? (url as { path?: unknown }).path : undefined;
  if (!Array.isArray(path) || fromEnd < 0) return undefined;
  const texts = path.map(entryText);
  if (texts.some((text) => text === "." || text === "..")) return undefined;
  const segments = texts.flatMap((text, index) => (text === "" ? [] : [index]));
  const at = segments.length - 1 - fromEnd;
  const index = segments[at];
  if (index === undefined || segments.slice(at + 1).some((later) => (texts[later] as string).includes("{{"))) return undefined;
  const entry: unknown = path[index];
  return `${partsPointer}/path/${index}${typeof entry === "object" && entry !== null ? "/value" : ""}`;
}
