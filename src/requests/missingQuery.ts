import type { Method, Operation, QueryParameter } from "./endpoints.js";
import { isPlaceholder, queryMayHoldAny, type EndpointMatch } from "./matchEndpoint.js";
import { isMethodNotAllowed } from "./recordPath.js";
import type { RequestEntry } from "./requestEntry.js";
import { shapes } from "../generated/shapes.js";
import { misspeltKey } from "../domain/standInKey.js";

/** A query parameter a request lacks, with the document's words on it for the request's method. */
export interface MissingQuery {
  readonly name: string;
  /** The document's words that the OMS needs it, for this method (or for every method); undefined when they are said of other methods only. */
  readonly stated: string | undefined;
  /** Where the words are said of one method only (Custom Order Item Data's PUT): that method and its words. */
  readonly statedOf: readonly [Method, string] | undefined;
  /** What the document shows for this method (its URL) and says of the call; undefined for a method variable, or where the need is stated for every method (the search). */
  readonly shown: { readonly url: string; readonly words: string } | undefined;
  /** For a message: where a parameter written misspelt (`?orderid=1`) stands in its place, the words that say so; else "". */
  readonly misspelt: string;
}

/**
 * The query parameters the endpoint's document gives that the request lacks (absent, or empty
 * where no query schema checks them), each once: request/missing-query-parameter reports those
 * whose need is stated for the method, request/missing-query-parameter-inferred the others, so
 * one missing parameter is one finding.
 */
export function missingQuery(request: RequestEntry, method: string, match: EndpointMatch, operation: Operation | undefined): MissingQuery[] {
  const endpoint = match.endpoint;
  // A variable in place of a parameter's name may hold this one. A method the endpoint does not
  // take is request/method-not-allowed's one finding: the query its own methods need is not this request's.
  if (!endpoint || queryMayHoldAny(match.url) || isMethodNotAllowed(endpoint, method, request.variables)) return [];
  const missing: MissingQuery[] = [];
  const given = Object.fromEntries(match.url.query);
  // The names a misspelt key may be near: a search's every parameter, another call's required ones.
  const known = operation?.queryKind ? Object.keys(shapes[operation.queryKind]?.properties ?? {}) : Object.keys(endpoint.requiredQuery);
  for (const [name, parameter] of Object.entries(endpoint.requiredQuery)) {
    // Each value as written: joined, `?orderID=&orderID=` read ",", no empty value.
    const values = match.url.occurrences.get(name) ?? [];
    // An empty one (`?orderID=`) in a query the operation checks with its schema (the search)
    // is the schema's finding, at the parameter: one cause, one finding. Elsewhere a parameter
    // whose every value is empty is missing (request/path-parameter leaves empty values to this).
    if (operation?.queryKind ? values.length > 0 : values.some((value) => value !== "")) continue;
    const misspelt = misspeltKey(given, name, known);
    // A search parameter written misspelt (`?orderid=1`) is the query schema's finding, at that
    // parameter and naming it (as an orderItemSearch payload's is): one cause, one finding.
    if (misspelt !== undefined && operation?.queryKind) continue;
    // Elsewhere the finding names it (found by the fix of request files: an item data PUT's `?orderid=1` got no "did you mean").
    const words = misspelt === undefined ? "" : ` (${JSON.stringify(misspelt)} stands in its place: did you mean ${name}?)`;
    missing.push({ ...evidenceFor(name, parameter, isPlaceholder(method, request.variables) ? undefined : (method as Method)), misspelt: words });
  }
  return missing;
}

/** `method` undefined: a variable, which may stand for any method, so only words said of every method are stated for it. */
function evidenceFor(name: string, parameter: QueryParameter, method: Method | undefined): Omit<MissingQuery, "misspelt"> {
  if (typeof parameter.stated === "string") return { name, stated: parameter.stated, statedOf: undefined, shown: undefined };
  const stated = method === undefined ? undefined : parameter.stated[method];
  const statedOf = Object.entries(parameter.stated)[0] as [Method, string] | undefined;
  return { name, stated, statedOf, shown: method === undefined ? undefined : parameter.shown?.[method] };
}
