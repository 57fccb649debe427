import type { RequestEntry } from "./requestEntry.js";
import { bareVariables, variableWhereNoValue, withStandIns } from "./bodyVariables.js";
import { describeFault, syntaxFaultOffset, type Fault } from "../source/parseFault.js";
import type { PlaceName } from "../source/placeName.js";

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
 * A GraphQL body as REST Client reads it (parseHttpRequest, then createGraphQlBody): the lines
 * above the body's first blank line are the query, the lines below it the variables' text, which
 * it JSON.parse's (`{}` where there are none). Its Header state removes one blank line under the
 * headers and keeps the others in the body: under two or more, the body's first line is blank,
 * that is the first blank line, and the query is none and the whole body the variables.
 */
export interface GraphqlParts {
  readonly query?: string;
  /** The variables' text ("" where there are none), and the offset in the body as written where it starts. */
  readonly variables: string;
  readonly variablesAt: number;
}

/** The parts of a body as written (its variables filled) that stands under `leadingBlankLines` blank lines more than the one REST Client removes. */
export function graphqlParts(written: string | undefined, leadingBlankLines: number): GraphqlParts {
  if (written === undefined) return { variables: "", variablesAt: 0 };
  if (leadingBlankLines > 0) return { variables: written, variablesAt: 0 };
  const blank = firstBlankLine(written);
  if (blank === undefined) return { query: written, variables: "", variablesAt: written.length };
  // The query's lines end at the line break above the blank line; the variables start past the one below it.
  return { query: blank.start === 0 ? undefined : written.slice(0, blank.start - 1), variables: written.slice(blank.end + 1), variablesAt: Math.min(blank.end + 1, written.length) };
}

/** Where the text's first blank line (blank as `trim()` reads it, as REST Client reads it) starts and ends, line breaks left out; read line by line, never split. */
function firstBlankLine(text: string): { start: number; end: number } | undefined {
  for (let start = 0; start <= text.length; ) {
    const lineBreak = text.indexOf("\n", start);
    const end = lineBreak < 0 ? text.length : lineBreak;
    if (text.slice(start, end).trim() === "") return { start, end };
    if (lineBreak < 0) return undefined;
    start = lineBreak + 1;
  }
  return undefined;
}

/** What the variables' text is said to be when a fault in it is explained (parseFault.ts). */
const variablesDocument = "the variables' text";

/**
 * Why REST Client's `JSON.parse(variables)` throws on the variables' text, where it does; undefined
 * where it does not (none: `{}`). They must be exactly one JSON value: their text pasted into the
 * body built let `{}, "name": "n"` close the variables and add members to that body. A `{{name}}`
 * written bare stands for a value the client fills (bodyVariables.ts), as in any body.
 */
export function variablesFault(variables: string, placeName?: PlaceName): Fault | undefined {
  if (variables === "") return undefined;
  if (variables.trim() === "") return { message: "its lines fill to blanks, and JSON.parse takes no blank text", offset: 0, length: 0 };
  const bare = bareVariables(variables, "braces");
  const standIns = withStandIns(variables, bare);
  if (syntaxFaultOffset(standIns) === standIns.length) return undefined;
  const fault = describeFault(standIns, "", variablesDocument, placeName);
  const variable = bare.startingAt(fault.offset);
  return variable === undefined ? fault : { message: variableWhereNoValue(variable), offset: variable.offset, length: variable.text.length };
}

/**
 * The body REST Client sends for a GraphQL request, from its parts, the variables one JSON value
 * (variablesFault): createGraphQlBody's `JSON.stringify({ query, operationName, variables })`, a
 * member left out where it is undefined, the operation named from the query. The variables' text
 * is put in as written, so that a `{{name}}` left for the client to fill stays a variable of the body.
 */
export function graphqlBody({ query, variables }: GraphqlParts): string {
  const operationName = query === undefined ? undefined : namedQuery.exec(query)?.[1];
  const members = [
    query === undefined ? undefined : `"query":${JSON.stringify(query)}`,
    operationName === undefined ? undefined : `"operationName":${JSON.stringify(operationName)}`,
    `"variables":${variables === "" ? "{}" : variables}`,
  ];
  return `{${members.filter((m) => m !== undefined).join(",")}}`;
}
