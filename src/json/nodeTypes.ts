import { createRequire } from "node:module";

let types: typeof import("node:util").types | undefined;

/**
 * node:util's checks of an object's internal slots (a Proxy, a boxed primitive), loaded on
 * first use: only a value read otherwise than a plain one asks them, and a cold start of the
 * library loads nothing it does not need.
 */
export function nodeTypes(): typeof import("node:util").types {
  types ??= (createRequire(import.meta.url)("node:util") as typeof import("node:util")).types;
  return types;
}

/**
 * Whether JSON.stringify writes the object as a primitive: one with a [[NumberData]],
 * [[StringData]], [[BooleanData]] or [[BigIntData]] slot (`new String("USD")`), as
 * SerializeJSONProperty asks, and not by `instanceof`, which walks the prototype chain (200
 * objects sharing 100,000 prototypes, four walks each), and answers for a Proxy of one, or an
 * object of String.prototype, that JSON.stringify writes as an object.
 */
export function isWrittenAsPrimitive(object: object): boolean {
  const { isNumberObject, isStringObject, isBooleanObject, isBigIntObject } = nodeTypes();
  return isNumberObject(object) || isStringObject(object) || isBooleanObject(object) || isBigIntObject(object);
}
