import { types } from "node:util";
import { placePointer } from "../json/jsonPointer.js";
import { shorten } from "../engine/messageTemplate.js";
import { SplitError } from "./splitError.js";

/**
 * The SplitError for a value at `keys` whose reading threw `error`: it cannot be read. Reading a
 * library caller's value can throw where no JSON value does (a revoked Proxy's every trap, a
 * Proxy's ownKeys or get trap, a getter that throws), and split let that error out raw (audits of
 * 1348e6e8 and of split: a TypeError from a revoked Proxy at customer, at orderItems[1]). Split
 * reads each value once (orderReader): what decides the split first, the rest only for a split.
 */
export function unreadableAt(keys: readonly (string | number)[], error: unknown): SplitError {
  const place = placePointer(keys);
  return new SplitError(
    `split cannot read the order: the value at ${shorten(place === "" ? "the order's top" : place)} cannot be read (reading it threw ${thrownWords(error)}: a revoked Proxy, or a Proxy trap or getter that throws): a JSON order holds none, so the order is not split: replace that value with plain data`,
    { pointer: place },
  );
}

/**
 * "a TypeError", "a string": what a read threw, named without trusting it. The thrown value may be
 * as hostile as what threw it: `instanceof` on a revoked Proxy throws (it reads the prototype), and
 * an Error's `name` may be a getter that throws; either escaped raw, or was refused at the holder
 * of the value whose read threw (the audit of c6e782e1). Those are "a value".
 */
function thrownWords(error: unknown): string {
  if (typeof error !== "object" || error === null) return `a ${typeof error}`;
  try {
    const name: unknown = types.isNativeError(error) ? error.name : undefined;
    return typeof name === "string" && /^\w{1,40}$/.test(name) ? `a ${name}` : "a value";
  } catch {
    return "a value";
  }
}
