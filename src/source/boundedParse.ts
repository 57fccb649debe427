import { findOversized, type Limit, type StructureLimits } from "./entryCount.js";
import { withoutByteOrderMark } from "./byteOrderMark.js";
import { defaultMaxDepth, defaultMaxEntries, defaultMaxValues } from "./parseSource.js";

/** The payload limits' defaults: what a read beside the lint holds a text to. */
export const defaultStructureLimits: StructureLimits = { maxDepth: defaultMaxDepth, maxEntries: defaultMaxEntries, maxValues: defaultMaxValues };

/**
 * JSON.parse of a text held to the structure limits first, for the reads beside the lint
 * (is this a Postman collection, a cache, one of our reports, a child `split` wrote, a
 * custom data body's name?): the text is counted without parsing it (findOversized: a
 * repeated key counts each time it is written), and one past a limit is not built at all.
 * Undefined when the text is not JSON (a byte order mark aside) or passes a limit; the lint
 * of the same text says which, and where. Linear in the text, ~8 ns a character.
 */
export function parseWithinLimits(text: string, limits: StructureLimits = defaultStructureLimits): { readonly value: unknown } | undefined {
  const parsed = parseBounded(text, limits);
  return "value" in parsed ? parsed : undefined;
}

/** What parseWithinLimits read, or why it read nothing: the limit the text passes, or that it is not JSON. */
export type BoundedParse = { readonly value: unknown } | { readonly oversized: Limit } | { readonly notJson: true };

/** parseWithinLimits, saying why where it reads nothing: "not JSON" of a text past a limit read as a fault of the text (split audit). */
export function parseBounded(text: string, limits: StructureLimits = defaultStructureLimits): BoundedParse {
  const body = withoutByteOrderMark(text);
  const oversized = findOversized(body, limits);
  if (oversized !== undefined) return { oversized: oversized.limit };
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    return { notJson: true };
  }
}
