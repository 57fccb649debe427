/** JSON Pointers (RFC 6901): how every diagnostic says where it points. */

export function escapeSegment(segment: string | number): string {
  const text = String(segment);
  // Most keys need no escaping; skip the two regex passes for them (a hot path of every walk).
  return text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text;
}

export function unescapeSegment(segment: string): string {
  // As escapeSegment: most keys hold no "~", and the give-way step reads a pointer of each problem past a list's note.
  return segment.includes("~") ? segment.replace(/~1/g, "/").replace(/~0/g, "~") : segment;
}

/**
 * The pointer with each segment replaced by what `fn` makes of it, given its key unescaped and
 * the segment as written (the text before the first "/" too: "" in a pointer). `fn` returns a
 * segment: escapeSegment its new key, or the written segment kept.
 */
export function mapPointerKeys(pointer: string, fn: (key: string, segment: string) => string): string {
  return pointer
    .split("/")
    .map((segment) => fn(unescapeSegment(segment), segment))
    .join("/");
}

/** The pointer of a list of keys and indexes (a walk's trail), and of one more segment when given. */
export function trailPointer(trail: readonly (string | number)[], last?: string | number): string {
  let path = "";
  for (let i = 0; i < trail.length; i++) {
    const segment = trail[i]!;
    path += typeof segment === "number" ? "/" + segment : "/" + escapeSegment(segment);
  }
  return last === undefined ? path : path + "/" + escapeSegment(last);
}

/**
 * The longest pointer a finding gives: a long key repeated down to the depth limit made a path
 * of 600 million characters, a RangeError (review finding). Past it, the finding points at
 * the deepest place whose pointer fits.
 */
const longestPath = 4096;

export function placePointer(trail: readonly (string | number)[]): string {
  let path = "";
  for (const segment of trail) {
    const next = `/${escapeSegment(segment)}`;
    if (path.length + next.length > longestPath) break;
    path += next;
  }
  return path;
}

/**
 * A finished pointer cut as placePointer cuts a trail: itself when it fits, else its longest
 * prefix of whole segments within the limit. Every finding's path passes here as it leaves
 * oms-lint (findingWithoutSecrets): a rule's finding at a key of ten million characters had a
 * path of ten million and one (found by the service audit).
 */
export function cappedPointer(pointer: string): string {
  if (pointer.length <= longestPath) return pointer;
  // A "/" at index longestPath ends a prefix of exactly longestPath characters; index 0 leaves "".
  return pointer.slice(0, pointer.lastIndexOf("/", longestPath));
}

/** Builds a pointer from a parent pointer and unescaped segments: `pointer("/orderItems", 0, "product")`. */
export function pointer(parent: string, ...segments: (string | number)[]): string {
  let result = parent;
  for (const segment of segments) result += "/" + escapeSegment(segment);
  return result;
}

/** Whether a pointer's segment names an array's element: an index written as RFC 6901 writes one (no sign, no leading zero). */
export function isArrayIndex(segment: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(segment);
}

/** The unescaped segments of a pointer; "" is the whole document. */
export function segments(path: string): string[] {
  return path === "" ? [] : path.slice(1).split("/").map(unescapeSegment);
}

export function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === "object" && value !== null;
}

/**
 * Own-property lookup, so that `__proto__` and `constructor` are data like any other key. Read
 * by Reflect.get: a read in the code's own cache (value[key]) of a caller's object over a long
 * prototype chain walked the whole chain on each miss (0.7 ms a read at 20,000 prototypes).
 */
export function child(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return isArrayIndex(key) ? value[Number(key)] : undefined;
  if (isContainer(value) && Object.prototype.hasOwnProperty.call(value, key)) return Reflect.get(value, key);
  return undefined;
}

/** The value the pointer names in `root` (undefined when there is none). */
export function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of segments(path)) node = child(node, key);
  return node;
}

/** Whether the pointer names a value that exists in `root`. */
export function resolves(root: unknown, path: string): boolean {
  let node: unknown = root;
  for (const key of segments(path)) {
    if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, Array.isArray(node) ? Number(key) : key)) return false;
    node = child(node, key);
  }
  return true;
}

/** The pointer of the value that holds the one at `path`; undefined above the root. */
export function parentPointer(path: string): string | undefined {
  return path === "" ? undefined : path.slice(0, path.lastIndexOf("/"));
}
