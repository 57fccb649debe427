import { withoutByteOrderMark } from "./byteOrderMark.js";
import { findOversized, type StructureLimits } from "./entryCount.js";
import { positionIn, type Position } from "./lineIndex.js";
import { trailAt } from "./trailAtOffset.js";

/** Where a text passed a structural limit: the keys and indexes down to the value there, and its position (parseSource's fault starts there). */
export interface LimitPlace extends Position {
  readonly trail: readonly (string | number)[];
}

/**
 * Where a text first passes its limits (findOversized: the container one level too deep, the
 * container with one entry too many, the value one too many), as validate() names the place in
 * a value: a lint of the text places its fault by line and column alone, and checkRequest, which
 * gives no line, gave path "" where validate() named the array (found by the audit of the
 * service surface). Undefined for a text within the limits, or one whose JSON before the place
 * cannot be followed.
 */
export function limitPlace(text: string, limits: StructureLimits): LimitPlace | undefined {
  const body = withoutByteOrderMark(text);
  const oversized = findOversized(body, limits);
  const trail = oversized === undefined ? undefined : trailAt(body, oversized.offset);
  return oversized === undefined || trail === undefined ? undefined : { trail, ...positionIn(body, oversized.offset) };
}
