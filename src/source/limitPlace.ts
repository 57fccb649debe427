import { placePointer } from "../json/jsonPointer.js";
import { withoutByteOrderMark } from "./byteOrderMark.js";
import { findOversized, type StructureLimits } from "./entryCount.js";
import { trailAt } from "./trailAtOffset.js";

/**
 * The JSON Pointer of the value that starts at `offset`, where a text passed a limit (the
 * container one level too deep, the container with one entry too many, the value one too
 * many), as validate() names the place in a value: parseSource gives it the limit's fault,
 * which had path "" (the whole document) in every lint of text though its line named the
 * array. "" where the text before the place is no JSON (trailAt): it has no place to name.
 */
export function limitPointer(text: string, offset: number): string {
  const trail = trailAt(text, offset);
  return trail === undefined ? "" : placePointer(trail);
}

/**
 * The keys and indexes (numbers) down to where a text first passes its limits
 * (findOversized): for a body refused by a limit, which is never built (pastLimitShape).
 * Undefined for a text within the limits, or one whose JSON before the place cannot be followed.
 */
export function limitTrail(text: string, limits: StructureLimits): readonly (string | number)[] | undefined {
  const body = withoutByteOrderMark(text);
  const oversized = findOversized(body, limits);
  return oversized === undefined ? undefined : trailAt(body, oversized.offset);
}
