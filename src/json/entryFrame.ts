import { nodeTypes } from "./nodeTypes.js";

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
 * undefined for any other object. An array-like is read by its indexes alone. `plain`: the
 * caller knows the object is no String object (the quick count, which leaves any other
 * prototype, and any boxed value, to the full walk), and does not ask it again.
 */
export function indexedSize(node: object, plain = false): number | undefined {
  const size = Array.isArray(node) || (!plain && holdsStringData(node)) || (ArrayBuffer.isView(node) && !(node instanceof DataView)) ? (node as { length: unknown }).length : undefined;
  if (size === undefined) return undefined;
  // An array Proxy may answer any length: NaN or a negative one would switch the count off (review finding).
  return Number.isSafeInteger(size) && (size as number) >= 0 ? (size as number) : Number.MAX_SAFE_INTEGER;
}

/**
 * Whether the object holds a string's characters by index (a String object, of any class), by
 * its internal slot: `instanceof String` walked the whole prototype chain of every object (200
 * line items sharing 100,000 prototypes, found by the audit of a caller's value read as
 * JSON.stringify sends it). Of any prototype, null and Object.prototype too, as JSON.stringify
 * tells one: such a String of millions of characters was listed by for-in, key by key (seconds,
 * and 700 MB), and an own getter of it read where JSON.stringify reads none (found by the audit
 * of how validate() reads a caller's value).
 */
function holdsStringData(node: object): boolean {
  return nodeTypes().isStringObject(node);
}

/** A frame at the node's first entry; `keysOf` reads an object's keys (a walk may keep those it has read). */
export function openFrame(node: object, keysOf: (node: object) => readonly string[] = forInKeys): EntryFrame {
  const indexed = indexedSize(node);
  if (indexed !== undefined) return { node, keys: null, size: indexed, next: 0 };
  const keys = keysOf(node);
  return { node, keys, size: keys.length, next: 0 };
}
