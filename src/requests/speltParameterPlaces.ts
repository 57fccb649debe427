import type { Span } from "../source/range.js";
import { searchParameterOccurrences } from "../kinds/searchQuery.js";
import { segments } from "../json/jsonPointer.js";

/** A parameter's place in a URL, by the pointer a finding names it by (`/perPage`) and its occurrence there. */
export type ParameterPlacer = (path: string, occurrence: number) => Span | undefined;

/**
 * Where a search finding stands in the URL as written: the `name=value` of the parameter its
 * pointer names (`/perPage`), found by name in the URL text (its nth occurrence, for one
 * given more than once; the first, if the text spells out fewer); undefined for a finding
 * about the whole query, or a parameter the text does not spell out (a variable, a
 * continuation line).
 */
export function parameterPlacer(rawUrl: string): ParameterPlacer {
  let spans: Map<string, Span[]> | undefined;
  return (path, occurrence) => {
    if (path === "") return undefined;
    spans ??= searchParameterOccurrences(rawUrl);
    const written = spans.get(segments(path)[0] as string);
    return written?.[occurrence] ?? written?.[0];
  };
}

/**
 * A parameter's place in the URL as written, where it spells out the parameter sent at that
 * occurrence: the written parameter that stands, once its variables are filled, where the sent
 * one starts in the URL sent (`sentOffset` maps a written offset there), with the same text as
 * sent, or text holding a variable the client fills. A variable elsewhere in the URL may hold
 * parameters of its own: `…/{{q}}` over `?orderID=1`, with q `?orderID=1`, sends
 * `?orderID=1?orderID=1`, one orderID of value `1?orderID=1` (seed 38 of the suite); `{{v0}}`
 * holding `?itemState=GONE` over a written `?itemState=GONE` sends the value's first (seed 47).
 * The written occurrence is then another parameter, or none is sent, and no place is given: the
 * finding spans the whole URL.
 */
export function speltParameterPlacer(writtenUrl: string, sentUrl: string, sentOffset: (writtenOffset: number) => number | undefined): ParameterPlacer {
  const sent = parameterPlacer(sentUrl);
  /** The written parameters of each name, by where they start in the URL sent. */
  let bySentOffset: Map<string, Map<number, Span>> | undefined;
  return (path, occurrence) => {
    const at = sent(path, occurrence);
    if (at === undefined) return undefined;
    bySentOffset ??= writtenBySentOffset(writtenUrl, sentOffset);
    const span = bySentOffset.get(segments(path)[0] as string)?.get(at.offset);
    if (span === undefined) return undefined;
    const text = writtenUrl.slice(span.offset, span.offset + span.length);
    return text.includes("{{") || sentUrl.slice(at.offset, at.offset + at.length) === text ? span : undefined;
  };
}

/** Each parameter spelt out in the URL as written, by name, then by the offset where it starts in the URL sent (where that is known). */
function writtenBySentOffset(writtenUrl: string, sentOffset: (writtenOffset: number) => number | undefined): Map<string, Map<number, Span>> {
  const placed = new Map<string, Map<number, Span>>();
  for (const [name, spans] of searchParameterOccurrences(writtenUrl)) {
    const byOffset = new Map<number, Span>();
    for (const span of spans) {
      const offset = sentOffset(span.offset);
      if (offset !== undefined) byOffset.set(offset, span);
    }
    placed.set(name, byOffset);
  }
  return placed;
}
