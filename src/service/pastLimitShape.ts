import type { StructureLimits } from "../source/entryCount.js";
import { limitTrail } from "../source/limitPlace.js";

/**
 * For a body refused by a limit, which is never built: the containers down to the place the
 * limit was passed, empty but for the one on the way (an array holding it at its index), so
 * that an OmsValidationError's issue path tells an array's index (a number) from an object's key,
 * as it does of a body that was built (issuePath). Undefined for a body within the limits.
 */
export function pastLimitShape(text: string, limits: StructureLimits): unknown {
  const trail = limitTrail(text, limits);
  if (trail === undefined) return undefined;
  let shape: unknown = null;
  for (let i = trail.length - 1; i >= 0; i--) {
    const segment = trail[i] as string | number;
    if (typeof segment === "number") {
      const array: unknown[] = [];
      array[segment] = shape;
      shape = array;
    } else {
      shape = Object.defineProperty({}, segment, { value: shape, enumerable: true });
    }
  }
  return shape;
}
