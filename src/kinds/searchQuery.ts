import type { Span } from "../source/range.js";
import { pieceCount } from "../source/pieceCount.js";
import { pairName } from "./pairName.js";

/**
 * The search for order items takes its parameters in the URL. A string payload (the whole
 * URL, or the query string with or without its `?`) is split into its parameters: each name
 * with its values (decoded) in the order written, a repeated one's apart.
 */
export function searchParameterValues(text: string): Map<string, string[]> {
  const { query } = searchParts(text);
  const parameters = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(query)) {
    const earlier = parameters.get(name);
    if (earlier === undefined) parameters.set(name, [value]);
    else earlier.push(value);
  }
  return parameters;
}

/**
 * The URL a search string calls, without its query: what stands before its `?`, or the whole
 * of a URL with a scheme and no `?`; undefined for a query string (with or without its `?`).
 */
export function searchUrlBeforeQuery(text: string): string | undefined {
  const { url } = searchParts(text);
  return url === "" ? undefined : url;
}

/**
 * A search string's URL before its `?` and its query after it, both cut at the `#`: a client
 * never sends the fragment (RFC 3986 §3.5), so a `?` inside it starts no query (found by the
 * request files audit: `…/orderItem/#?orderID=1` passed). A URL with a scheme and no `?` has no
 * query, a string with neither is all query.
 */
function searchParts(text: string): { url: string; query: string } {
  const trimmed = text.trim();
  const hash = trimmed.indexOf("#");
  const sent = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const question = sent.indexOf("?");
  if (question >= 0) return { url: sent.slice(0, question), query: sent.slice(question + 1) };
  return /^[a-z]+:\/\//i.test(sent) ? { url: sent, query: "" } : { url: "", query: sent };
}

/**
 * The parameters that take a comma-separated list of terms: the document's "A single or list
 * of" IDs, itemState (the schema's reading of "multiple terms of the same parameter") and
 * sortBy ("The field(s)"). A repeat of one of them is checked as the list it would join into.
 */
export const commaListParameters: ReadonlySet<string> = new Set(["orderID", "shipmentID", "retailerID", "manufacturerID", "catalogIDs", "itemState", "sortBy"]);

/**
 * The parameters the document types as strings only ("itemStateenum", "sortBystring"): the
 * others take integers. A number given for one of these in the object form is sent as its
 * String, in digits too (`{ sortBy: 5 }` is `sortBy=5`), and gets that string's verdict.
 */
export const stringParameters: ReadonlySet<string> = new Set(["itemState", "sortBy"]);

/**
 * Where each parameter of a search URL or query string stands in it: the span of each of its
 * `name=value` pairs, in the order written, by the name searchParameterValues gives it (decoded).
 */
export function searchParameterOccurrences(text: string): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  const query = searchQueryBounds(text);
  if (query === undefined) return spans;
  const { start, stop } = query;
  for (let from = start; from <= stop; ) {
    const amp = text.indexOf("&", from);
    const to = amp >= 0 && amp < stop ? amp : stop;
    if (to > from) {
      const name = pairName(text.slice(from, to));
      if (name !== undefined) {
        const span = { offset: from, length: to - from };
        const earlier = spans.get(name);
        if (earlier === undefined) spans.set(name, [span]);
        else earlier.push(span);
      }
    }
    from = to + 1;
  }
  return spans;
}

/**
 * Where each parameter of a search URL or query string stands in it: the span of its first
 * `name=value` pair. A diagnostic about a parameter is placed there, inside the string.
 */
export function searchParameterSpans(text: string): Map<string, Span> {
  return new Map([...searchParameterOccurrences(text)].map(([name, spans]) => [name, spans[0] as Span]));
}

/**
 * Where the query of a search URL or query string stands: after its `?` (the whole text,
 * trimmed, when it has none), up to its `#` or its trailing blanks; undefined for a URL with
 * no query (a `?` past the `#` is the fragment's, as searchParts reads it).
 */
export function searchQueryBounds(text: string): { readonly start: number; readonly stop: number } | undefined {
  const end = text.trimEnd().length;
  const hash = text.indexOf("#");
  const stop = hash >= 0 && hash < end ? hash : end;
  const question = text.indexOf("?");
  const sentQuestion = question >= 0 && question < stop ? question : -1;
  const lead = text.length - text.trimStart().length;
  if (sentQuestion < 0 && /^[a-z]+:\/\//i.test(text.slice(lead))) return undefined;
  return { start: sentQuestion >= 0 ? sentQuestion + 1 : lead, stop };
}

/** How many parameters a search URL or query string holds, counted no further than `atMost + 1`. */
export function searchParameterCount(text: string, atMost: number): number {
  const query = searchQueryBounds(text);
  return query === undefined ? 0 : pieceCount(text, query.start, query.stop, "&", atMost);
}
