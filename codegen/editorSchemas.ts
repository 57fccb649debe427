import { loadConfigSchema, loadSchemas, type JsonSchema } from "./schemaSet.js";

/**
 * The schemas as VS Code's JSON language service reads them. It shows a schema's
 * `errorMessage` as the text of a type, enum or pattern failure, and expects a string;
 * ajv-errors lets it be an object keyed by keyword, which the editor would print as
 * "[object Object]". So: a string stays; an object's `pattern` entry becomes
 * `patternErrorMessage`; an object whose only use can be a type failure keeps that text;
 * any other object goes (the editor then words the failure itself).
 */
export function generateEditorSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of loadSchemas()) files[name] = text(forEditor(schema));
  files["oms-lint.config.schema.json"] = text(forEditor(loadConfigSchema()));
  return files;
}

function text(schema: unknown): string {
  return JSON.stringify(schema, null, 2) + "\n";
}

/** Keywords for which VS Code reuses a schema's errorMessage. */
const messageUsers = ["enum", "const", "pattern", "contains", "additionalProperties"];

function forEditor(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forEditor);
  if (typeof node !== "object" || node === null) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key !== "errorMessage") {
      // Under `properties` (and the like) keys are names, and a property may be called errorMessage.
      out[key] = forEditor(value);
      continue;
    }
    if (typeof value === "string") {
      out.errorMessage = value;
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    const messages = value as Record<string, unknown>;
    if (typeof messages.pattern === "string") out.patternErrorMessage = messages.pattern;
    const onlyType = !messageUsers.some((keyword) => keyword in (node as JsonSchema));
    if (typeof messages.type === "string" && onlyType) out.errorMessage = messages.type;
  }
  return out;
}
