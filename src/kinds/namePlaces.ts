import { readOnlyFieldsOf } from "../domain/readOnlyFields.js";
import { ownField } from "../engine/ownField.js";
import { shapes } from "../generated/shapes.js";
import { pointer } from "../json/jsonPointer.js";
import type { Shape } from "./shape.js";

/** Where a name is known in a kind: the places a caller may set it, and the read-only ones. */
export interface NamePlaces {
  readonly settable: readonly string[];
  readonly readOnly: readonly string[];
}

const nowhere: NamePlaces = { settable: [], readOnly: [] };

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
 * ignored. It is kept apart, so that a list of where a name is known says it is read-only
 * there rather than leave it out (`name` is product.name, and shippingMethod's read-only name).
 */
function placesOf(shape: Shape, readOnly: ReadonlySet<string>): ReadonlyMap<string, NamePlaces> {
  const places = new Map<string, { settable: string[]; readOnly: string[] }>();
  const visit = (here: Shape, path: string): void => {
    if (ownField(here, "map")) return;
    if (here.items !== undefined) visit(here.items, `${path}/<n>`);
    for (const [name, inner] of Object.entries(here.properties ?? {})) {
      const at = pointer(path, name);
      let known = places.get(name);
      if (known === undefined) places.set(name, (known = { settable: [], readOnly: [] }));
      if (readOnly.has(at)) {
        known.readOnly.push(at);
        continue;
      }
      known.settable.push(at);
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

let placesByKind: ReadonlyMap<string, ReadonlyMap<string, NamePlaces>> | undefined;

/** Where the kind's shape knows a property of this name (none: empty lists). */
export function placesOfName(kind: string, name: string): NamePlaces {
  placesByKind ??= new Map(Object.entries(shapes).map(([each, shape]) => [each, placesOf(shape, readOnlyPointers(each))]));
  return placesByKind.get(kind)?.get(name) ?? nowhere;
}
