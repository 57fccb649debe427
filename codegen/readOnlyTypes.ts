import { shippingMethodReadOnly } from "../src/domain/readOnlyFields.js";
import { segments } from "../src/json/jsonPointer.js";
import { kindInfo } from "../src/kinds/kinds.js";
import { resolve } from "./inlineLeafRefs.js";
import type { JsonSchema } from "./schemaSet.js";

/** A subschema and the file it stands in (its `$ref`s are read from there). */
interface Placed {
  readonly file: string;
  readonly node: JsonSchema;
}

/** The subschema a node stands for once its `$ref`s are followed. */
function followed(schemas: ReadonlyMap<string, JsonSchema>, at: Placed): Placed {
  if (typeof at.node.$ref !== "string") return at;
  const target = resolve(schemas, at.file, at.node.$ref);
  if (target === undefined) throw new Error(`codegen: ${at.file} refers to ${at.node.$ref}, which does not exist`);
  return followed(schemas, { file: target.place.slice(0, target.place.indexOf("#")), node: target.node as JsonSchema });
}

/** The schema of an object's property `name`, its own or an `allOf` part's (Create Order's fields stand in order.json). */
function propertyOf(schemas: ReadonlyMap<string, JsonSchema>, at: Placed, name: string): Placed | undefined {
  const own = (at.node.properties as Record<string, JsonSchema> | undefined)?.[name];
  if (own !== undefined) return followed(schemas, { file: at.file, node: own });
  for (const part of (at.node.allOf as JsonSchema[] | undefined) ?? []) {
    const found = propertyOf(schemas, followed(schemas, { file: at.file, node: part }), name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The strict types' shippingMethod name, price and description, typed `null`: "these are
 * read-only fields that are automatically populated by legacy OMS. Attempting to manually set
 * these fields will result in invalid input errors" (Create Order), and validate() errors on any
 * other value (read-only-shipping-fields; null says nothing). The schema leaves them `{}` (any
 * value parses, the rule reports it), which the types read `unknown`: a program typed against
 * ShippingMethod compiled `price: 5.99` and was refused at run time. The accepted types are not
 * built from these copies and stay open (the import sends the same object, where it is our reading).
 * `schemas` are copies of the schema files, changed in place.
 */
export function readOnlyShippingFieldsAsNull(schemas: ReadonlyMap<string, JsonSchema>): void {
  const file = kindInfo.createOrder.schema;
  const root = schemas.get(file);
  if (root === undefined) throw new Error(`codegen: no ${file}`);
  let at: Placed | undefined = { file, node: root };
  for (const name of segments(shippingMethodReadOnly.path)) at = at && propertyOf(schemas, at, name);
  const properties = at?.node.properties as Record<string, JsonSchema> | undefined;
  for (const key of shippingMethodReadOnly.keys) {
    if (properties?.[key] === undefined) throw new Error(`codegen: ${file}${shippingMethodReadOnly.path} has no property ${key} to type null`);
    properties[key] = { ...properties[key], tsType: "null" };
  }
}
