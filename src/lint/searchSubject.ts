import type { RepeatedParameter, SourceFacts } from "../engine/rule.js";
import { pointer } from "../json/jsonPointer.js";
import { commaListParameters, searchParameterValues, searchUrlBeforeQuery } from "../kinds/searchQuery.js";
import { kindInfo } from "../kinds/kinds.js";
import * as validators from "../generated/validators.js";
import { holdsJsonText } from "./schemaWording.js";

/** What a search's URL or query string holds: its parameters as checked, and the ones it repeats. */
export interface SearchSubject {
  readonly parameters: Record<string, string>;
  readonly repeated: readonly RepeatedParameter[];
  /** The URL the search string calls, without its query; undefined for a query string or a request file's URL (whose endpoint is matched apart). */
  readonly url?: string;
}

const searchValidator = (validators as Record<string, (data: unknown) => boolean>)[kindInfo.orderItemSearch.validator] as (data: unknown) => boolean;

/** Whether the schema takes this one value of a parameter, beside a valid orderID. */
function acceptedAlone(name: string, value: string): boolean {
  return searchValidator(Object.fromEntries([["orderID", "1"], [name, value]]));
}

/**
 * The parameters of a search checked as the object the kind's object form holds. A
 * parameter given more than once (`perPage=10&perPage=20`): the documents say nothing of
 * one, so how the OMS reads it is unknown, and its values are each checked as written, not
 * as a joined value none of them is ("10,20" is no integer): a comma-list parameter's
 * values joined (each term of the list is one value), another's first value the schema
 * refuses alone, else its first. The repetition itself is search-repeated-parameter's
 * finding. An undefined value is a request file's variable, which stands for a valid one:
 * a parameter of none but variables is left out.
 */
export function searchSubjectOf(values: ReadonlyMap<string, readonly (string | undefined)[]>): SearchSubject {
  const parameters: [string, string][] = [];
  const repeated: RepeatedParameter[] = [];
  for (const [name, given] of values) {
    const takesList = commaListParameters.has(name);
    if (given.length > 1) repeated.push({ path: pointer("", name), name, count: given.length, takesList });
    const written = given.filter((value): value is string => value !== undefined);
    const [first] = written;
    if (first === undefined) continue;
    if (written.length === 1) parameters.push([name, first]);
    else parameters.push([name, takesList ? written.join(",") : (written.find((value) => !acceptedAlone(name, value)) ?? first)]);
  }
  // fromEntries defines own properties: a parameter named __proto__ stays data.
  return { parameters: Object.fromEntries(parameters), repeated };
}

/** A search's URL or query string read: searchSubjectOf its parameters, with the URL it calls. */
export function searchStringSubject(text: string): SearchSubject {
  const url = searchUrlBeforeQuery(text);
  const subject = searchSubjectOf(searchParameterValues(text));
  return url === undefined ? subject : { ...subject, url };
}

/** The source facts of a check, with what only a search's URL or query string knows: the parameters it repeats, the URL it calls. */
export function withSearchFacts(source: SourceFacts | undefined, subject: SearchSubject | undefined): SourceFacts | undefined {
  if (subject === undefined || (subject.repeated.length === 0 && subject.url === undefined)) return source;
  return {
    ...(source ?? { duplicateKeys: [], unsafeIntegers: [] }),
    ...(subject.repeated.length === 0 ? {} : { repeatedParameters: subject.repeated }),
    ...(subject.url === undefined ? {} : { searchUrl: subject.url }),
  };
}

/**
 * Whether a search string is JSON text (an object's or an array's, as JSON.stringify wrote it),
 * not a URL or query string: it begins with `{` or `[` and parses. A URL whose host is a
 * variable (`{{baseUrl}}/api/v2/orderItem/?…`) begins with `{` too, and is a URL.
 */
export function searchGivenAsJsonText(text: string): boolean {
  if (!holdsJsonText(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
