import { nodeTypes } from "./nodeTypes.js";

/**
 * Whether a value is a Proxy, by node:util's check, loaded on first use: it is asked after
 * reading a caller's value threw at no place a read of its entries finds (a trap that throws
 * on a key the value does not hold, or on its prototype), and by the full walk's reading of
 * toJSON (toJSONReader), never on a plain value the quick count passes.
 */
export function isProxyObject(value: object): boolean {
  return nodeTypes().isProxy(value);
}

/**
 * Whether a Proxy throws where no read of its entries goes: its prototype (instanceof asks
 * it), whether it is an array, or a key it may not hold (`toJSON`, which JSON.stringify reads
 * of every object, as the validators read a required key that is absent). A Proxy that
 * answers all three passes its reads through; it is not the place of a throw.
 */
export function proxyThrows(proxy: object): boolean {
  try {
    Object.getPrototypeOf(proxy);
    Array.isArray(proxy);
    Reflect.get(proxy, "toJSON");
    return false;
  } catch {
    return true;
  }
}
