import { createRequire } from "node:module";

let isProxy: ((value: unknown) => boolean) | undefined;

/**
 * Whether a value is a Proxy, by node:util's check, loaded on first use: it is asked only
 * after reading a caller's value threw at no place a read of its entries finds (a trap that
 * throws on a key the value does not hold, or on its prototype), never on a value that reads.
 */
export function isProxyObject(value: object): boolean {
  isProxy ??= (createRequire(import.meta.url)("node:util") as typeof import("node:util")).types.isProxy;
  return isProxy(value);
}
