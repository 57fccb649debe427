/**
 * An array or object being read entry by entry, for walks that keep their own stack (a
 * caller's value may nest 100,000 deep, past what recursion takes).
 */
export interface EntryFrame {
  readonly node: object;
  /** The object's keys; null for an array. */
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

/** A frame at the node's first entry; `keysOf` reads an object's keys (a walk may keep those it has read). */
export function openFrame(node: object, keysOf: (node: object) => readonly string[] = forInKeys): EntryFrame {
  if (Array.isArray(node)) return { node, keys: null, size: node.length, next: 0 };
  const keys = keysOf(node);
  return { node, keys, size: keys.length, next: 0 };
}
