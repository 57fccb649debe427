import { shapes } from "../generated/shapes.js";
import { pointer } from "../json/jsonPointer.js";
import type { Shape } from "./shape.js";

/**
 * Where each property name is known in each kind's shape (src/generated/shapes.ts), as
 * pointers with `<n>` for an array's index: `cardNumber` → `/orderPayments/<n>/paymentMethod/cardNumber`.
 * Built once, when the module loads: unknown-property says where a name it does not know
 * here stands in its own place.
 */
const placesByKind: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map(
  Object.entries(shapes).map(([kind, shape]) => {
    const places = new Map<string, string[]>();
    const visit = (here: Shape, path: string): void => {
      if (here.map) return;
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
    return [kind, places];
  }),
);

/** Where the kind's shape knows a property of this name (none: an empty list). */
export function placesOfName(kind: string, name: string): readonly string[] {
  const places = placesByKind.get(kind);
  return places?.get(name) ?? [];
}
