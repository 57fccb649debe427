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

/** The name of Create Order's own shipping method type, whose read-only fields are typed `null`. */
const createOrderShippingMethod = "CreateOrderShippingMethod";

/**
 * The strict types that are a schema's copy made here, and the type each copies: the accepted
 * types are built from the schemas as they stand, so each one's accepted counterpart is the copied
 * type's (what passes isValid is the same object, the read-only fields open).
 */
export const strictTypeCopies: Readonly<Record<string, string>> = { [createOrderShippingMethod]: "ShippingMethod" };

/**
 * Create Order's shippingMethod name, price and description, typed `null`: "these are read-only
 * fields that are automatically populated by legacy OMS. Attempting to manually set these fields
 * will result in invalid input errors" (Create Order), and validate("createOrder") errors on any
 * other value (read-only-shipping-fields; null says nothing). The schema leaves them `{}` (any
 * value parses, the rule reports it), which the types read `unknown`: a program typed against
 * CreateOrderRequest compiled `price: 5.99` and was refused at run time.
 *
 * Only Create Order's: the import sends the same object (OrderBody's ShippingMethod), where the rule
 * is our reading and a warning, and validate("importOrder") takes `name: "Ground"`. Typing the shared
 * ShippingMethod null refused that import at compile time (review of 8aa55e65). So a copy of the
 * shippingMethod schema, beside it in its file (its `$ref`s read alike), is CreateOrderShippingMethod,
 * and Create Order's own properties name it: CreateOrderRequest = OrderBody & { shippingMethod?: … }.
 * `schemas` are copies of the schema files, changed in place.
 */
export function readOnlyShippingFieldsAsNull(schemas: ReadonlyMap<string, JsonSchema>): void {
  const file = kindInfo.createOrder.schema;
  const root = schemas.get(file);
  if (root === undefined) throw new Error(`codegen: no ${file}`);
  let at: Placed | undefined = { file, node: root };
  for (const name of segments(shippingMethodReadOnly.path)) at = at && propertyOf(schemas, at, name);
  const properties = at?.node.properties as Record<string, JsonSchema> | undefined;
  if (at === undefined || properties === undefined) throw new Error(`codegen: ${file}${shippingMethodReadOnly.path} is no object with properties`);
  const strict: Record<string, JsonSchema> = { ...properties };
  for (const key of shippingMethodReadOnly.keys) {
    if (properties[key] === undefined) throw new Error(`codegen: ${file}${shippingMethodReadOnly.path} has no property ${key} to type null`);
    strict[key] = { ...properties[key], tsType: "null" };
  }
  const home = schemas.get(at.file) as JsonSchema;
  const definitions = (home.definitions ??= {}) as Record<string, JsonSchema>;
  const key = createOrderShippingMethod.charAt(0).toLowerCase() + createOrderShippingMethod.slice(1);
  if (definitions[key] !== undefined) throw new Error(`codegen: ${at.file} already defines ${key}`);
  const said = typeof at.node.description === "string" ? `${at.node.description} ` : "";
  const description = `${said}Create Order's: its read-only fields are typed null, as validate("createOrder") errors on any other value (the import's ShippingMethod takes them).`;
  definitions[key] = { ...at.node, title: createOrderShippingMethod, description, properties: strict };
  const rootProperties = (root.properties ??= {}) as Record<string, JsonSchema>;
  const name = segments(shippingMethodReadOnly.path).at(-1) as string;
  const ref = `${at.file === file ? "" : at.file}#/definitions/${key}`;
  rootProperties[name] = { ...(rootProperties[name] ?? {}), $ref: ref };
}
