import type { Span } from "../source/range.js";
import { searchParameterOccurrences } from "../kinds/searchQuery.js";
import { segments } from "../json/jsonPointer.js";
import { pairName } from "../kinds/pairName.js";

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
 * occurrence: the written parameter, of that name, that stands, once its variables are filled,
 * where the sent one starts in the URL sent (`sentOffset` maps a written offset there), with the
 * same text as sent, or text holding a variable the client fills. A variable elsewhere in the
 * URL may hold parameters of its own: `…/{{q}}` over `?orderID=1`, with q `?orderID=1`, sends
 * `?orderID=1?orderID=1`, one orderID of value `1?orderID=1` (seed 38 of the suite); `{{v0}}`
 * holding `?itemState=GONE` over a written `?itemState=GONE` sends the value's first (seed 47).
 * The written occurrence is then another parameter, or none is sent, and no place is given: the
 * finding spans the whole URL. A written parameter starts after a written `?` or `&`, the query's
 * `?` being the written one or one a variable before it holds (`{{q}}` holding `?orderID=1`, then
 * `&perPage=500`): which it is, the URL sent tells.
 */
export function speltParameterPlacer(writtenUrl: string, sentUrl: string, sentOffset: (writtenOffset: number) => number | undefined): ParameterPlacer {
  const sent = parameterPlacer(sentUrl);
  /** The written parameters, by where they start in the URL sent. */
  let bySentOffset: Map<number, Span> | undefined;
  return (path, occurrence) => {
    const at = sent(path, occurrence);
    if (at === undefined) return undefined;
    bySentOffset ??= writtenBySentOffset(writtenUrl, sentOffset);
    const span = bySentOffset.get(at.offset);
    if (span === undefined) return undefined;
    const text = writtenUrl.slice(span.offset, span.offset + span.length);
    // Its name spelt out, as the sent one's: a variable that holds the name holds the parameter.
    if (pairName(text) !== segments(path)[0]) return undefined;
    return text.includes("{{") || sentUrl.slice(at.offset, at.offset + at.length) === text ? span : undefined;
  };
}

/**
 * Each `name=value` that may be a parameter in the URL as written, after each written `?` or `&`
 * (to the next `&`, `#` or the text's end), by the offset where it starts in the URL sent
 * (where that is known). One pass each way: a URL may hold a million of them.
 */
function writtenBySentOffset(writtenUrl: string, sentOffset: (writtenOffset: number) => number | undefined): Map<number, Span> {
  const placed = new Map<number, Span>();
  const end = writtenUrl.trimEnd().length;
  let next = end;
  for (let i = end - 1; i >= 0; i--) {
    const c = writtenUrl[i];
    if (c === "?" || c === "&") {
      const offset = sentOffset(i + 1);
      if (offset !== undefined && next > i + 1) placed.set(offset, { offset: i + 1, length: next - i - 1 });
    }
    if (c === "&" || c === "#") next = i;
  }
  return placed;
}
