import { escapeSegment } from "../src/json/jsonPointer.js";
import { unstatedConstraints } from "./schemaRules.js";
import { loadSchemas, validatorRefs, type JsonSchema } from "./schemaSet.js";
import { repeatWithOnePassing, withRepeatedSearchParameters } from "./repeatedSearchParameters.js";
import { kindInfo } from "../src/kinds/kinds.js";

/**
 * Keywords for Ajv and json-schema-to-typescript only: no other JSON Schema reader knows them.
 * A constraint's passage (x-oms-passage, x-oms-document) is for docs/evidence.md, and which rule
 * owns a constraint (x-oms-rule, x-oms-rules, x-oms-evidence) for codegen's rule table: a
 * validator in strict mode (Fastify's body schemas, a default `new Ajv()`) refuses any keyword
 * it does not know ('strict mode: unknown keyword: "x-oms-rules"').
 */
const toolKeywords = new Set(["errorMessage", "tsType", "x-oms-passage", "x-oms-document", "x-oms-rule", "x-oms-rules", "x-oms-evidence"]);

const baseName = (file: string) => file.replace(/\.json$/, "");

/** Each file's name in a bundle: its title (OmsDefinitions, OrderBody), which says what it holds. */
function bundleNames(schemas: Map<string, JsonSchema>): (file: string) => string {
  const titles = new Map([...schemas].map(([file, schema]) => [file, typeof schema.title === "string" ? schema.title : baseName(file)]));
  if (new Set(titles.values()).size !== titles.size) throw new Error("two schema files share a title");
  return (file) => titles.get(file) ?? baseName(file);
}

/**
 * A minimum length above 1: oms-lint refuses a string short of it in UTF-16 units, as Java's
 * String.length() counts, and only warns of one short of it in code points alone
 * (schema/length-units; codegen/validators.ts, lengthBeforeCount), where a JSON Schema
 * validator counts code points, and would refuse a landingCode of five emoji (5 code points,
 * 10 units) that validate() does not. A maximum is counted in code points by both; a minimum
 * of 1 (not empty) means the same in either count.
 */
function countsDisagree(keyword: string, value: unknown): boolean {
  return keyword === "minLength" && typeof value === "number" && value > 1;
}

/** Keywords whose value maps names to schemas: its keys are names, not keywords. */
const nameMaps = new Set(["properties", "definitions", "patternProperties"]);

/**
 * A schema file as it stands under `definitions/<file name>` of a bundle: every `$ref`
 * (to another file, or within this one) rewritten to point there; tool-only keywords and
 * `$id`/`$schema` dropped, and so is every constraint in `unstated` (`file#/pointer/keyword`).
 * Returns the files it refers to.
 */
function rewriteFile(file: string, schemas: Map<string, JsonSchema>, bundleName: (file: string) => string, refers: Set<string>, unstated: ReadonlySet<string>): JsonSchema {
  const rewrite = (node: unknown, place: string, keyIsName = false): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => rewrite(item, `${place}/${index}`));
    if (typeof node !== "object" || node === null) return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node as JsonSchema)) {
      const at = `${place}/${escapeSegment(key)}`;
      if (keyIsName) out[key] = rewrite(value, at);
      else if (toolKeywords.has(key) || key === "$id" || key === "$schema" || unstated.has(at) || countsDisagree(key, value)) continue;
      else if (key === "$ref" && typeof value === "string") {
        const [target = "", pointer = ""] = value.split("#");
        const targetFile = target === "" ? file : target;
        if (!schemas.has(targetFile)) throw new Error(`${file}: $ref ${value} names no schema file`);
        if (!/^(\/definitions\/[\w-]+)*$/.test(pointer)) throw new Error(`${file}: $ref ${value} points elsewhere than definitions`);
        refers.add(targetFile);
        out.$ref = `#/definitions/${bundleName(targetFile)}${pointer}`;
      } else out[key] = rewrite(value, at, nameMaps.has(key));
    }
    return out;
  };
  return rewrite(schemas.get(file), `${file}#`) as JsonSchema;
}

/**
 * Every kind's schema as the Standard JSON Schema interface (`~standard.jsonSchema`) hands
 * it out, self-contained: each schema file once, and for each kind the files its bundle
 * holds (`{ allOf: [{ $ref: "#/definitions/CreateOrderRequest" }], definitions: { CreateOrderRequest: …, OrderBody: …, OmsDefinitions: … } }`), each file under its title.
 *
 * It holds the stated constraints alone, the schema's errors: a validator that takes it
 * (a Fastify route's body) refuses what fails it, and a constraint that is our reading or
 * advice (a warning: customerIP's form, which Create Order's own example fails, a paymentType
 * outside the lists, a date-time's form, an example-only type, a crucial element) must not
 * turn a body the OMS takes into a 400. So are its formats gone, each a warning: a default
 * `new Ajv()`, which knows none, compiles it.
 */
export function generateJsonSchemas(): string {
  const schemas = loadSchemas();
  const unstated = unstatedConstraints(schemas);
  const { orderItemSearchQuery: _query, ...kinds } = validatorRefs;
  const bundleName = bundleNames(schemas);
  const files: Record<string, JsonSchema> = {};
  const refersTo = new Map<string, Set<string>>();
  for (const file of schemas.keys()) {
    const refers = new Set<string>();
    files[bundleName(file)] = rewriteFile(file, schemas, bundleName, refers, unstated);
    refersTo.set(file, refers);
  }
  // A parameter given more than once (a Fastify querystring's array) passes validate() with a warning: the export takes it too.
  withRepeatedSearchParameters(files[bundleName(kindInfo.orderItemSearch.schema)] as JsonSchema, repeatWithOnePassing);
  const kindFiles: Record<string, string[]> = {};
  for (const [kind, rootFile] of Object.entries(kinds)) {
    const needed = new Set<string>([rootFile]);
    for (const file of needed) for (const other of refersTo.get(file) ?? []) needed.add(other);
    kindFiles[kind] = [...needed].map(bundleName);
  }
  return [
    "// Generated by `npm run codegen` from schemas/: do not edit.",
    "// Each schema file once, self-contained refs; and the files each kind's bundle holds (see codegen/jsonSchemas.ts).",
    "",
    // A string for JSON.parse, not an object literal: V8 reads the 28 KB faster so (a cold start's import).
    `export const schemaFiles: Readonly<Record<string, Readonly<Record<string, unknown>>>> = JSON.parse(${JSON.stringify(JSON.stringify(files))});`,
    "",
    `export const kindFiles = ${JSON.stringify(kindFiles)} as const;`,
    "",
  ].join("\n");
}
