import type { RequestEntry } from "./requestEntry.js";

type Headers = RequestEntry["headers"];

/** The header REST Client reads the request type from (its name in any case, as its getHeader finds it). */
const requestTypeHeader = "x-request-type";

/** The operation REST Client names from the query's start (createGraphQlBody's `/^\s*query\s+([^@\{\(\s]+)/i`). */
const namedQuery = /^\s*query\s+([^@{(\s]+)/i;

/**
 * Whether REST Client sends the request as GraphQL: its X-Request-Type, the values of every header
 * of that name joined with "," as parseRequestHeaders joins them, is exactly "graphql"
 * (httpRequestParser.ts: `getHeader(headers, 'X-Request-Type') === 'GraphQL'.toLowerCase()`), so
 * `GraphQL` is not, and its body is sent as written.
 */
export function isGraphqlRequest(headers: Headers): boolean {
  const values = headers.filter((h) => h.name.toLowerCase() === requestTypeHeader).map((h) => h.value);
  return values.length > 0 && values.join(",") === "graphql";
}

/** The headers REST Client sends with a GraphQL request: it removes X-Request-Type (`removeHeader(headers, 'X-Request-Type')`). */
export function withoutRequestType(headers: Headers): Headers {
  return headers.filter((h) => h.name.toLowerCase() !== requestTypeHeader);
}

/**
 * The body REST Client sends for a GraphQL request, built from the body as written (its
 * variables filled): the lines above the first blank one are the query, the lines below it the
 * variables, which it JSON.parse's (`{}` where there are none), and the operation is named from the
 * query (createGraphQlBody: `JSON.stringify({ query, operationName, variables })`, a member left
 * out where it is undefined). The variables' text is put in as written, not parsed here: JSON that
 * is no JSON is then the body's parse error (where JSON.parse throws and REST Client sends
 * nothing), and a `{{name}}` left for the client to fill stays a variable of the body.
 */
export function graphqlBody(written: string | undefined): string {
  const lines = written === undefined ? [] : written.split("\n");
  const blank = lines.findIndex((line) => line.trim() === "");
  const query = blank === 0 || lines.length === 0 ? undefined : (blank < 0 ? lines : lines.slice(0, blank)).join("\n");
  const variables = blank < 0 ? "" : lines.slice(blank + 1).join("\n");
  const operationName = query === undefined ? undefined : namedQuery.exec(query)?.[1];
  const members = [
    query === undefined ? undefined : `"query":${JSON.stringify(query)}`,
    operationName === undefined ? undefined : `"operationName":${JSON.stringify(operationName)}`,
    `"variables":${variables === "" ? "{}" : variables}`,
  ];
  return `{${members.filter((m) => m !== undefined).join(",")}}`;
}
