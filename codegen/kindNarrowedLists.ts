import { rules } from "../rules/index.js";
import { kindInfo } from "../src/kinds/kinds.js";
import { segments } from "../src/json/jsonPointer.js";
import type { JsonSchema } from "./schemaSet.js";

/**
 * A kind's own statements about a list both order kinds share, in the accepted types. Create
 * Order's schema checks each payment method's cardIssuer against its list (stated), and its
 * max-amount rule each payment's maxAmount; the import states neither. Both kinds' payments are
 * the shared orderPayment (order.json), which leaves both `unknown`. Create Order's accepted
 * `orderPayments` is a list of its own element type (CreateOrderPaymentAccepted): the shared one
 * with what Create Order states. A list of its own, not the shared list intersected with one
 * (`OrderPaymentAccepted[] & CreateOrderPaymentAccepted[]`), where `map` and `forEach` would
 * hand the callback the shared element; so the kind's type leaves the shared list out
 * (`Omit<OrderBodyAccepted, "orderPayments">`).
 */

/** Finds the subschema a `$ref` names, from the file that holds it. */
export type Resolve = (file: string, ref: string) => { file: string; node: JsonSchema };
/** Whether a subschema says what JSON type its value has (codegen/acceptedTypes.ts). */
type GivesItsType = (file: string, node: JsonSchema) => boolean;

/**
 * Values that a stated rule types, where the schema leaves them untyped so that the rule's
 * message is the one finding: by place in the schema files, the rule, and what passes it.
 */
const typedByRules: readonly { place: string; rule: string; type: readonly string[]; besides?: string }[] = [
  // max-amount: "The maxAmount parameter can be set to null, -1, or a positive number." A string
  // passes it: that one is refused is only our reading (max-amount-string, a warning).
  {
    place: "createOrder.json#/properties/orderPayments/items/properties/maxAmount",
    rule: "max-amount",
    type: ["number", "string", "null"],
    besides: "A string is max-amount-string's warning (the documents give no type): it passes.",
  },
];

/** Writes each value a stated rule types into the accepted schemas, after checking that the rule is stated, an error, and checks that kind. */
export function addRuleTypes(copies: ReadonlyMap<string, JsonSchema>): void {
  for (const { place, rule: id, type, besides } of typedByRules) {
    const [file = "", pointer = ""] = place.split("#");
    const kind = Object.entries(kindInfo).find(([, info]) => info.schema === file)?.[0];
    const meta = rules.find((rule) => rule.meta.id === id)?.meta;
    if (meta?.evidence !== "stated" || meta.defaultSeverity !== "error" || !meta.kinds?.some((checked) => checked === kind)) {
      throw new Error(`${place}: ${id} is not a stated error rule of the kind ${String(kind)}: what passes it is no accepted type`);
    }
    const keys = segments(pointer);
    const parent = keys.slice(0, -1).reduce<JsonSchema | undefined>((at, key) => at?.[key] as JsonSchema | undefined, copies.get(file));
    if (parent === undefined) throw new Error(`${place}: no such place`);
    const description = `The documents: "${meta.source.passage}" Anything else is ${id}'s error.${besides === undefined ? "" : ` ${besides}`}`;
    parent[keys[keys.length - 1] as string] = { type, description };
  }
}

/** The same `$ref` read from another file. */
const rebased = (ref: string, from: string): string => (ref.startsWith("#") ? `${from}${ref}` : ref);

/** A subschema followed through its `$ref`s. */
function followed(file: string, node: JsonSchema, resolve: Resolve): { file: string; node: JsonSchema } {
  let at = { file, node };
  for (let hops = 0; typeof at.node.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`${file}: a $ref cycle`);
    at = resolve(at.file, at.node.$ref as string);
  }
  return at;
}

/**
 * A code list a kind states of a shared field, as its codes or any other string: the strict
 * element type, which is the shared one, takes any code (`"VI" | (string & {})`), as the other
 * kind's list is only our reading, and every strict value must be an accepted one (the strict
 * type is assignable to the accepted). The listed codes still complete in an editor.
 */
