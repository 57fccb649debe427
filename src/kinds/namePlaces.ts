import { readOnlyFieldsOf } from "../domain/readOnlyFields.js";
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
 *
 * A read-only field is no place a name belongs (src/domain/readOnlyFields.ts): a value moved
 * to shippingMethod's price is read-only-shipping-fields' error ("Attempting to manually set
 * these fields will result in invalid input errors"), one moved to customer.customerID is
 * ignored. Left out, the name is unknown here and the rule's "did you mean" speaks instead.
 */
function placesOf(shape: Shape, readOnly: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const places = new Map<string, string[]>();
  const visit = (here: Shape, path: string): void => {
    if (ownField(here, "map")) return;
    if (here.items !== undefined) visit(here.items, `${path}/<n>`);
    for (const [name, inner] of Object.entries(here.properties ?? {})) {
      const at = pointer(path, name);
      if (readOnly.has(at)) continue;
      const known = places.get(name);
      if (known === undefined) places.set(name, [at]);
      else known.push(at);
      visit(inner, at);
    }
  };
  visit(shape, "");
  return places;
}

/** The pointers of a kind's read-only fields. */
function readOnlyPointers(kind: string): ReadonlySet<string> {
  return new Set(readOnlyFieldsOf(kind).flatMap(({ path, keys }) => keys.map((key) => pointer(path, key))));
}

let placesByKind: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> | undefined;

/** Where the kind's shape knows a property of this name (none: an empty list). */
export function placesOfName(kind: string, name: string): readonly string[] {
  placesByKind ??= new Map(Object.entries(shapes).map(([each, shape]) => [each, placesOf(shape, readOnlyPointers(each))]));
  return placesByKind.get(kind)?.get(name) ?? [];
}
