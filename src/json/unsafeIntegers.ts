import { escapeSegment, isContainer } from "./jsonPointer.js";

/** An integer beyond 2^53: JSON parsers may round it. */
export function isUnsafeInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value);
}

/** A container being walked, and the next of its entries to visit. */
interface Frame {
  readonly node: object;
  /** The object's keys; null for an array. */
  readonly keys: readonly string[] | null;
  next: number;
}

/**
 * Calls `found` for every unsafe integer in the value, with its pointer relative to the
 * value, walking with an explicit stack (values may nest 100,000 deep). The path is kept as
 * a trail of segments and joined only for a find, so the walk stays linear in the size of
 * the value however deep it goes.
 */
export function findUnsafeIntegers(root: unknown, found: (path: string, value: number) => void): void {
  if (isUnsafeInteger(root)) found("", root);
  if (!isContainer(root)) return;
  const frames: Frame[] = [{ node: root, keys: Array.isArray(root) ? null : Object.keys(root), next: 0 }];
  const trail: (string | number)[] = [];
  // A JSON value has no cycles, but a library caller's object might: never enter an ancestor
  // again. (An object shared by two places, such as one address used twice, is walked at both.)
  const onPath = new Set<object>([root]);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const size = frame.keys ? frame.keys.length : (frame.node as unknown[]).length;
    if (frame.next >= size) {
      frames.pop();
      trail.pop();
      onPath.delete(frame.node);
      continue;
    }
    const key: string | number = frame.keys ? frame.keys[frame.next]! : frame.next;
    frame.next++;
    const child: unknown = (frame.node as Record<string | number, unknown>)[key];
    // Joined here rather than spread into pointer(): a call cannot take 100,000 arguments.
    if (isUnsafeInteger(child)) found([...trail, key].map((segment) => "/" + escapeSegment(segment)).join(""), child);
    else if (isContainer(child) && !onPath.has(child)) {
      onPath.add(child);
      frames.push({ node: child, keys: Array.isArray(child) ? null : Object.keys(child), next: 0 });
      trail.push(key);
    }
  }
}

/** Nesting the quick scan follows before it leaves the value to the full walk. */
const quickScanDepth = 64;

/**
 * Whether the value may hold an unsafe integer: false only when it surely holds none. A
 * recursive scan with no paths, no stack of frames and no set of ancestors; past
 * `quickScanDepth` (a deep value, or a caller's object with a cycle) it answers true and the
 * full walk decides. Most payloads hold no such number and pay only this scan.
 */
export function mayHoldUnsafeInteger(value: unknown, depth: number): boolean {
  if (typeof value === "number") return isUnsafeInteger(value);
  if (typeof value !== "object" || value === null) return false;
  if (depth > quickScanDepth) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (mayHoldUnsafeInteger(value[i], depth + 1)) return true;
    return false;
  }
  // Inherited keys too (no own-property test a key): one of them can only send the value to the full walk, which reads own keys.
  for (const key in value) if (mayHoldUnsafeInteger((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}
