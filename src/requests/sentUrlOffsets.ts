import { lastBefore } from "../source/firstIndex.js";
import { ownField } from "../engine/ownField.js";
import type { SubstitutedReference } from "./writtenColumn.js";

/**
 * Where a character of a URL as written stands in the URL sent. A variable's value is longer or
 * shorter than its `{{name}}`, and may hold parameters of its own (`{{v0}}` holding
 * `?itemState=GONE`): a parameter spelt out in the written URL is the one a finding is about only
 * where it stands at that finding's place in the URL sent (found by seed 47 of the suite: the
 * written `?itemState=GONE` was credited with the itemState a variable above it sent first).
 */

/** A piece of the URL as written, sent in one piece: where its text, as filled, starts in the URL sent, and the values filled in it. */
export interface SentPlace {
  readonly from: number;
  /**
   * The fills the client makes, in turn (a Postman url's `:name` segments, then its `{{name}}`s), each
   * a list of the values filled, in text order: offsets of the text before that fill and after it,
   * the first from the piece's written start, the last to its start as sent.
   */
  readonly fills: readonly (readonly SubstitutedReference[])[];
  /** Where a value's line break ends the piece as sent (an offset of its text as filled): nothing from there on is sent in it. */
  readonly breaksAt?: number;
}

/**
 * The offset in a filled text of an offset of the text as written: undefined strictly inside a
 * `{{name}}`, whose characters are not sent; a `{{name}}`'s start stands at its value's.
 */
export function filledOffset(references: readonly SubstitutedReference[], written: number): number | undefined {
  const reference = lastBefore(references, (r) => r.writtenFrom > written);
  if (reference === undefined) return written;
  if (written === reference.writtenFrom) return reference.expandedFrom;
  if (written < reference.writtenTo) return undefined;
  return reference.expandedTo + (written - reference.writtenTo);
}

/**
 * A written text's place as sent, when it is sent trimmed at `from`: `filled` is the text as
 * filled (its references' written offsets those of a line where the text starts at
 * `writtenStart`). Where a value breaks it over lines, only what stands before the break is sent
 * there (REST Client reads each line on its own: a continuation, a header or the blank line).
 */
export function sentPlaceOf(filled: { readonly text: string; readonly references: readonly SubstitutedReference[] }, writtenStart: number, from: number): SentPlace {
  const breakAt = filled.text.search(/[\r\n]/);
  const firstPiece = breakAt < 0 ? filled.text : filled.text.slice(0, breakAt);
  const lead = firstPiece.length - firstPiece.trimStart().length;
  const references = filled.references.map((r) => ({
    writtenFrom: r.writtenFrom - writtenStart,
    writtenTo: r.writtenTo - writtenStart,
    // A value's own leading blanks at the text's start are trimmed with it.
    expandedFrom: Math.max(r.expandedFrom - lead, 0),
    expandedTo: Math.max(r.expandedTo - lead, 0),
  }));
  return { from, fills: [references], ...(breakAt < 0 ? {} : { breaksAt: breakAt - lead }) };
}

/** Where an offset of a piece's written text stands in the URL sent; undefined where the piece is not sent as one, or inside a `{{name}}`. */
export function sentOffsetIn(place: SentPlace | undefined, written: number): number | undefined {
  if (place === undefined) return undefined;
  let offset: number | undefined = written;
  for (const references of place.fills) offset = offset === undefined ? undefined : filledOffset(references, offset);
  const breaksAt = ownField(place, "breaksAt");
  return offset === undefined || (breaksAt !== undefined && offset >= breaksAt) ? undefined : place.from + offset;
}

/**
 * The target of a request line its variables fill with the method too (`@v = GET https://…/`, then
 * `{{v}}?orderID=1`): the filled line from where its target starts (its last `uncutTarget.length`
 * characters but its trailing blanks), each reference cut there, so that the parameters written
 * after the variable have their place in the URL sent (read whole, every character of the target
 * stood on the variable, and none had one).
 */
export function targetAsFilled(line: { readonly text: string; readonly references: readonly SubstitutedReference[] }, uncutTarget: string): { readonly text: string; readonly references: readonly SubstitutedReference[] } {
  const at = line.text.trimEnd().length - uncutTarget.length;
  const cut = (offset: number) => Math.max(offset - at, 0);
  return { text: line.text.slice(at), references: line.references.map((r) => ({ ...r, expandedFrom: cut(r.expandedFrom), expandedTo: cut(r.expandedTo) })) };
}
