import { rules } from "../rules/index.js";
import type { JsonSchema } from "./schemaSet.js";

/** A rule's entry under `rules`: its level, or [level, options] with the rule's own options schema. */
function ruleEntry(id: string, description: string, defaultSeverity: string, passage: string | undefined, optionsSchema: JsonSchema | undefined): JsonSchema {
  const quoted = passage === undefined ? "" : `\n\n> ${passage.replace(/\n/g, "\n> ")}`;
  const entry: JsonSchema = {
    description: `${description} (default: ${defaultSeverity})`,
    markdownDescription: `**${id}** — ${description} (default: \`${defaultSeverity === "error" ? "error" : "warn"}\`)${quoted}`,
  };
  if (optionsSchema === undefined) return { ...entry, $ref: "#/definitions/ruleSetting" };
  return {
    ...entry,
    anyOf: [
      { $ref: "#/definitions/level" },
      { type: "array", items: [{ $ref: "#/definitions/level" }, optionsSchema], minItems: 1, additionalItems: false },
    ],
    errorMessage: `${id}: a setting is "off", "warn", "error" (or 0, 1, 2), or [level, { options }] with the rule's options`,
  };
}

/**
 * The config's schema for the editor: `rules` lists every rule id, with its description
 * and (where it has options) its options' schema, so the editor completes rule ids and
 * flags a misspelt one. The run-time check (loadConfig) says the same with a "did you mean".
 */
export function configSchemaForEditor(schema: JsonSchema): JsonSchema {
  const properties = schema.properties as Record<string, JsonSchema>;
  const rulesNode = properties.rules as JsonSchema;
  const entries: Record<string, JsonSchema> = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const { id, description, defaultSeverity, source, optionsSchema } = rule.meta;
    entries[id] = ruleEntry(id, description, defaultSeverity, source.passage, optionsSchema as JsonSchema | undefined);
  }
  const ids = Object.keys(entries);
  const typeMessage = (rulesNode.errorMessage as { type?: string } | undefined)?.type ?? "rules must be an object of rule ids and levels";
  return {
    ...schema,
    properties: {
      ...properties,
      rules: {
        ...rulesNode,
        properties: entries,
        additionalProperties: false,
        errorMessage: { type: typeMessage, additionalProperties: `not a rule id; the rules are ${ids.join(", ")}` },
      },
    },
  };
}
