import type { Diagnostic } from "../engine/diagnostic.js";

/**
 * Which occurrence of a search parameter a finding about it is about, when the URL or query
 * string gives it more than once: the first value that draws the finding alone (a value's
 * fault); else the repetition, the second (each value right alone: the repeat itself).
 * `drawsAlone` checks one value beside an orderID only, not the whole query: a URL of many
 * parameters, one of them repeated many times, would otherwise be checked whole once for each.
 */
export function searchOccurrenceOf(finding: Diagnostic, values: readonly string[] | undefined, drawsAlone: (value: string, index: number) => boolean): number {
  if (values === undefined || values.length < 2) return 0;
  // The repeat is no value's: none draws it alone, so none need be checked.
  if (finding.ruleId === "search-repeated-parameter") return 1;
  const index = values.findIndex(drawsAlone);
  return index >= 0 ? index : 1;
}
