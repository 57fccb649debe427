import type { JsonSchema } from "./schemaSet.js";

/**
 * A search's parameter given as a list: Express's `req.query` and Fastify's querystring hold a
 * repeated parameter so (`?orderID=1&orderID=2`), and validate() reads a list of strings and
 * numbers as the URL form reads the repetition (src/lint/searchSubject.ts, searchObjectRead),
 * with search-repeated-parameter's warning. An empty one is read as the empty value
 * URLSearchParams sends, which page and perPage take with a warning.
 */

/** Any list of strings and numbers: what the accepted types let through (each value's verdict is validate()'s). */
export const anyRepeat = (): JsonSchema => ({ type: "array", items: { type: ["string", "number"] } });

/**
 * A list validate() may take, as the exported JSON Schema holds it: empty, or with one value
 * that passes the parameter's own schema (`one`), since validate() refuses a repeat only when
 * every value fails, whichever the OMS reads. A number passes as well: validate() reads it as the
 * string it is sent as (`sortBy: [5]` is "5"), which `one` may type as a string only; the export
 * lets such a list through rather than refuse one that validate() takes.
 */
export const repeatWithOnePassing = (one: JsonSchema): JsonSchema => ({
  ...anyRepeat(),
  anyOf: [{ maxItems: 0 }, { contains: { anyOf: [one, { type: "number" }] } }],
});

/**
 * The parameters a number given alone passes: validate() reads it as the text it is sent as
 * (src/lint/searchSubject.ts, numberSentAs), and sortBy's stated type and length take any
 * number's text (its syntax is our reading, a warning). itemState's listed states hold no
 * digits: a number given for it is refused, and the schemas keep saying so.
 */
const numberTaken: ReadonlySet<string> = new Set(["sortBy"]);

/** The search schema (a copy: its file under schemas/, or as a bundle holds it) with each query parameter taking, besides one value, a list as `repeat` gives it, and a number where validate() takes one (numberTaken). */
export function withRepeatedSearchParameters(schema: JsonSchema, repeat: (one: JsonSchema) => JsonSchema): JsonSchema {
  const parameters = (schema.definitions as Record<string, JsonSchema>).queryParameters as JsonSchema;
  parameters.properties = Object.fromEntries(
    Object.entries(parameters.properties as Record<string, JsonSchema>).map(([name, one]) => [name, { anyOf: [one, ...(numberTaken.has(name) ? [{ type: "number" }] : []), repeat(one)] }]),
  );
  return schema;
}
