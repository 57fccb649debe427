import type { JsonSchema } from "./schemaSet.js";
import { escapeSegment } from "../src/json/jsonPointer.js";
import { checks } from "./schemaRules.js";

/**
 * The documents' own words behind a constraint. A rule's passage speaks for the rule as a
 * whole; the rule "schema" holds every constraint the documents state, so its one passage
 * cannot say which sentence states a given limit. A subschema quotes the sentence itself:
 *
 *     "externalOrderID": {
 *       "type": "string",
 *       "maxLength": 100,
 *       "x-oms-passage": "externalOrderID string A client-generated unique identifier for the order. The minimum length is 1 and the maximum length is 100.",
 *       "x-oms-document": "Create Order (seeds/004), Required Parameters"
 *     }
 *
 * `x-oms-passage` is a verbatim passage of the seeds (test/evidence/constraintPassages.test.ts
 * finds each one in them) for every constraint of the subschema, or an object from keyword to
 * passage for some of them; `x-oms-document` names the document and section, a string or
 * likewise an object by keyword. A passage also covers the constraints of the subschemas that
 * its subschema combines (anyOf, allOf, if, items, not, …) unless they quote their own, but
 * not those of its properties or definitions: each property is a parameter of its own.
 *
 * Both are annotations: Ajv (addRuleAnnotations) and the generated code ignore them.
 */
export interface ConstraintPassage {
  readonly document: string;
  readonly passage: string;
}

/** Keywords whose value maps names to subschemas: a passage does not reach past them. */
const nameMaps = new Set(["properties", "definitions", "patternProperties", "dependencies"]);

/** The annotations, not subschemas: nothing below them is a constraint. */
const annotationKeys = new Set(["x-oms-rules", "x-oms-rule", "x-oms-evidence", "x-oms-passage", "x-oms-document", "errorMessage"]);

type ByKeyword = { readonly all?: string; readonly [keyword: string]: string | undefined };

function byKeyword(value: unknown, place: string, annotation: string, node: JsonSchema): ByKeyword | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") {
    if (value.trim().length === 0) throw new Error(`${place}: ${annotation} is empty`);
    return { all: value };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${place}: ${annotation} must be a string or an object from keyword to string`);
  for (const [keyword, text] of Object.entries(value)) {
    if (!checks(node, keyword)) throw new Error(`${place}: ${annotation} names keyword ${keyword}, which this subschema does not check`);
    if (typeof text !== "string" || text.trim().length === 0) throw new Error(`${place}: ${annotation} for ${keyword} must be a non-empty string`);
  }
  return value as ByKeyword;
}

/**
 * The passage of every constraint that has one, keyed by its absolute place
 * (`file#/pointer/keyword`, as docs/evidence.md names it).
 */
export function constraintPassages(schemas: ReadonlyMap<string, JsonSchema>): Record<string, ConstraintPassage> {
  const passages: Record<string, ConstraintPassage> = {};
  const visit = (node: unknown, place: string, inherited: ConstraintPassage | undefined): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, `${place}/${index}`, inherited));
      return;
    }
    const schema = node as JsonSchema;
    const passage = byKeyword(schema["x-oms-passage"], place, "x-oms-passage", schema);
    const document = byKeyword(schema["x-oms-document"], place, "x-oms-document", schema);
    if ((passage === undefined) !== (document === undefined)) throw new Error(`${place}: x-oms-passage and x-oms-document go together`);
    const own = (keyword: string): ConstraintPassage | undefined => {
      const text = passage?.[keyword] ?? passage?.all;
      if (text === undefined) return undefined;
      const source = document?.[keyword] ?? document?.all;
      if (source === undefined) throw new Error(`${place}: x-oms-passage for ${keyword} has no x-oms-document`);
      return { document: source, passage: text };
    };
    const whole = passage?.all === undefined ? inherited : own("all") ?? inherited;
    for (const keyword of Object.keys(schema)) {
      if (!checks(schema, keyword)) continue;
      const found = own(keyword) ?? whole;
      if (found) passages[`${place}/${keyword}`] = found;
    }
    for (const [key, child] of Object.entries(schema)) {
      if (annotationKeys.has(key)) continue;
      const at = `${place}/${escapeSegment(key)}`;
      if (nameMaps.has(key) && typeof child === "object" && child !== null) {
        for (const [name, sub] of Object.entries(child)) visit(sub, `${at}/${escapeSegment(name)}`, undefined);
      } else visit(child, at, own(key) ?? whole);
    }
  };
  for (const [file, schema] of schemas) visit(schema, `${file}#`, undefined);
  return passages;
}

/**
 * The schemas without their passages, for the validators' codegen. Ajv takes the annotations
 * (addRuleAnnotations), but a subschema with a keyword of the user's own gets other code
 * (its `if` and `anyOf` branches gated differently): the generated validators stay as they
 * were without the passages, byte for byte.
 */
export function withoutPassages(schemas: ReadonlyMap<string, JsonSchema>): Map<string, JsonSchema> {
  const strip = (node: unknown, names: boolean): unknown => {
    if (typeof node !== "object" || node === null) return node;
    if (Array.isArray(node)) return node.map((child) => strip(child, false));
    const out: JsonSchema = {};
    for (const [key, child] of Object.entries(node)) {
      if (!names && (key === "x-oms-passage" || key === "x-oms-document")) continue;
      out[key] = !names && (annotationKeys.has(key) || key === "enum" || key === "const") ? child : strip(child, !names && nameMaps.has(key));
    }
    return out;
  };
  return new Map([...schemas].map(([file, schema]) => [file, strip(schema, false) as JsonSchema]));
}

/**
 * src/generated/constraintPassages.ts: each constraint's own passage, by its place (what a
 * structural finding carries as `constraint`), for whoever shows a finding why it exists (the
 * editor's hover, SARIF). A plain validate() never reads it: the table is JSON text, parsed by
 * `constraintPassageTable()` when a formatter or the language server asks, once per run, not at
 * import. Documents and passages are written once each; a constraint holds their indexes.
 */
export function generateConstraintPassages(schemas: ReadonlyMap<string, JsonSchema>): string {
  const documents: string[] = [];
  const passages: string[] = [];
  const indexIn = (list: string[], text: string) => (list.includes(text) ? list.indexOf(text) : list.push(text) - 1);
  const constraints: Record<string, [number, number]> = {};
  for (const [place, { document, passage }] of Object.entries(constraintPassages(schemas))) constraints[place] = [indexIn(documents, document), indexIn(passages, passage)];
  return [
    "// Generated by `npm run codegen` from the x-oms-passage annotations of schemas/: do not edit.",
    "",
    "/** The documents' words behind one constraint: the document and section, and the passage verbatim. */",
    "export interface ConstraintPassage {",
    "  readonly document: string;",
    "  readonly passage: string;",
    "}",
    "",
    `const table = ${JSON.stringify(JSON.stringify({ documents, passages, constraints }))};`,
    "",
    "/** Each constraint's own passage, by its place in schemas/ (Diagnostic.constraint); parsed at each call, so keep the Map. */",
    "export function constraintPassageTable(): ReadonlyMap<string, ConstraintPassage> {",
    "  const { documents, passages, constraints } = JSON.parse(table) as { documents: string[]; passages: string[]; constraints: Record<string, [number, number]> };",
    "  return new Map(Object.entries(constraints).map(([place, [document, passage]]) => [place, { document: documents[document]!, passage: passages[passage]! }]));",
    "}",
    "",
  ].join("\n");
}
