import type { Operation } from "./endpoints.js";
import { bareVariables, withStandIns } from "./bodyVariables.js";
import type { RequestEntry } from "./requestEntry.js";

/**
 * Whether a body sent to a translation host has the v2 shape its operation's kind describes
 * (see Operation.translatedBodyShape): a field only the v2 body has, or a v2 name and none of
 * the translated body's names. A body that is no JSON counts as the v2 shape,
 * so that its parse fault is reported.
 */
export function hasTranslatedShape({ body, variables: reading }: Pick<RequestEntry, "body" | "variables">, operation: Operation | undefined): boolean {
  const shape = operation?.translatedBodyShape;
  if (!shape) return true;
  let value: unknown;
  const variables = bareVariables(body ?? "", reading);
  try {
    value = JSON.parse(withStandIns(body ?? "", variables));
  } catch {
    return true;
  }
  // A body that is one variable (`{{importBody}}`) may hold either shape: as for a v2 body, what stands in it is not judged.
  if (variables.length === 1 && body?.trim() === variables[0]!.text) return true;
  if (typeof value !== "object" || value === null) return false;
  const has = (name: string) => Object.hasOwn(value, name);
  return shape.own.some(has) || (shape.v2Names.some(has) && !shape.translatedNames.some(has));
}
