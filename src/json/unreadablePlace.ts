import { escapeSegment } from "./jsonPointer.js";

/** An object being read, and the next of its entries to read. */
interface Frame {
  readonly node: object;
  /** The object's keys; null for an array. */
  readonly keys: readonly string[] | null;
  readonly size: number;
  next: number;
}

const pointerOf = (trail: readonly (string | number)[]): string => trail.map((segment) => "/" + escapeSegment(segment)).join("");

/** The keys a reader sees (for-in, as the precompiled validators read them), and whether the node is an array. */
function open(node: object): Frame {
  if (Array.isArray(node)) return { node, keys: null, size: node.length, next: 0 };
  const keys: string[] = [];
  for (const key in node) keys.push(key);
  return { node, keys, size: keys.length, next: 0 };
}

/**
 * Where reading a library caller's value throws, as a JSON Pointer; undefined when every
 * part of it reads. JSON text never throws when read, but a caller's object may: a getter
 * that throws, or a Proxy whose trap does (ownKeys, get, a revoked one). Each place is read
 * once, as the validators and rules read it (is it an array, its length or keys, each
 * entry), with an explicit stack (values may nest 100,000 deep). An object met again (an
 * ancestor, or one the value shares between places: `x = [x1, x1]`, 28 levels of it) is not
 * read again: every path to a shared object was walked, which took time exponential in the
 * depth of the sharing.
 */
export function unreadablePlace(root: unknown): string | undefined {
  if (typeof root !== "object" || root === null) return undefined;
  const trail: (string | number)[] = [];
  const frames: Frame[] = [];
  const seen = new Set<object>();
  let pending: object | undefined = root;
  while (pending !== undefined || frames.length > 0) {
    if (pending !== undefined) {
      try {
        frames.push(open(pending));
      } catch {
        return pointerOf(trail);
      }
      seen.add(pending);
      pending = undefined;
      continue;
    }
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.size) {
      frames.pop();
      if (frames.length > 0) trail.pop();
      continue;
    }
    const key: string | number = frame.keys ? frame.keys[frame.next]! : frame.next;
    frame.next++;
    let child: unknown;
    try {
      child = (frame.node as Record<string | number, unknown>)[key];
    } catch {
      return pointerOf([...trail, key]);
    }
    if (typeof child === "object" && child !== null && !seen.has(child)) {
      trail.push(key);
      pending = child;
    }
  }
  return undefined;
}
