import { pointer } from "../../src/json/jsonPointer.js";

/**
 * Values that share one object between many places, as a caller's code can build them and
 * no JSON text can hold them: `v = { a: v, b: v }` 28 times is 28 objects, 2^29 paths.
 */

export interface Limits {
  readonly maxDepth: number;
  readonly maxEntries: number;
  readonly maxValues: number;
}

/** One level of a chain: how many times it holds the level below, and in what. */
export interface Level {
  readonly fanOut: number;
  readonly array: boolean;
}

/** Reads of a chain's objects (each get, each listing of keys): validate()'s work, counted. */
export interface ReadCount {
  reads: number;
}

/** The same level `levels` times: objects with keys a, b, … as `{ a: v, b: v }` builds them. */
export const levels = (count: number, fanOut = 2, array = false): Level[] => Array.from({ length: count }, () => ({ fanOut, array }));

/**
 * A chain whose every level holds the one below `fanOut` times: one object a level and
 * fanOut^levels paths. With `count`, each level is a Proxy that counts its reads there.
 */
export function sharedChain(chainLevels: readonly Level[], leaf: unknown = {}, count?: ReadCount): unknown {
  let below = leaf;
  for (const { fanOut, array } of chainLevels) {
    const node = array ? Array.from({ length: fanOut }, () => below) : Object.fromEntries(Array.from({ length: fanOut }, (_, i) => [String.fromCharCode(97 + i), below]));
    below = count === undefined ? node : countingReads(node, count);
  }
  return below;
}

function countingReads(node: object, count: ReadCount): object {
  return new Proxy(node, {
    get(target, key, receiver) {
      count.reads++;
      return Reflect.get(target, key, receiver);
    },
    ownKeys(target) {
      count.reads++;
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * Where a value first passes a limit, by the plainest recursion over every path in the
 * order JSON.stringify writes them (for values within a few thousand paths): the container
 * a level too deep, the container with one entry too many, the value one too many.
 */
export function firstLimitPassed(value: unknown, limits: Limits): { path: string; limit: "depth" | "entries" | "values" } | undefined {
  let values = 1;
  const visit = (node: object, path: string, depth: number): ReturnType<typeof firstLimitPassed> => {
    if (depth > limits.maxDepth) return { path, limit: "depth" };
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((child, i) => [i, child]) : Object.entries(node);
    for (const [index, [key, child]] of entries.entries()) {
      if (index >= limits.maxEntries) return { path, limit: "entries" };
      const at = pointer(path, key);
      if (++values > limits.maxValues) return { path: at, limit: "values" };
      // An object with a toJSON (a Date) is written as its answer, a string here: no level of its own.
      const found = typeof child === "object" && child !== null && typeof (child as { toJSON?: unknown }).toJSON !== "function" ? visit(child, at, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return typeof value === "object" && value !== null ? visit(value, "", 1) : undefined;
}
