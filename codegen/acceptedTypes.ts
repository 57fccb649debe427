import { escapeSegment, segments } from "../src/json/jsonPointer.js";
import type { JsonSchema } from "./schemaSet.js";
import { addRuleTypes, narrowSharedLists, type Resolve } from "./kindNarrowedLists.js";

/**
 * What isValid and assertValid narrow to: the type of what passes with warnings. A value passes
 * when it has no error, and only a stated constraint is an error (SPEC §3); so the strict types
 * (codegen/types.ts), which also carry our readings (an example-only type, a crucial element,
 * a non-empty list), would let a program write `body.orderItems[0].product.partNumber` after the
 * guard and throw at run time. An accepted type is compiled from the schemas with only their
 * stated constraints, and with nothing the schemas leave unchecked typed as more than `unknown`.
 */

/** Keywords whose value is one subschema. */
const oneSubschema = new Set(["items", "additionalItems", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"]);
/** Keywords whose value is a list of subschemas. */
const subschemaLists = new Set(["allOf", "anyOf", "oneOf", "items"]);
/** Keywords whose value maps names to subschemas. */
const subschemaMaps = new Set(["properties", "patternProperties", "definitions", "dependencies"]);
/** Keywords that only annotate a subschema: a part of an allOf that holds nothing else checks nothing. */
const annotations = new Set(["errorMessage", "description", "title", "x-oms-rule", "x-oms-evidence", "x-oms-passage", "x-oms-document"]);

/** Whether a subschema is a `$ref` and annotations (a description) only. */
const isBareRef = (node: JsonSchema): boolean => typeof node.$ref === "string" && Object.keys(node).every((key) => key === "$ref" || annotations.has(key));

/** The subschemas a subschema holds, each with the keyword path from it (`properties/name`). */
function children(node: JsonSchema): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== "object" || value === null) continue;
    if (subschemaLists.has(key) && Array.isArray(value)) value.forEach((part, index) => found.push([`${key}/${index}`, part as JsonSchema]));
    else if (oneSubschema.has(key) && !Array.isArray(value)) found.push([key, value as JsonSchema]);
    else if (subschemaMaps.has(key)) for (const [name, part] of Object.entries(value)) found.push([`${key}/${escapeSegment(name)}`, part as JsonSchema]);
  }
  return found.filter(([, part]) => typeof part === "object" && part !== null && !Array.isArray(part));
}

/** Whether a child at this keyword path holds a value of its own (a property, an element, an alternative), rather than a part or a condition of its parent's. */
const holdsAValue = (path: string): boolean => /^(?:properties|patternProperties|items|additionalItems|additionalProperties|anyOf|oneOf)(?:\/|$)/.test(path);

/**
 * Whether a subschema says what JSON type its value has (a `type`, an `enum`, a `const`, a
 * `tsType`, a `$ref` to one that does, an `allOf` part that does, alternatives that all do):
 * json-schema-to-typescript would otherwise read an object from `properties`, or an array
 * from `items`, where a value of any type passes.
 */
function givesItsType(file: string, node: JsonSchema, resolve: Resolve, seen = new Set<JsonSchema>()): boolean {
  if (seen.has(node)) return false;
  seen.add(node);
  if ("type" in node || "enum" in node || "const" in node || "tsType" in node) return true;
  if (typeof node.$ref === "string") {
    const target = resolve(file, node.$ref);
    if (givesItsType(target.file, target.node, resolve, seen)) return true;
  }
  const parts = (key: string) => (Array.isArray(node[key]) ? (node[key] as JsonSchema[]) : []);
  const every = (key: string) => parts(key).length > 0 && parts(key).every((part) => givesItsType(file, part, resolve, new Set(seen)));
  return parts("allOf").some((part) => givesItsType(file, part, resolve, new Set(seen))) || every("anyOf") || every("oneOf");
}

/** The properties a conditional's branches (`then`, `else`) name, which its object does not. */
function branchOnlyNames(file: string, node: JsonSchema, resolve: Resolve): string[] {
  const own = new Set(Object.keys((node.properties as object | undefined) ?? {}));
  const named = ((node.allOf as JsonSchema[] | undefined) ?? [])
    .flatMap((part) => [part.then, part.else])
    .flatMap((branch) => {
      if (typeof branch !== "object" || branch === null) return [];
      const target = typeof (branch as JsonSchema).$ref === "string" ? resolve(file, (branch as JsonSchema).$ref as string).node : (branch as JsonSchema);
      return Object.keys((target.properties as object | undefined) ?? {});
    });
  return [...new Set(named)].filter((name) => !own.has(name));
}

