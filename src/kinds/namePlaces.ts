import { ownField } from "../engine/ownField.js";
import { shapes } from "../generated/shapes.js";
import { pointer } from "../json/jsonPointer.js";
import type { Shape } from "./shape.js";

/**
 * Where each property name is known in each kind's shape (src/generated/shapes.ts), as
 * pointers with `<n>` for an array's index: `cardNumber` → `/orderPayments/<n>/paymentMethod/cardNumber`.
 * unknown-property says where a name it does not know here stands in its own place. Built on
 * the first such question, not when the module loads: a clean payload never asks, and a
 * serverless function's cold start should not pay for the walk of every shape.
 */
function placesOf(shape: Shape): ReadonlyMap<string, readonly string[]> {
  const places = new Map<string, string[]>();
  const visit = (here: Shape, path: string): void => {
    if (ownField(here, "map")) return;
    if (here.items !== undefined) visit(here.items, `${path}/<n>`);
    for (const [name, inner] of Object.entries(here.properties ?? {})) {
      const at = pointer(path, name);
      const known = places.get(name);
      if (known === undefined) places.set(name, [at]);
      else known.push(at);
      visit(inner, at);
    }
  };
  visit(shape, "");
  return places;
}

let placesByKind: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> | undefined;

/** Where the kind's shape knows a property of this name (none: an empty list). */
export function placesOfName(kind: string, name: string): readonly string[] {
  placesByKind ??= new Map(Object.entries(shapes).map(([each, shape]) => [each, placesOf(shape)]));
  return placesByKind.get(kind)?.get(name) ?? [];
}
