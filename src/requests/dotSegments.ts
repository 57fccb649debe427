/**
 * A URL path's `.` and `..` segments removed as the WHATWG URL parser removes them (its path
 * state: `new URL()` in Node and browsers, and so the clients built on it), which is the path a
 * server is sent: `/api/v2/./orderItem/` is `/api/v2/orderItem/`. Empty segments stay (`//`),
 * as the parser keeps them. Percent-encoded dots count (`%2e`, `.%2E`), as the parser's
 * single-dot and double-dot segments do. Backslashes are left as written: the parser reads
 * them as slashes in an http(s) URL, but a client that does not use it sends them as they are.
 */

const singleDot = new Set([".", "%2e"]);
const doubleDot = new Set(["..", ".%2e", "%2e.", "%2e%2e"]);

/** `pathText` as the parser leaves it; a path that does not start with `/` (none, or "") as it stands. */
export function withoutDotSegments(pathText: string): string {
  if (!pathText.startsWith("/")) return pathText;
  const written = pathText.slice(1).split("/");
  const kept: string[] = [];
  written.forEach((segment, i) => {
    const lower = segment.toLowerCase();
    // A dot segment at the end leaves the path ending in a slash (`/a/.` is `/a/`).
    const last = i === written.length - 1;
    if (doubleDot.has(lower)) {
      kept.pop();
      if (last) kept.push("");
    } else if (singleDot.has(lower)) {
      if (last) kept.push("");
    } else kept.push(segment);
  });
  return "/" + kept.join("/");
}
