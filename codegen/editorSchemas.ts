import { loadConfigSchema, loadSchemas, type JsonSchema } from "./schemaSet.js";
import { configSchemaForEditor } from "./configSchemaForEditor.js";
import { boundOrPastDoubles, integerByValue, isNumberBound, maxLengthInCodePoints, minLengthInUnits, wholeOrPastDoubles } from "./editorCounting.js";
import { formatForEditor } from "./editorFormats.js";
import { withEditorSearchRepeats } from "./editorSearchRepeats.js";
import { kindInfo } from "../src/kinds/kinds.js";

/**
 * The schemas as VS Code's JSON language service reads them. It shows a schema's
 * `errorMessage` (a string) for a failure of `type`, `enum`, `const`, `format`, `not`,
 * `contains` or `additionalProperties`, and `patternErrorMessage` for `pattern`; for every
 * other keyword (minimum, maxLength, minItems, anyOf, …) it shows its own words ("Value is
 * below the minimum of 1."). ajv-errors lets `errorMessage` be an object keyed by keyword,
 * which the editor would print as "[object Object]". So, for the editor:
 *
 * - the `type` message (or the one string) stays the node's `errorMessage`; a `pattern`
 *   message becomes `patternErrorMessage`; an `additionalProperties` message takes the
 *   node's `errorMessage` when there is one, its `type` then checked in an `allOf` entry;
 * - every other keyword with a message moves into an `allOf` entry of its own,
 *   `{ "not": { "not": { <keyword> } }, "errorMessage": … }`: the double negation fails
 *   exactly when the keyword does, and a failing `not` shows its schema's errorMessage;
 * - a message for a property (ajv-errors' `properties` form) wraps that property's schema
 *   in the same double negation: any failure inside it shows the one message, as in the CLI;
 * - `required` stays as it is: the editor marks the missing property at its object's key
 *   ("Missing property "customer".") where a `not` would underline the whole object.
 *
 * And so that the editor reports nothing oms-lint does not (editorCounting.ts): an `integer`
 * is a number that is a multiple of 1 (the editor types a number by its writing, oms-lint by
 * its value), a bound of a number lets by a number past the double range (Ajv refuses it by
 * its type, and oms-lint publishes that finding), a minimum length above 1 is counted in UTF-16 units and a maximum in code points
 * by patterns, as oms-lint counts them (the editor's own count reads a lone surrogate and the
 * unit after it as one), and a date-time is a pattern that takes all that Ajv's format takes
 * (editorFormats.ts).
 *
 * And so that the editor reports nothing the server publishes under `structure: "editor"`
 * (one cause, one finding): a `not` of the schemas (schema/search-empty-default's empty page=
 * or perPage=) is left out. The server never leaves a `not` finding to the editor
 * (src/lsp/editorStructure.ts, editorCheckedKeywords), and the editor reported it in the words
 * of the node's own message, which wrapped the `allOf` holding it: the stated "page must be a
 * positive integer" where the server warns (found by the review of the session).
 */
export function generateEditorSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of loadSchemas()) {
    const editorSchema = forEditor(schema) as JsonSchema;
    files[name] = text(name === kindInfo.orderItemSearch.schema ? withEditorSearchRepeats(editorSchema) : editorSchema);
  }
  files["oms-lint.config.schema.json"] = text(forEditor(configSchemaForEditor(loadConfigSchema())));
  return files;
}

function text(schema: unknown): string {
  return JSON.stringify(schema, null, 2) + "\n";
}

/** Keywords whose failure VS Code words with the schema's `errorMessage` (pattern: `patternErrorMessage`). */
const worded = new Set(["type", "enum", "const", "format", "not", "contains", "additionalProperties", "pattern"]);
/** Keywords a message is never moved for: what they hold is structure, or the editor places them better itself. */
const kept = new Set(["required", "properties", "patternProperties", "items", "additionalItems", "dependencies", "$ref", "definitions"]);

/** The keywords of a node that ajv-errors words but the editor would not: each goes to an allOf entry. */
function movable(node: JsonSchema, keyword: string): boolean {
  return keyword in node && !kept.has(keyword) && !(worded.has(keyword) && keyword !== "format");
}

