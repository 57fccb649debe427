import { placePointer } from "../json/jsonPointer.js";
import { shorten } from "../engine/messageTemplate.js";
import { SplitError } from "./splitError.js";

/**
 * `read()`, with any error it throws but a SplitError made a SplitError at `keys`: reading a
 * library caller's value can throw where no JSON value does (a revoked Proxy's every trap, a
 * Proxy's ownKeys or get trap, a getter that throws), and split's walk let that error out raw
 * (audit of 1348e6e8: a TypeError from a revoked Proxy at customer).
 */
export function readAt<T>(keys: readonly (string | number)[], read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SplitError) throw error;
    throw unreadableAt(keys, error);
  }
}

/** The SplitError for a value at `keys` whose reading threw `error` (not a SplitError): it cannot be read. */
export function unreadableAt(keys: readonly (string | number)[], error: unknown): SplitError {
  const place = placePointer(keys);
  const thrown = error instanceof Error ? error.name : typeof error;
  return new SplitError(
    `the order must be split, but the value at ${shorten(place === "" ? "the order's top" : place)} cannot be read (reading it threw a ${thrown}: a revoked Proxy, or a Proxy trap or getter that throws): a JSON order holds none, so the order is not split: replace that value with plain data`,
    { pointer: place },
  );
}
