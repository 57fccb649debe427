import type { Operation } from "./endpoints.js";
import type { RequestBody } from "./requestBodyShape.js";

/**
 * Whether a body sent to a translation host has the v2 shape its operation's kind describes
 * (see Operation.translatedBodyShape): a field only the v2 body has, or a v2 name and none of
 * the translated body's names. A body that is no JSON (or passes the run's limits) counts as
 * the v2 shape, so that its parse fault (or the limit) is reported.
 */
export function hasTranslatedShape(body: RequestBody | undefined, operation: Operation | undefined): boolean {
  const shape = operation?.translatedBodyShape;
  if (!shape || body === undefined) return true;
  const parsed = body.parsed;
  if (parsed === undefined) return true;
  // A body that is one variable (`{{importBody}}`) may hold either shape: as for a v2 body, what stands in it is not judged.
  const { variables } = body;
  if (variables.length === 1 && body.written.trim() === variables.item(0).text) return true;
  const { value } = parsed;
  if (typeof value !== "object" || value === null) return false;
  const has = (name: string) => Object.hasOwn(value, name);
  return shape.own.some(has) || (shape.v2Names.some(has) && !shape.translatedNames.some(has));
}