/**
 * A property that an `allOf` part (`$ref` order.json) requires is required where the object
 * lists it again too (Create Order's currency, with its codes): the compiler would otherwise
 * read `unknown & ("USD" | … | undefined)`, possibly absent, where the stated `required` says
 * it is there.
 */
function requireWhatPartsRequire(file: string, node: JsonSchema, resolve: Resolve): void {
  for (const [, child] of children(node)) requireWhatPartsRequire(file, child, resolve);
  const own = Object.keys((node.properties as object | undefined) ?? {});
  if (own.length === 0 || !Array.isArray(node.allOf)) return;
  const required = (node.allOf as JsonSchema[]).flatMap((part) => {
    const target = typeof part.$ref === "string" ? resolve(file, part.$ref).node : part;
    return Array.isArray(target.required) ? (target.required as string[]) : [];
  });
  const added = own.filter((name) => required.includes(name));
  if (added.length > 0) node.required = [...new Set([...((node.required as string[] | undefined) ?? []), ...added])];
}

/**
 * Keeps only the keywords that are stated, and no hand-written tsType; an allOf part left with
 * nothing to check goes. A `$ref` keeps no annotation beside it: json-schema-to-typescript
 * declares a `$ref` with a keyword beside it anew, under a de-duplication name
 * (`CustomDataHash1`, for Create Order's customerOrderDate), where the type is the one it names.
 */
function stripUnstated(node: JsonSchema, place: string, unstated: ReadonlySet<string>): void {
  for (const keyword of Object.keys(node)) if (unstated.has(`${place}/${keyword}`)) delete node[keyword];
  delete node.tsType;
  if (isBareRef(node)) for (const keyword of Object.keys(node)) if (keyword !== "$ref") delete node[keyword];
  for (const [path, child] of children(node)) stripUnstated(child, `${place}/${path}`, unstated);
  if (Array.isArray(node.allOf)) {
    node.allOf = (node.allOf as JsonSchema[]).filter((part) => Object.keys(part).some((key) => !annotations.has(key)));
    if ((node.allOf as JsonSchema[]).length === 0) delete node.allOf;
  }
}

/** The subschemas a `$ref` with a keyword of its own names (`{ "$ref": …, "type": … }`): their type is not theirs alone. */
function typedReferrers(copies: ReadonlyMap<string, JsonSchema>, resolve: Resolve): Set<JsonSchema> {
  const found = new Set<JsonSchema>();
  const visit = (file: string, node: JsonSchema): void => {
    if (typeof node.$ref === "string" && !isBareRef(node)) found.add(resolve(file, node.$ref).node);
    for (const [, child] of children(node)) visit(file, child);
  };
  for (const [file, schema] of copies) visit(file, schema);
  return found;
}

/**
 * A value whose subschema does not say its type is `unknown`. Where the subschema is a `$ref`,
 * the subschema it names is marked instead: a tsType beside the `$ref` would make it a copy,
 * declared anew under a de-duplication name (`StringList1` beside `StringList`, for the search
 * response's options and capabilities; see stripUnstated). What such a `$ref` names gives no
 * type either, or the `$ref` would; unless a `$ref` that types it otherwise names it too, in
 * which case the value is marked where it stands.
 */
function markUnknown(file: string, node: JsonSchema, resolve: Resolve, typedElsewhere: ReadonlySet<JsonSchema>): void {
  const target = typeof node.$ref === "string" && isBareRef(node) ? resolve(file, node.$ref).node : undefined;
  if (target === undefined || typedElsewhere.has(target)) {
    node.tsType = "unknown";
    return;
  }
  target.tsType = "unknown";
}

/** Copies of the schema files with their stated constraints alone (stripUnstated), and how to follow a `$ref` among them. */
function strippedSchemas(schemas: ReadonlyMap<string, JsonSchema>, unstated: ReadonlySet<string>): { copies: Map<string, JsonSchema>; resolve: Resolve } {
  const copies = new Map([...schemas].map(([file, schema]) => [file, structuredClone(schema)]));
  for (const [file, schema] of copies) stripUnstated(schema, `${file}#`, unstated);
  const resolve: Resolve = (file, ref) => {
    const [target = "", pointer = ""] = ref.split("#");
    const targetFile = target === "" ? file : target;
    const node = segments(pointer).reduce<unknown>((at, key) => (at as JsonSchema | undefined)?.[key], copies.get(targetFile));
    if (typeof node !== "object" || node === null) throw new Error(`${file}: $ref ${ref} names nothing`);
    return { file: targetFile, node: node as JsonSchema };
  };
  return { copies, resolve };
}

