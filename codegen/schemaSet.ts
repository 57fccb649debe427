import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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
 * The payload kinds and the schema each is validated with. `orderItemSearchQuery` is the
 * object form of the search, used once a URL or query string has been split into parameters.
 */
export const validatorRefs = {
  createOrder: "createOrder.json",
  importOrder: "importOrder.json",
  orderCustomData: "orderCustomData.json",
  orderItemCustomData: "orderItemCustomData.json",
  orderItemSearch: "orderItemSearch.json",
  orderItemSearchQuery: "orderItemSearch.json#/definitions/queryParameters",
  orderCustomDataRecord: "orderCustomDataRecord.json",
  orderItemCustomDataRecord: "orderItemCustomDataRecord.json",
  orderItemSearchResponse: "orderItemSearchResponse.json",
} as const;

/** The schema of oms-lint.config.json, in its own folder: the kinds' codegen reads every top-level file. */
export const configSchemaFile = "config/oms-lint.config.schema.json";

export function loadConfigSchema(dir = schemaDir): JsonSchema {
  return JSON.parse(readFileSync(join(dir, configSchemaFile), "utf8")) as JsonSchema;
}
