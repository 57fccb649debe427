import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSchemas, type JsonSchema } from "../../codegen/schemaSet.js";
import { kindInfo } from "../../src/kinds/kinds.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder, orderItem, orderPayment, orderWithItems, orderWithPayments, type JsonObject } from "../support/payloads.js";
import { seedExampleValues, seedExampleValuesOf, type SeedValueType } from "../support/seedExampleValues.js";

/**
 * A type message that says "our reading of the documents' examples" (schema/example-type) must
 * have an example behind it: "offerPrice must be a number or null (our reading of the documents'
 * examples, which show a number here)" credited the documents with a field none of them shows.
 * The table is read from the schemas (every property whose type names schema/example-type, with
 * the field that holds it), and checked against the values of the seeds' examples.
 */
interface TypedField {
  readonly parent: string;
  readonly field: string;
  readonly types: readonly SeedValueType[];
  readonly rule: string;
  readonly message: string;
}

const schemas = loadSchemas();

/** A `$ref` of the schemas ("definitions.json#/definitions/x", "#/definitions/x") and the file it is read in. */
function resolve(ref: string, file: string): [JsonSchema, string] {
  const [target, pointer] = ref.split("#");
  const inFile = target === "" ? file : target!;
  let node: unknown = schemas.get(inFile);
  for (const segment of (pointer ?? "").split("/").filter(Boolean)) node = (node as JsonSchema)[segment];
  return [node as JsonSchema, inFile];
}

/** The rule that a node's `type` constraint names (x-oms-rule: one id for every keyword, or by keyword). */
function typeRule(node: JsonSchema): string | undefined {
  const named = node["x-oms-rule"];
  return typeof named === "string" ? named : (named as Record<string, string> | undefined)?.type;
}

/** The node that types a property: itself, or what its `$ref` leads to. */
function typing(node: JsonSchema, file: string): JsonSchema {
  if ("type" in node || typeof node.$ref !== "string") return node;
  const [target, inFile] = resolve(node.$ref, file);
  return typing(target, inFile);
}

function jsonTypes(node: JsonSchema): SeedValueType[] {
  const types = ([] as string[]).concat(node.type as string | string[]).filter((t) => t !== "null");
  return types.map((t) => (t === "integer" ? "number" : (t as SeedValueType)));
}

/** The words of a node's type failure (ajv-errors: one string, or by keyword). */
function typeMessage(node: JsonSchema): string {
  const message = node.errorMessage;
  return typeof message === "string" ? message : ((message as Record<string, string> | undefined)?.type ?? "");
}

/** Every property the kinds' schemas reach, with the field that holds it ("" at a body's top). */
function typedFields(): TypedField[] {
  const found = new Map<string, TypedField>();
  const seen = new Set<string>();
  const walk = (node: unknown, file: string, parent: string, place: string): void => {
    if (typeof node !== "object" || node === null) return;
    const schema = node as JsonSchema;
    if (seen.has(`${place}|${parent}`)) return;
    seen.add(`${place}|${parent}`);
    if (typeof schema.$ref === "string") {
      const [target, inFile] = resolve(schema.$ref, file);
      walk(target, inFile, parent, `${inFile}#${schema.$ref.split("#")[1] ?? ""}`);
    }
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      const typed = typing(property, file);
      const rule = typeRule(typed);
      // One row for each field and wording: a field that several branches type alike (a payment method's cardNumber) is one row.
      if (rule !== undefined && "type" in typed) found.set(`${parent}.${name}|${rule}|${typeMessage(typed)}`, { parent, field: name, types: jsonTypes(typed), rule, message: typeMessage(typed) });
      walk(property, file, name, `${place}/properties/${name}`);
    }
    for (const keyword of ["items", "if", "then", "else"]) walk(schema[keyword], file, parent, `${place}/${keyword}`);
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      (schema[keyword] as unknown[] | undefined)?.forEach((sub, i) => walk(sub, file, parent, `${place}/${keyword}/${i}`));
    }
  };
  for (const { schema } of Object.values(kindInfo)) walk(schemas.get(schema), schema, "", `${schema}#`);
  return [...found.values()];
}