/**
 * The accepted counterparts of strict types that no accepted type names: where the accepted
 * schemas hold such a value (a promotion, whose object type only the examples give), its type
 * is `unknown` written in place, so json-schema-to-typescript declares no type of that name.
 * Each is found by the definition the strict type is named after (`amountAdjustment` for
 * `AmountAdjustment`) and is `unknown`, with its description; a definition that a stated
 * constraint types would need a declaration of its own, which codegen does not write: it stops.
 */
export function unknownCounterparts(schemas: ReadonlyMap<string, JsonSchema>, unstated: ReadonlySet<string>, typeNames: readonly string[]): { name: string; description: string }[] {
  const { copies, resolve } = strippedSchemas(schemas, unstated);
  const named = [...copies].flatMap(([file, schema]) =>
    Object.entries((schema.definitions ?? {}) as Record<string, JsonSchema>).map(([key, node]) => ({ file, node, typeName: key.charAt(0).toUpperCase() + key.slice(1) })),
  );
  return typeNames.map((name) => {
    const found = named.filter((definition) => definition.typeName === name);
    if (found.length !== 1) throw new Error(`type ${name}: ${found.length === 0 ? "no definition" : "more than one definition"} is named after it`);
    const { file, node } = found[0]!;
    if (givesItsType(file, node, resolve)) throw new Error(`type ${name}: no accepted type names it, though a stated constraint types it (${file})`);
    const given = typeof node.description === "string" ? `${node.description} ` : "";
    return { name, description: `${given}No stated constraint gives its type: a value of any type may pass.` };
  });
}

/**
 * The schema files as the accepted types read them:
 * - every constraint in `unstated` (`file#/pointer/keyword`, advised or inferred) is gone, so
 *   that a field only our reading requires is optional, and a list only our reading keeps
 *   from being empty is a plain array;
 * - a `tsType` is the strict type's, written by hand for building a payload (`"number | null"`
 *   on a field each kind's schema types, a code list's `| (string & {})`): it is dropped, and the
 *   type is what the stated keywords give;
 * - a value (a property, an element) whose subschema does not say its type is `unknown`,
 *   whatever properties it lists: a postalCode or a product whose type only an example gives
 *   may be a number or null, with schema/example-type's warning;
 * - a property that only a conditional's branch types (a gift card's `pin`) is `unknown`: the
 *   branch checks it only when its condition holds (a card payment's `pin: 5` passes);
 * - an `allOf` part left with nothing to check (its `required` was our reading) is gone;
 * - a value a stated rule types (Create Order's maxAmount) has that type, and a kind's list
 *   that states more of the shared elements is a list of its own (codegen/kindNarrowedLists.ts).
 */
export function acceptedSchemas(schemas: ReadonlyMap<string, JsonSchema>, unstated: ReadonlySet<string>): Map<string, JsonSchema> {
  const { copies, resolve } = strippedSchemas(schemas, unstated);
  for (const [file, schema] of copies) requireWhatPartsRequire(file, schema, resolve);
  addRuleTypes(copies);
  narrowSharedLists(copies, resolve, (file, node) => givesItsType(file, node, resolve));
  // Decided on the stripped schemas first, then written: a tsType written while walking would make a later question answer "typed".
  const untyped: [string, JsonSchema][] = [];
  const branchFields: [JsonSchema, string[]][] = [];
  const visit = (file: string, node: JsonSchema): void => {
    for (const [path, child] of children(node)) {
      if (holdsAValue(path) && !givesItsType(file, child, resolve)) untyped.push([file, child]);
      visit(file, child);
    }
    const branchOnly = branchOnlyNames(file, node, resolve);
    if (branchOnly.length > 0) branchFields.push([node, branchOnly]);
  };
  for (const [file, schema] of copies) visit(file, schema);
  const typedElsewhere = typedReferrers(copies, resolve);
  for (const [file, node] of untyped) markUnknown(file, node, resolve, typedElsewhere);
  for (const [node, names] of branchFields) node.properties = { ...Object.fromEntries(names.map((name) => [name, { tsType: "unknown" }])), ...(node.properties as object) };
  return copies;
}
