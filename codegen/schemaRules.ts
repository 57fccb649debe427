import type { Ajv } from "ajv";
import type { JsonSchema } from "./schemaSet.js";
import { escapeSegment } from "../src/json/jsonPointer.js";

/**
 * Structural checks as rules. Every constraint of schemas/ belongs to the rule "schema"
 * (evidence: stated) unless the subschema that holds it names another rule:
 *
 *     "recipient": {
 *       "type": ["string", "null"],
 *       "maxLength": 100,
 *       "x-oms-rule": { "maxLength": "schema/gift-recipient-length" },
 *       "x-oms-evidence": { "maxLength": "inferred" }
 *     }
 *
 * `x-oms-rule` is a rule id for every constraint of the subschema, or an object from
 * keyword to rule id for some of them; `x-oms-evidence` likewise (stated, advised or
 * inferred; by default the rule's own). A schema's root lists the rules its constraints
 * name under `x-oms-rules` (id → description, evidence, source {document, passage}).
 *
 * At codegen the annotated constraints become a table keyed by their absolute schema path
 * (file and JSON Pointer, e.g. `definitions.json#/definitions/orderGift/properties/recipient/maxLength`;
 * src/generated/schemaRules.ts), and each error the generated validators raise carries the
 * path of its constraint as `constraint` (codegen/errorSites.ts; Ajv's own `schemaPath` is
 * relative to the schema object a generated function checks, so it stays as it is).
 * src/lint/schemaDiagnostics.ts looks the path up to give each finding its rule and
 * evidence. So every inferred constraint can be turned down on its own: `--rule schema/…:off`.
 */

export type Evidence = "stated" | "advised" | "inferred";
const evidences: readonly string[] = ["stated", "advised", "inferred"];

/** The keywords that check something (an annotation or a container of subschemas checks nothing itself). */
export const checkingKeywords = new Set([
  "type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "multipleOf", "required", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
  "additionalProperties", "anyOf", "oneOf", "not", "dependencies", "propertyNames", "contains",
]);

/** Whether a subschema's keyword checks anything: `additionalProperties: true` allows every value, so it is no constraint and has no evidence. */
export const checks = (node: object, keyword: string): boolean =>
  checkingKeywords.has(keyword) && keyword in node && !(keyword === "additionalProperties" && (node as Record<string, unknown>)[keyword] === true);

export interface SchemaRuleDefinition {
  readonly id: string;
  readonly description: string;
  readonly evidence: Evidence;
  readonly source: { readonly document: string; readonly passage: string };
  /**
   * The keyword whose uncertain findings this rule takes, instead of a constraint naming it
   * with x-oms-rule: schema/length-units takes a maxLength that only the UTF-16 count exceeds
   * (src/lint/schemaDiagnostics.ts). Defined only while some constraint checks that keyword.
   */
  readonly uncertainOf?: string;
}

export interface ConstraintRule {
  readonly rule: string;
  readonly evidence: Evidence;
}

/** Every object of every schema file, with the absolute place it stands at (`file#/pointer`). */
export function places(schemas: ReadonlyMap<string, JsonSchema>): Map<object, string> {
  const at = new Map<object, string>();
  const visit = (node: unknown, place: string) => {
    if (typeof node !== "object" || node === null) return;
    at.set(node, place);
    for (const [key, child] of Object.entries(node)) visit(child, `${place}/${escapeSegment(key)}`);
  };
  for (const [file, schema] of schemas) visit(schema, `${file}#`);
  return at;
}