function openCodes(file: string, part: JsonSchema, resolve: Resolve): JsonSchema {
  const { node } = followed(file, part, resolve);
  if (!Array.isArray(node.enum)) return part;
  const codes = (node.enum as unknown[]).filter((code) => code !== null).map((code) => JSON.stringify(code));
  const nullable = (node.enum as unknown[]).includes(null);
  return { ...(typeof node.description === "string" ? { description: node.description } : {}), tsType: [...codes, "(string & {})", ...(nullable ? ["null"] : [])].join(" | ") };
}

/**
 * What a kind's own subschema `own` (of an object) states beyond the shared one: its properties
 * that give their type, and those objects of it the shared one types as objects, with what they
 * state; undefined when that is nothing (an import's cardIssuer, whose list and type are our
 * reading, or Create Order's product, which the shared type leaves untyped).
 */
function statedBeyond(file: string, own: JsonSchema, shared: { file: string; node: JsonSchema }, resolve: Resolve, typed: GivesItsType): JsonSchema | undefined {
  const sharedNode = followed(shared.file, shared.node, resolve);
  const sharedProperties = (sharedNode.node.properties ?? {}) as Record<string, JsonSchema>;
  const kept: Record<string, JsonSchema> = {};
  for (const [name, part] of Object.entries((own.properties ?? {}) as Record<string, JsonSchema>)) {
    if (typed(file, part)) kept[name] = openCodes(file, part, resolve);
    else if (sharedProperties[name] !== undefined && followed(sharedNode.file, sharedProperties[name], resolve).node.type === "object") {
      const inner = statedBeyond(file, part, { file: sharedNode.file, node: sharedProperties[name] }, resolve, typed);
      // An object because the shared subschema, which the kind's type is intersected with, types it so.
      if (inner !== undefined) kept[name] = { ...inner, type: "object" };
    }
  }
  return Object.keys(kept).length === 0 ? undefined : { properties: kept };
}

/**
 * For each kind's schema (`allOf: [{ $ref: "order.json" }]` beside properties of its own), each
 * list property of its own that narrows the shared list's elements with stated constraints
 * becomes a list of the shared element intersected with them (named by its `items` title), and
 * the shared part is that schema's type without the list (`Omit`).
 */
export function narrowSharedLists(copies: ReadonlyMap<string, JsonSchema>, resolve: Resolve, typed: GivesItsType): void {
  for (const [file, schema] of copies) {
    const parts = (schema.allOf ?? []) as JsonSchema[];
    const own = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [index, part] of parts.entries()) {
      if (typeof part.$ref !== "string") continue;
      const shared = resolve(file, part.$ref);
      const sharedLists = (shared.node.properties ?? {}) as Record<string, JsonSchema>;
      const narrowed = Object.keys(own).filter((name) => {
        const list = own[name] as JsonSchema;
        const sharedList = sharedLists[name];
        if (sharedList?.type !== "array" || typeof (sharedList.items as JsonSchema | undefined)?.$ref !== "string" || typeof list.items !== "object" || typed(file, list)) return false;
        const sharedItems = { file: shared.file, node: sharedList.items as JsonSchema };
        const beyond = statedBeyond(file, list.items as JsonSchema, sharedItems, resolve, typed);
        if (beyond === undefined) return false;
        const title = (list.items as JsonSchema).title;
        const sharedRef = { $ref: rebased(sharedItems.node.$ref as string, shared.file) };
        own[name] = { type: "array", items: { ...(title === undefined ? {} : { title }), allOf: [sharedRef, beyond] } };
        return true;
      });
      if (narrowed.length === 0) continue;
      if (typeof shared.node.title !== "string") throw new Error(`${file}: ${part.$ref} has no title to name its type by`);
      parts[index] = { tsType: `Omit<${shared.node.title}, ${narrowed.map((name) => JSON.stringify(name)).join(" | ")}>` };
    }
  }
}
