/** What stands for an object's toJSON when reading it threw: JSON.stringify throws there too. */
export const toJSONThrew = Symbol("reading toJSON threw");

/**
 * An object's (or a BigInt's) toJSON as JSON.stringify reads it, SerializeJSONProperty's
 * `Get(value, "toJSON")`: through a getter, own or inherited (a class's `get toJSON()`), and a
 * Proxy's `get` trap, not only among the keys a walk lists (found by the library audit: a
 * non-enumerable toJSON getter that throws, or a Proxy answering toJSON, passed as the value
 * in hand, and a class's throwing getter was thrown back from validate()). A throw is
 * JSON.stringify's at that place, never the caller's error thrown back: toJSONThrew.
 */
export function toJSONOf(value: object | bigint): unknown {
  try {
    return (value as { toJSON?: unknown }).toJSON;
  } catch {
    return toJSONThrew;
  }
}

/** Whether JSON.stringify writes the object as its toJSON answers, or throws as it reads that toJSON: nothing else of it is written. */
export function answersToJSON(value: object | bigint): boolean {
  const toJSON = toJSONOf(value);
  return toJSON === toJSONThrew || typeof toJSON === "function";
}

/**
 * answersToJSON for one walk over a caller's value, each prototype chain looked through once:
 * reading toJSON of an object of another prototype walks its whole chain, and 200 line items
 * sharing a chain of 100,000 prototypes took a minute (found by the audit of a caller's value
 * read as JSON.stringify sends it). For each prototype met, the nearest object of its chain
 * (itself first) whose toJSON is not its parent's is kept: one holding toJSON as its own key
 * (a value or a getter, not called here), or a Proxy (its trap may answer anything); none when
 * the chain holds no toJSON. The object's toJSON is then read from that one, with the object
 * as receiver, which is what [[Get]] does through the chain between. A plain object or array,
 * a Proxy, and an object holding its own toJSON are read as JSON.stringify reads them.
 */
export function toJSONReader(isProxy: (value: object) => boolean): (value: object) => boolean {
  /** Each prototype met, and the nearest of its chain whose toJSON is not its parent's (null: none). */
  const holders = new Map<object, object | null>();
  const holderFrom = (prototype: object | null): object | null => {
    const passed: object[] = [];
    let at = prototype;
    let holder: object | null = null;
    while (at !== null) {
      const known = holders.get(at);
      if (known !== undefined) {
        holder = known;
        break;
      }
      if (isProxy(at) || Object.hasOwn(at, "toJSON")) {
        holder = at;
        break;
      }
      passed.push(at);
      at = Object.getPrototypeOf(at) as object | null;
    }
    for (const object of passed) holders.set(object, holder);
    if (holder !== null) holders.set(holder, holder);
    return holder;
  };
  return (value: object): boolean => {
    if (isProxy(value) || Object.hasOwn(value, "toJSON")) return answersToJSON(value);
    const prototype = Object.getPrototypeOf(value) as object | null;
    if (prototype === Object.prototype || prototype === Array.prototype) return answersToJSON(value);
    const holder = holderFrom(prototype);
    if (holder === null) return false;
    try {
      return typeof Reflect.get(holder, "toJSON", value) === "function";
    } catch {
      return true;
    }
  };
}