/** The rules the schemas define and the constraints that name them, checked against each other. */
export function schemaRuleTable(schemas: ReadonlyMap<string, JsonSchema>): {
  definitions: SchemaRuleDefinition[];
  constraints: Record<string, ConstraintRule>;
} {
  const definitions = new Map<string, SchemaRuleDefinition>();
  for (const [file, schema] of schemas) {
    for (const [id, definition] of Object.entries((schema["x-oms-rules"] ?? {}) as Record<string, Omit<SchemaRuleDefinition, "id">>)) {
      if (!/^schema\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`${file}: x-oms-rules id ${id} must be schema/<kebab-case name>`);
      if (definitions.has(id)) throw new Error(`${file}: x-oms-rules defines ${id} twice`);
      if (!evidences.includes(definition.evidence)) throw new Error(`${file}: ${id} needs evidence stated, advised or inferred`);
      if (!definition.description || !definition.source?.document || !definition.source?.passage) {
        throw new Error(`${file}: ${id} needs a description and a source {document, passage}`);
      }
      definitions.set(id, { id, ...definition });
    }
  }
  const constraints: Record<string, ConstraintRule> = {};
  const used = new Set<string>();
  for (const [object, place] of places(schemas)) {
    const node = object as JsonSchema;
    const named = node["x-oms-rule"];
    if (named === undefined || Array.isArray(node)) continue;
    const byKeyword: Record<string, unknown> =
      typeof named === "string" ? Object.fromEntries(Object.keys(node).filter((k) => checks(node, k)).map((k) => [k, named])) : (named as Record<string, unknown>);
    const evidence = node["x-oms-evidence"];
    for (const [keyword, id] of Object.entries(byKeyword)) {
      const definition = typeof id === "string" ? definitions.get(id) : undefined;
      if (!definition) throw new Error(`${place}: x-oms-rule names ${JSON.stringify(id)}, which no x-oms-rules defines`);
      if (!checks(node, keyword)) throw new Error(`${place}: x-oms-rule names keyword ${keyword}, which this subschema does not check`);
      const given = typeof evidence === "string" ? evidence : (evidence as Record<string, unknown> | undefined)?.[keyword];
      if (given !== undefined && !evidences.includes(given as string)) throw new Error(`${place}: x-oms-evidence ${String(given)} is not stated, advised or inferred`);
      constraints[`${place}/${keyword}`] = { rule: definition.id, evidence: (given as Evidence | undefined) ?? definition.evidence };
      used.add(definition.id);
    }
  }
  const checked = new Set([...places(schemas).keys()].flatMap((node) => Object.keys(node as JsonSchema).filter((keyword) => checks(node as JsonSchema, keyword))));
  for (const { id, uncertainOf } of definitions.values()) {
    if (uncertainOf !== undefined ? !checked.has(uncertainOf) : !used.has(id)) throw new Error(`x-oms-rules defines ${id}, but no constraint ${uncertainOf ?? "names it"}`);
  }
  // What the generated table holds: the rules as the engine takes them (uncertainOf is codegen's check alone).
  return { definitions: [...definitions.values()].map(({ uncertainOf: _uncertainOf, ...definition }) => definition), constraints };
}

/** The places (`file#/pointer/keyword`) of every constraint that is advised or inferred: a warning, never an error (SPEC §3). */
export function unstatedConstraints(schemas: ReadonlyMap<string, JsonSchema>): Set<string> {
  return new Set(Object.entries(schemaRuleTable(schemas).constraints).flatMap(([place, { evidence }]) => (evidence === "stated" ? [] : [place])));
}

/** Registers the annotations with Ajv (strict mode refuses unknown keywords); x-oms-passage and x-oms-document: codegen/constraintPassages.ts. */
export function addRuleAnnotations(ajv: Ajv): void {
  for (const keyword of ["x-oms-rule", "x-oms-evidence", "x-oms-passage", "x-oms-document"]) ajv.addKeyword({ keyword, schemaType: ["string", "object"] });
  ajv.addKeyword({ keyword: "x-oms-rules", schemaType: "object" });
}

/** src/generated/schemaRules.ts: the structural rules the annotations define, and the table. */
export function generateSchemaRules(schemas: ReadonlyMap<string, JsonSchema>): string {
  const { definitions, constraints } = schemaRuleTable(schemas);
  return [
    "// Generated by `npm run codegen` from the x-oms-rule annotations of schemas/: do not edit.",
    'import type { Evidence } from "../engine/diagnostic.js";',
    "",
    "/** The structural rules the schemas define (x-oms-rules), besides \"schema\". */",
    `export const schemaRuleDefinitions: readonly { readonly id: string; readonly description: string; readonly evidence: Evidence; readonly source: { readonly document: string; readonly passage: string } }[] = ${JSON.stringify(definitions, null, 2)};`,
    "",
    "/** The rule and evidence of each annotated constraint, by its absolute Ajv schemaPath. */",
    `export const constraintRules: { readonly [schemaPath: string]: { readonly rule: string; readonly evidence: Evidence } } = ${JSON.stringify(constraints, null, 2)};`,
    "",
  ].join("\n");
}
