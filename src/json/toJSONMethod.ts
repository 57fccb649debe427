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
