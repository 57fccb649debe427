import { prototypeListsKeys } from "../json/unsentKeys.js";

/** What one walk over a parsed value tells the parser about its text. */
export interface ValueSurvey {
  /** Keys of every object: fewer than the text's key tokens means a key was repeated. */
  readonly keys: number;
  /** Levels of arrays and objects (a top-level container is level 1). */
  readonly depth: number;
  /** The most elements of one array or members of one object. */
  readonly widest: number;
  /** A number beyond 2^53 in magnitude: the text holds an integer JSON.parse rounded (or a huge float). */
  readonly unsafeNumber: boolean;
}

/**
 * One iterative walk (JSON.parse itself takes 100,000 levels; a recursive walk would not):
 * the key count, the depth, the widest container and whether any number lies beyond 2^53.
 * Every integer literal beyond 2^53 - 1 parses to such a number, so the text need not be
 * searched for digit runs. Scalars are looked at where they stand; only containers wait on
 * the stack, so an array of millions of numbers adds nothing to it.
 */
export function surveyValue(value: unknown): ValueSurvey {
  let keys = 0;
  let depth = 0;
  let widest = 0;
  let unsafeNumber = false;
  const isUnsafe = (node: unknown) => typeof node === "number" && (node > Number.MAX_SAFE_INTEGER || node < -Number.MAX_SAFE_INTEGER);
  if (isUnsafe(value)) unsafeNumber = true;
  const polluted = prototypeListsKeys();
  const nodes: object[] = typeof value === "object" && value !== null ? [value] : [];
  const levels: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const level = levels.pop() as number;
    if (level > depth) depth = level;
    let size = 0;
    if (Array.isArray(node)) {
      size = node.length;
      for (const element of node) {
        if (typeof element === "object" && element !== null) {
          nodes.push(element);
          levels.push(level + 1);
        } else if (!unsafeNumber && isUnsafe(element)) unsafeNumber = true;
      }
    } else {
      for (const key in node) {
        // An enumerable key of a polluted Object.prototype is listed on every object: an
        // object-valued one was walked into forever (found by the review of the library changes).
        if (polluted && !Object.hasOwn(node, key)) continue;
        size++;
        const child = (node as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) {
          nodes.push(child);
          levels.push(level + 1);
        } else if (!unsafeNumber && isUnsafe(child)) unsafeNumber = true;
      }
      keys += size;
    }
    if (size > widest) widest = size;
  }
  return { keys, depth, widest, unsafeNumber };
}
