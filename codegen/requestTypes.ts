import type { JsonSchema } from "./schemaSet.js";
import type { ConstraintRule } from "./schemaRules.js";
import { kindInfo } from "../src/kinds/kinds.js";
import { segments } from "../src/json/jsonPointer.js";

/** Keywords whose value maps names to schemas: its keys are names, not keywords. */
const nameMaps = new Set(["properties", "definitions", "patternProperties"]);

/** The schema files of responses (the kinds registry's `direction`): their types stay open (the OMS returns more than the documents show). */
export const responseFiles: ReadonlySet<string> = new Set(Object.values(kindInfo).flatMap((info) => (info.direction === "response" ? [info.schema] : [])));

/** Keywords that only annotate a subschema (messages, rule names, prose): they add nothing to a type. */
const annotations = new Set(["errorMessage", "x-oms-rule", "x-oms-evidence", "x-oms-passage", "x-oms-document", "description"]);

/**
 * An `allOf` part that only requires properties (so that its `required` can name a rule of its
 * own, x-oms-rule) joins its parent's `required`: json-schema-to-typescript would read the part
 * as an open object of its own (`{ [k: string]: unknown }`), and the request types stay closed.
 */
function liftRequiredParts(node: JsonSchema): void {
  if (!Array.isArray(node.allOf)) return;
  const parts = node.allOf as JsonSchema[];
  const requiredOnly = (part: JsonSchema) => Array.isArray(part.required) && Object.keys(part).every((key) => key === "required" || annotations.has(key));
  const lifted = parts.filter(requiredOnly).flatMap((part) => part.required as string[]);
  if (lifted.length === 0) return;
  node.required = [...new Set([...((node.required as string[] | undefined) ?? []), ...lifted])];
  node.allOf = parts.filter((part) => !requiredOnly(part));
}

/** Whether a subschema's JSON type is an object or an array, which json-schema-to-typescript declares as a type of its own (CustomDataHash), where it writes a string's or a number's in place. */
function declaredByName(node: unknown): boolean {
  const type = (node as JsonSchema | undefined)?.type;
  return [type].flat().some((name) => name === "object" || name === "array");
}

/**
 * A `$ref` with only annotations beside it (a description) keeps the `$ref` alone where what it
 * names is declared by name: json-schema-to-typescript declares a `$ref` with a keyword beside
 * it anew, under a de-duplication name (`CustomDataHash1`, for Create Order's
 * customerOrderDate), where the type is the one it names. Beside a `$ref` to a type written in
 * place the description stays: it is the property's comment (Product's UPC).
 */
function copiesANamedType(node: JsonSchema, target: (ref: string) => unknown): boolean {
  const annotated = Object.keys(node).length > 1 && Object.keys(node).every((key) => key === "$ref" || annotations.has(key));
  return typeof node.$ref === "string" && annotated && declaredByName(target(node.$ref));
}

/**
 * A schema as the generated types read it. The schemas stay open (the OMS takes fields the
 * documents do not list; an unknown one is a lint warning), but a request a program writes
 * is better closed: a misspelt property in an object literal then fails `tsc`. So every
 * object whose properties a request schema lists gets `additionalProperties: false`, unless
 * it says otherwise (a custom data hash is open on purpose). What a conditional branch adds
 * (`if`/`then`/`else`: the card, gift card and no-operation payment fields) becomes optional
 * properties of the object itself, since json-schema-to-typescript reads no conditionals.
 * A response stays open, also where it is built on a request's schema (a custom data record).
 * `target` gives what a `$ref` names (see copiesANamedType).
 */
export function forGeneratedTypes(schema: JsonSchema, open: boolean, target: (ref: string) => unknown): JsonSchema {
  const definitions = (schema.definitions ?? {}) as Record<string, JsonSchema>;
  const local = (ref: unknown): JsonSchema | undefined =>
    typeof ref === "string" && ref.startsWith("#/definitions/") ? definitions[ref.slice("#/definitions/".length)] : undefined;
  const branchProperties = (node: JsonSchema): Record<string, unknown> => {
    const found: Record<string, unknown> = {};
    for (const part of (node.allOf as JsonSchema[] | undefined) ?? []) {
      for (const branch of [part.then, part.else] as (JsonSchema | undefined)[]) {
        const target = branch && (local(branch.$ref) ?? branch);
        Object.assign(found, (target?.properties as Record<string, unknown> | undefined) ?? {});
      }
    }
    return found;
  };
  const walk = (node: unknown, keyIsName = false): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (typeof node !== "object" || node === null) return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node as JsonSchema)) out[key] = keyIsName ? walk(value) : walk(value, nameMaps.has(key));
    if (keyIsName) return out;
    if (copiesANamedType(out, target)) return { $ref: out.$ref };
    liftRequiredParts(out);
    // A value whose spelling a `then` checks (Create Order's locale: a listed code in any case, then as listed) is typed as listed.
    const spelt = out.then as JsonSchema | undefined;
    if (out.enum === undefined && Array.isArray(spelt?.enum)) out.enum = spelt.enum;
    if (out.properties) {
      out.properties = { ...branchProperties(out), ...(out.properties as object) };
      if (!("additionalProperties" in out)) out.additionalProperties = open;
    } else if (open && Array.isArray(out.allOf) && !("additionalProperties" in out) && out.allOf.some((part) => typeof (part as JsonSchema).$ref === "string")) {
      // `properties: {}` makes json-schema-to-typescript write `Request & { [k: string]: unknown }`.
      out.properties = {};
      out.additionalProperties = true;
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}

/**
 * An enum whose list the documents do not present as the supported set is typed as its codes
 * or any other string: paymentType's list is advised ("Possible payment types vary depending on
 * implementation and should be verified before placing the call"), so validate() takes another
 * code with schema/payment-type's warning, and an implementation's own code must compile too.
 * `(string & {})` keeps the listed codes as an editor's completions. An enum in a `then` is
 * left as it is where it checks how a value the stated list holds is spelt (Create Order's
 * locale); one whose `if` only asks the value's type (an import's currency, compared with
 * Create Order's codes only when it is a string) types the field that holds it.
 */
export function openUnstatedEnums(file: string, schema: JsonSchema, constraints: Readonly<Record<string, ConstraintRule>>): JsonSchema {
  const copy = structuredClone(schema);
  for (const [place, { evidence }] of Object.entries(constraints)) {
    const inFile = place.startsWith(`${file}#/`) && place.endsWith("/enum");
    if (!inFile || evidence === "stated") continue;
    const keys = segments(place.slice(file.length + 1, -"/enum".length));
    const node = keys.reduce<JsonSchema>((parent, key) => parent[key] as JsonSchema, copy);
    const field = keys[keys.length - 1] === "then" ? keys.slice(0, -1).reduce<JsonSchema>((parent, key) => parent[key] as JsonSchema, copy) : node;
    if (keys.includes("then") && !(field !== node && isTypeTest(field.if))) continue;
    const nullable = Array.isArray(field.type) && field.type.includes("null");
    field.tsType = [...(node.enum as unknown[]).map((code) => JSON.stringify(code)), "(string & {})", ...(nullable ? ["null"] : [])].join(" | ");
  }
  return copy;
}

/** Whether an `if` asks only the value's type (`{ "type": "string" }`, its passage and document aside). */
function isTypeTest(test: unknown): boolean {
  if (typeof test !== "object" || test === null) return false;
  const keywords = Object.keys(test).filter((keyword) => !annotations.has(keyword));
  return keywords.length === 1 && keywords[0] === "type";
}
