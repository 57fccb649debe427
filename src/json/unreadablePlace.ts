import { openFrame, type EntryFrame } from "./entryFrame.js";
import { trailPointer } from "./jsonPointer.js";
import { isProxyObject, proxyThrows } from "./proxyCheck.js";

/**
 * Where reading a library caller's value throws, as a JSON Pointer; undefined when every
 * part of it reads. JSON text never throws when read, but a caller's object may: a getter
 * that throws, or a Proxy whose trap does (ownKeys, get, a revoked one). Each place is read
 * once, as the validators and rules read it (is it an array, its length or keys, each
 * entry), with an explicit stack (values may nest 100,000 deep). An object met again (an
 * ancestor, or one the value shares between places: `x = [x1, x1]`, 28 levels of it) is not
 * read again: every path to a shared object was walked, which took time exponential in the
 * depth of the sharing. With `orProxy`, a Proxy that throws where no read of its entries goes
 * (proxyThrows) is the place where it stands; one that answers is read through.
 */
export function unreadablePlace(root: unknown, orProxy = false): string | undefined {
  if (typeof root !== "object" || root === null) return undefined;
  const trail: (string | number)[] = [];
  const frames: EntryFrame[] = [];
  const seen = new Set<object>();
  let pending: object | undefined = root;
  while (pending !== undefined || frames.length > 0) {
    if (pending !== undefined) {
      // A Proxy may throw on what no walk of its entries reads (a key it does not hold, its
      // prototype): asked for (`orProxy`), the first such Proxy met is the place.
      if (orProxy && isProxyObject(pending) && proxyThrows(pending)) return trailPointer(trail);
      try {
        frames.push(openFrame(pending));
      } catch {
        return trailPointer(trail);
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
      return trailPointer(trail, key);
    }
    if (typeof child === "object" && child !== null && !seen.has(child)) {
      trail.push(key);
      pending = child;
    }
  }
  return undefined;
}
