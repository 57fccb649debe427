import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extraValidators, kindInfo } from "../src/kinds/kinds.js";

/** The folder that holds the project's JSON Schemas: the single source of structural truth. */
export const schemaDir = fileURLToPath(new URL("../schemas/", import.meta.url));

export type JsonSchema = { [keyword: string]: unknown };

/** Every schema file, keyed by its file name (the key `$ref`s use). */
export function loadSchemas(dir = schemaDir): Map<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>();
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith(".json")) schemas.set(file, JSON.parse(readFileSync(join(dir, file), "utf8")) as JsonSchema);
  }
  return schemas;
}

/**
 * The name of each precompiled validator and the schema it checks, from the kinds' registry
 * (src/kinds/kinds.ts): each kind's, and `orderItemSearchQuery`, the object form of the
 * search, used once a URL or query string has been split into parameters.
 */
export const validatorRefs: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(kindInfo).map(([kind, info]) => [kind, info.schema])),
  ...extraValidators,
};

/** The schema of oms-lint.config.json, in its own folder: the kinds' codegen reads every top-level file. */
export const configSchemaFile = "config/oms-lint.config.schema.json";

export function loadConfigSchema(dir = schemaDir): JsonSchema {
  const schema = JSON.parse(readFileSync(join(dir, configSchemaFile), "utf8")) as JsonSchema;
  checkKindEnums(schema);
  return schema;
}

/** The config's `kind` lists the kinds of the registry (src/kinds/kinds.ts), no more, no fewer: codegen fails otherwise. */
function checkKindEnums(node: unknown): void {
  if (typeof node !== "object" || node === null) return;
  const kind = (node as { kind?: { enum?: unknown } }).kind;
  if (Array.isArray(kind?.enum) && JSON.stringify(kind.enum) !== JSON.stringify(Object.keys(kindInfo))) {
    throw new Error(`${configSchemaFile}: the enum of "kind" must list the kinds of src/kinds/kinds.ts in its order: ${Object.keys(kindInfo).join(", ")}`);
  }
  for (const child of Object.values(node)) checkKindEnums(child);
}
