import { lastBefore } from "../source/firstIndex.js";

/**
 * A text with its `{{name}}` variables substituted is longer or shorter than the text as
 * written; a finding in it stands at the written text's column. Between references the two
 * texts agree character for character; a finding inside a substituted value stands on the
 * `{{name}}` that brought it in.
 */

/** One reference substituted in a text: where its value stands in the expanded text, and where `{{name}}` stands as written (0-based, ends exclusive). */
export interface SubstitutedReference {
  readonly expandedFrom: number;
  readonly expandedTo: number;
  readonly writtenFrom: number;
  readonly writtenTo: number;
}

/**
 * The 1-based column in the written text of the 1-based `column` of the expanded text.
 * `edge` says which end of a range the column is: a start inside a value stands at its
 * reference's `{{`, an end inside one just past its `}}`. `references` are in text order.
 */
export function writtenColumn(references: readonly SubstitutedReference[], column: number, edge: "start" | "end"): number {
  const offset = column - 1;
  // The last reference whose value starts at or before the offset.
  const reference = lastBefore(references, (r) => r.expandedFrom > offset);
  if (reference === undefined) return column;
  if (offset < reference.expandedTo) {
    // A range ending where a value starts ends before its reference.
    if (edge === "start" || offset === reference.expandedFrom) return reference.writtenFrom + 1;
    return reference.writtenTo + 1;
  }
  return reference.writtenTo + (offset - reference.expandedTo) + 1;
}

/**
 * The written column of an expanded one where it is exact: undefined inside a substituted value,
 * whose characters the written text does not hold (a message that names such a place says
 * less rather than a wrong column).
 */
export function exactWrittenColumn(references: readonly SubstitutedReference[], column: number): number | undefined {
  const offset = column - 1;
  const reference = lastBefore(references, (r) => r.expandedFrom > offset);
  if (reference !== undefined && offset < reference.expandedTo) return undefined;
  return writtenColumn(references, column, "start");
}
