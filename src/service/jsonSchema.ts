import { shownValue } from "../engine/argumentWords.js";
import type { StandardJSONSchemaV1 } from "@standard-schema/spec";
import { kindFiles, schemaFiles } from "../generated/jsonSchemas.js";
import type { Kind } from "../kinds/kinds.js";

type Schema = { [keyword: string]: unknown };

/** Keywords whose value maps names to schemas: its keys are names, not keywords. */
const nameMaps = new Set(["properties", "definitions", "$defs", "patternProperties"]);

/** The draft-07 bundle to draft 2020-12: `definitions` is `$defs` there (our schemas use nothing else that changed). */
function toDraft2020(node: unknown, keyIsName = false): unknown {
  if (Array.isArray(node)) return node.map((item) => toDraft2020(item));
  if (typeof node !== "object" || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    if (keyIsName) out[key] = toDraft2020(value);
    else if (key === "$ref" && typeof value === "string") out.$ref = value.replace(/\/definitions\//g, "/$defs/");
    else if (key === "definitions") out.$defs = toDraft2020(value, true);
    else out[key] = toDraft2020(value, nameMaps.has(key));
  }
  return out;
}

/**
 * A kind's JSON Schema, self-contained: the schema files of schemas/ that it refers to sit
 * under `definitions` (`$defs` in 2020-12), its own file first. The schemas are open, as
 * the OMS is: an unknown field is an oms-lint warning, never a schema failure. A fresh copy
 * each call, so a caller may change it. Ajv-only keywords (errorMessage) are left out.
 */
export function kindJsonSchema(kind: Kind, target: StandardJSONSchemaV1.Target): Record<string, unknown> {
  if (target !== "draft-07" && target !== "draft-2020-12") {
    throw new TypeError(`oms-lint gives JSON Schema draft-07 and draft-2020-12, not ${shownValue(target)}`);
  }
  const files = kindFiles[kind];
  const own = schemaFiles[files[0]] as Schema;
  const bundle: Schema = {
    $schema: "http://json-schema.org/draft-07/schema#",
    ...(own.title === undefined ? {} : { title: own.title }),
    ...(own.description === undefined ? {} : { description: own.description }),
    allOf: [{ $ref: `#/definitions/${files[0]}` }],
    definitions: Object.fromEntries(files.map((file) => [file, schemaFiles[file]])),
  };
  if (target === "draft-07") return structuredClone(bundle);
  return { ...(toDraft2020(bundle) as Schema), $schema: "https://json-schema.org/draft/2020-12/schema" };
}
