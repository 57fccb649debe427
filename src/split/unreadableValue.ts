import { placePointer } from "../json/jsonPointer.js";
import { shorten } from "../engine/messageTemplate.js";
import { SplitError } from "./splitError.js";

/**
 * The SplitError for a value at `keys` whose reading threw `error`: it cannot be read. Reading a
 * library caller's value can throw where no JSON value does (a revoked Proxy's every trap, a
 * Proxy's ownKeys or get trap, a getter that throws), and split let that error out raw (audits of
 * 1348e6e8 and of split: a TypeError from a revoked Proxy at customer, at orderItems[1]). Split
 * reads the order once before it decides anything (orderSnapshot), so this stops it whether or not
 * the order needs a split.
 */
export function unreadableAt(keys: readonly (string | number)[], error: unknown): SplitError {
  const place = placePointer(keys);
  const thrown = error instanceof Error ? error.name : typeof error;
  return new SplitError(
    `split cannot read the order: the value at ${shorten(place === "" ? "the order's top" : place)} cannot be read (reading it threw a ${thrown}: a revoked Proxy, or a Proxy trap or getter that throws): a JSON order holds none, so the order is not split: replace that value with plain data`,
    { pointer: place },
  );
}