function forEditor(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forEditor);
  if (typeof node !== "object" || node === null) return node;
  const source = withoutServerChecks(integerByValue(node as JsonSchema));
  const message = source.errorMessage;
  const out: JsonSchema = {};
  // Under `properties` (and the like) keys are names, and a property may be called errorMessage.
  for (const [key, value] of Object.entries(source)) if (key !== "errorMessage") out[key] = forEditor(value);
  const messages: Record<string, string> = {};
  if (typeof message === "string") {
    // One message for every failure: the node's, and that of each keyword the editor would word itself.
    out.errorMessage = message;
    for (const keyword of Object.keys(source)) if (movable(source, keyword) && keyword !== "format" && keyword !== "errorMessage") messages[keyword] = message;
  } else if (typeof message === "object" && message !== null && !Array.isArray(message)) {
    for (const [keyword, text] of Object.entries(message as Record<string, unknown>)) {
      if (typeof text === "string" && keyword in source) messages[keyword] = text;
    }
    const byProperty = (message as { properties?: Record<string, unknown> }).properties;
    if (typeof byProperty === "object" && byProperty !== null) out.properties = wordedProperties(out.properties as JsonSchema, byProperty);
    if (messages.pattern !== undefined) out.patternErrorMessage = messages.pattern;
    if (messages.additionalProperties !== undefined) {
      out.errorMessage = messages.additionalProperties;
      if (messages.type !== undefined) messages.typeApart = messages.type;
    } else if (messages.type !== undefined) {
      out.errorMessage = messages.type;
    }
  }
  const entries: JsonSchema[] = [];
  if (messages.typeApart !== undefined) {
    entries.push({ type: out.type, errorMessage: messages.typeApart });
    delete out.type;
  }
  for (const [keyword, text] of Object.entries(messages)) {
    if (!movable(source, keyword) || (keyword === "format" && typeof message === "string")) continue;
    entries.push({ not: { not: asEditorChecks(keyword, out[keyword]) }, errorMessage: text });
    delete out[keyword];
  }
  if (typeof out.minLength === "number" && out.minLength > 1) {
    entries.push(minLengthInUnits(out.minLength));
    delete out.minLength;
  }
  for (const keyword of Object.keys(out)) {
    if (!isNumberBound(keyword) || typeof out[keyword] !== "number") continue;
    entries.push(boundOrPastDoubles(keyword, out[keyword]));
    delete out[keyword];
  }
  if (out.multipleOf === 1) {
    entries.push(wholeOrPastDoubles());
    delete out.multipleOf;
  }
  if (typeof out.maxLength === "number") {
    entries.push(maxLengthInCodePoints(out.maxLength));
    delete out.maxLength;
  }
  if (out.format === "date-time") {
    // Left on the node by a message for every failure, or by none: the pattern takes that message.
    entries.push({ ...formatForEditor(out.format), ...(typeof message === "string" ? { patternErrorMessage: message } : {}) });
    delete out.format;
  }
  if (entries.length > 0) out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), ...entries];
  return out;
}

/** Whether a subschema is a `not` of the schemas with nothing else to check: the server publishes its finding in every mode. */
function isServerCheck(entry: unknown): boolean {
  if (typeof entry !== "object" || entry === null || !("not" in entry)) return false;
  return Object.keys(entry).every((key) => key === "not" || key === "errorMessage" || key === "description" || key.startsWith("x-oms-"));
}

/** The node without its allOf entries that are the server's alone (isServerCheck); without the allOf once none is left. */
function withoutServerChecks(node: JsonSchema): JsonSchema {
  if (!Array.isArray(node.allOf) || !node.allOf.some(isServerCheck)) return node;
  const { allOf, ...rest } = node;
  const kept = (allOf as unknown[]).filter((entry) => !isServerCheck(entry));
  return kept.length === 0 ? rest : { ...rest, allOf: kept };
}

/** A keyword as the editor should check it, to report nothing oms-lint does not: see editorCounting.ts and editorFormats.ts. */
function asEditorChecks(keyword: string, value: unknown): JsonSchema {
  if (keyword === "minLength" && typeof value === "number") return minLengthInUnits(value);
  if (keyword === "maxLength" && typeof value === "number") return maxLengthInCodePoints(value);
  if (keyword === "multipleOf" && value === 1) return wholeOrPastDoubles();
  if (isNumberBound(keyword) && typeof value === "number") return boundOrPastDoubles(keyword, value);
  if (keyword === "format") return formatForEditor(value);
  return { [keyword]: value };
}

/** Each property with a message of its own, wrapped so that any failure within it shows that message. */
function wordedProperties(properties: JsonSchema | undefined, messages: Readonly<Record<string, unknown>>): JsonSchema | undefined {
  if (properties === undefined) return undefined;
  const out: JsonSchema = { ...properties };
  for (const [name, text] of Object.entries(messages)) {
    const schema = properties[name] as JsonSchema | undefined;
    if (typeof text !== "string" || schema === undefined) continue;
    out[name] = { ...(schema.description === undefined ? {} : { description: schema.description }), not: { not: schema }, errorMessage: text };
  }
  return out;
}