const fields = typedFields();
const values = seedExampleValues();
const shown = (parent: string, field: string) => values.filter((v) => v.parent === parent && v.field === field);
/** The order documents: Historic Order Import (seeds/003) and Create Order (seeds/004). */
const orderDocuments = new Set(values.filter((v) => /^00[34]_/.test(v.document)).map((v) => v.document));
/** Where an order item's fields stand in the search response (seeds/002): its collection's records. */
const laidFlat: Readonly<Record<string, string>> = { product: "collection", itemSpecifics: "collection" };
const shownAnywhere = (parent: string, field: string) => [...shown(parent, field), ...(laidFlat[parent] ? shown(laidFlat[parent], field) : [])];
const named = (rule: string) => fields.filter((f) => f.rule === rule).map((f) => [`${f.parent || "(body)"}.${f.field}`, f] as const);

describe("the seeds' examples, read where they are not JSON", () => {
  it("gives each value the field that holds it, through placeholders, leading zeros, prose and arrays", () => {
    const text = 'Prose with {orderID} in a URL.\n"customer": {\n"firstName": "Test",\n"password": null\n}, more prose\n{"manufacturerID":01010, "catalogID": CATALOG_ID,\n"orderItems":[{"product":{"retailPrice":2.00}}],\n"allowSplit":true}';
    expect(seedExampleValuesOf(text, "t").map((v) => `${v.parent}.${v.field}:${v.type}`)).toEqual([
      ".customer:object",
      "customer.firstName:string",
      "customer.password:null",
      ".manufacturerID:number",
      ".orderItems:array",
      "orderItems.product:object",
      "product.retailPrice:number",
      ".allowSplit:boolean",
    ]);
  });
});

describe("a type said to be read from the documents' examples has an example that shows it", () => {
  it("the table reads the example-typed fields from the schemas", () => {
    const names = fields.filter((f) => f.rule === "schema/example-type").map((f) => `${f.parent}.${f.field}`);
    expect(names).toEqual(expect.arrayContaining(["customer.firstName", "product.retailPrice", "shippingAddress.fraudLock", "collection.subtotal", "orderPayments.transactionID"]));
  });

  it.each(named("schema/example-type"))("%s: a seed example shows it with that type, or its message names the field that does", (_, f) => {
    const sibling = /which show (\w+) as /.exec(f.message)?.[1];
    const types = shown(f.parent, sibling ?? f.field).map((v) => v.type);
    expect(types.filter((t) => f.types.includes(t)), `${f.parent}.${f.field} is ${f.types.join("|")}; the seeds show ${types.join(", ") || "nothing"}`).not.toEqual([]);
  });
});

describe("a type no example shows says so, and what it says of the seeds is true", () => {
  it("the table holds the fields the documents leave without an example value", () => {
    const names = named("schema/unshown-type").map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["product.offerPrice", "product.imageUrl", "shippingMethod.shipType", "shippingAddress.firstName", "billingAddress.lastName", "paymentMethod.subtype", "paymentMethod.pin", "customer.password"]));
  });

  // Every seed, the search response's too: its records are order items laid flat ("follows the same
  // organizational structure as the standard Get Order Item Information response"), so a product's or
  // an item's field is also the field of a record of its collection. Missed so, an item's customData
  // was said to be shown "only null" where the search response shows an object (review).
  it.each(named("schema/unshown-type"))("%s: every seed shows it as its message says", (_, f) => {
    const seen = shownAnywhere(f.parent, f.field);
    const types = [...new Set(seen.map((v) => v.type))];
    if (f.message.includes("no example of the five documents shows this field")) expect(types).toEqual([]);
    else if (f.message.includes("the documents show only null here")) expect(types).toEqual(["null"]);
    else {
      expect(f.message).toContain("the order documents' examples show only null here");
      expect([...new Set(seen.filter((v) => orderDocuments.has(v.document)).map((v) => v.type))]).toEqual(["null"]);
      // What another document shows, the message says.
      for (const type of new Set(seen.filter((v) => !orderDocuments.has(v.document)).map((v) => v.type))) expect(f.message).toContain(`shows ${f.field} as ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`);
    }
  });
});

// Not "the vendor's other pages do": SPEC §2 says so of offerPrice, imageUrl, shipType and an address's names, but of
// no payment method field (pin, token, cardHolderName, payerID, email), whose source nothing here records.
const unshown = "(our reading: no example of the five documents shows this field)";
const onlyNull = "(our reading: the documents show only null here)";
const fromExamples = "(our reading of the documents' examples, which show a string here)";
const product = (fields: JsonObject) => orderWithItems([orderItem({ product: fields })]);
const giftCard = (fields: JsonObject) => orderWithPayments([orderPayment({ paymentType: "GC", cardIssuer: "SV", ...fields })]);

