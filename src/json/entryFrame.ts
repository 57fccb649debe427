/**
 * An array or object being read entry by entry, for walks that keep their own stack (a
 * caller's value may nest 100,000 deep, past what recursion takes).
 */
export interface EntryFrame {
  readonly node: object;
  /** The object's keys; null for an array (or array-like: see indexedSize). */
  readonly keys: readonly string[] | null;
  readonly size: number;
  /** The next entry to read. */
  next: number;
}

/** The keys a reader sees: for-in's, as the precompiled validators read them (inherited enumerable keys too). */
export function forInKeys(node: object): string[] {
  const keys: string[] = [];
  for (const key in node) keys.push(key);
  return keys;
}

/**
 * How many entries an object holds by index, for those read index by index: an array, and
 * the array-likes whose keys for-in would list as a string each, all at once, however few
 * are read (a typed array or a String object of ten million: seconds, and gigabytes);
 * undefined for any other object. An array-like is read by its indexes alone.
 */
export function indexedSize(node: object): number | undefined {
  const size = Array.isArray(node) || node instanceof String || (ArrayBuffer.isView(node) && !(node instanceof DataView)) ? (node as { length: unknown }).length : undefined;
  if (size === undefined) return undefined;
  // An array Proxy may answer any length: NaN or a negative one would switch the count off (review finding).
  return Number.isSafeInteger(size) && (size as number) >= 0 ? (size as number) : Number.MAX_SAFE_INTEGER;
}

/** A frame at the node's first entry; `keysOf` reads an object's keys (a walk may keep those it has read). */
export function openFrame(node: object, keysOf: (node: object) => readonly string[] = forInKeys): EntryFrame {
  const indexed = indexedSize(node);
  if (indexed !== undefined) return { node, keys: null, size: indexed, next: 0 };
  const keys = keysOf(node);
  return { node, keys, size: keys.length, next: 0 };
}
