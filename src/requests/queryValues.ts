import type { ParameterType } from "./endpoints.js";
import { queryValueAccepted, type UrlParts } from "./matchEndpoint.js";

/** What a parameter of each type must be, in a message. */
export const wordsFor: Readonly<Record<ParameterType, string>> = {
  positiveInteger: "a positive integer",
  positiveIntegerList: "positive integers separated by commas",
  integer: "an integer",
};

/** A path segment or query value as written, and what it decodes to when that differs: the user finds the one, the server reads the other. */
export function quotedSegment(written: string, decoded: string): string {
  return written === decoded ? JSON.stringify(written) : `${JSON.stringify(written)} (decoded: ${JSON.stringify(decoded)})`;
}

/** A query parameter's values as the documents judge them: each given one's verdict (a missing or empty one is missing-query-parameter's), and how many are empty. */
export interface QueryVerdicts {
  /** The indices of the values the documents refuse, in order. */
  readonly refused: readonly number[];
  /** How many values the documents accept. */
  readonly accepted: number;
  /** How many values are empty (`orderID=`): alone, no value at all. */
  readonly empty: number;
  /** How many times the parameter is given, empty ones too. */
  readonly count: number;
}

/** Each value of the query parameter `name`, checked as written, a repeat's one by one. */
export function queryVerdicts(url: UrlParts, name: string, type: ParameterType): QueryVerdicts {
  const values = url.occurrences.get(name) ?? [];
  const refused: number[] = [];
  let [accepted, empty] = [0, 0];
  values.forEach((value, index) => {
    if (value === "") empty++;
    else if (queryValueAccepted(url, name, index, type)) accepted++;
    else refused.push(index);
  });
  return { refused, accepted, empty, count: values.length };
}

/** The query value at `index` as written, and decoded where that differs. */
export function quotedQueryValue(url: UrlParts, name: string, index: number): string {
  const decoded = url.occurrences.get(name)?.[index] ?? "";
  return quotedSegment(url.writtenOccurrences.get(name)?.[index]?.value ?? decoded, decoded);
}