describe("what a user reads of a field's type: the rule, a warning, and where the type comes from", () => {
  it.each([
    ["createOrder", "/orderItems/0/product/offerPrice", "schema/unshown-type", product({ offerPrice: "19.99" }), `offerPrice must be a number or null ${unshown}`],
    ["createOrder", "/orderItems/0/product/imageUrl", "schema/unshown-type", product({ imageUrl: 7 }), `imageUrl must be a string or null ${unshown}`],
    ["createOrder", "/orderItems/0/product/upc", "schema/unshown-type", product({ upc: 8989898989 }), `upc must be a string or null ${onlyNull}`],
    ["createOrder", "/shippingMethod/shipType", "schema/unshown-type", createOrder({ shippingMethod: { deliveryMethod: "SHIP_TO_HOME", shipType: 1 } }), `shipType must be a string or null ${unshown}`],
    ["createOrder", "/shippingAddress/firstName", "schema/unshown-type", createOrder({ shippingAddress: { addressLine1: "1 Elm", firstName: 1 } }), `firstName must be a string or null ${unshown}`],
    ["importOrder", "/shippingAddress/lastName", "schema/unshown-type", importOrder({ shippingAddress: { addressLine1: "1 Elm", lastName: ["Doe"] } }), `lastName must be a string or null ${unshown}`],
    ["createOrder", "/orderPayments/0/paymentMethod/billingAddress/lastName", "schema/unshown-type", orderWithPayments([orderPayment({ billingAddress: { addressLine1: "1 Elm", lastName: false } })]), `lastName must be a string or null ${unshown}`],
    ["createOrder", "/orderPayments/0/paymentMethod/subtype", "schema/unshown-type", giftCard({ subtype: 3 }), `subtype must be a string or null ${unshown}`],
    ["createOrder", "/orderPayments/0/paymentMethod/pin", "schema/unshown-type", giftCard({ pin: 1234 }), `pin must be a string or null ${unshown}`],
    ["createOrder", "/customer/password", "schema/unshown-type", createOrder({ customer: { firstName: "Test", password: 1234 } }), `password must be a string or null ${onlyNull}`],
    ["createOrder", "/orderPayments/0/paymentType", "schema/unshown-type", orderWithPayments([orderPayment({}, { paymentType: 1 })]), `paymentType must be a string or null ${onlyNull}`],
    ["createOrder", "/orderItems/0/itemSpecifics/customData", "schema/unshown-type", orderWithItems([orderItem({ itemSpecifics: { customData: "gift" } })]), "customData must be an object of key/value custom data, or null (our reading: the order documents' examples show only null here, and an object for customItemData; the search response's shows customData as an object)"],
    // What the examples do show keeps its words: the customer's firstName is "Test" in both examples.
    ["createOrder", "/customer/firstName", "schema/example-type", createOrder({ customer: { firstName: 1 } }), `firstName must be a string or null ${fromExamples}`],
    ["createOrder", "/shippingAddress/addressLine2", "schema/example-type", createOrder({ shippingAddress: { addressLine1: "1 Elm", addressLine2: 2 } }), "addressLine2 must be a string or null (an address line; our reading of the documents' examples, which show addressLine1 as a string)"],
  ] as const)("%s %s (%s)", (kind, path, ruleId, payload, message) => {
    const result = validate(kind, payload);
    expect(result.diagnostics.filter((d) => d.path === path)).toEqual([expect.objectContaining({ ruleId, severity: "warning", evidence: "inferred", message })]);
    expect(result.errorCount).toBe(0);
  });
});

// A config written before schema/unshown-type took these fields turned off schema/example-type to
// silence them; it now gets schema/unshown-type's warnings, and the docs say to turn that off too (review).
describe("a config that turned off schema/example-type", () => {
  it("still gets schema/unshown-type's warning for offerPrice, and the README and the rule's page say to turn it off too", () => {
    const result = validate("createOrder", product({ offerPrice: "19.99" }), { rules: { "schema/example-type": "off" } });
    expect(result.diagnostics.filter((d) => d.path === "/orderItems/0/product/offerPrice").map((d) => d.ruleId)).toEqual(["schema/unshown-type"]);
    const page = readFileSync(new URL("../../docs/rules/schema/unshown-type.md", import.meta.url), "utf8");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    expect(page.replace(/\s+/g, " ")).toContain("Turning off `schema/example-type` no longer silences their warnings");
    expect(readme).toContain("a config that turned `schema/example-type` off no longer silences them, so turn off `schema/unshown-type` too");
  });
});
