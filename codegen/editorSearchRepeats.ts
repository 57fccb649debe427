import type { JsonSchema } from "./schemaSet.js";
import { withRepeatedSearchParameters } from "./repeatedSearchParameters.js";

/**
 * The editor's search schema, each query parameter taking any list besides one value. validate()
 * reads a list as a repeated parameter (`?orderID=1&orderID=2`, an Express or Fastify query's
 * array; src/lint/searchSubject.ts): search-repeated-parameter's warning, a schema error only
 * when every value fails, a warning when one value misses a warning's constraint, an empty list
 * read as the empty value URLSearchParams sends. The editor's schema took one value only, and
 * called `{"orderID": ["1", "2"]}` and `{"page": []}` wrong in the parameter's words ("orderID
 * must be a positive integer …") where oms-lint only warns (left open when the exported schema
 * was made to take lists). No schema the editor reads says "every value fails, or one misses a
 * warning's pattern" in oms-lint's words: the server publishes every finding at a list
 * (src/lsp/editorStructure.ts, standsAtSearchList), and the editor's schema lets any list by.
 */
export function withEditorSearchRepeats(schema: JsonSchema): JsonSchema {
  return withRepeatedSearchParameters(schema, () => ({ type: "array" }));
}
