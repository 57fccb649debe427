/**
 * Where a part of a .http request's URL stands in the file when the URL is written over several
 * lines (REST Client's `?`/`&` continuation lines, JetBrains' `/` path and segment lines): the
 * client joins the lines, each trimmed, and a part's place in the joined text is mapped back to
 * its line. A URL of one line is the case of one line.
 */
import type { SourceRange, Span } from "../source/range.js";
import { ownField } from "../engine/ownField.js";
import { firstIndex } from "../source/firstIndex.js";
import { sentOffsetIn, type SentPlace } from "./sentUrlOffsets.js";

/** A line of a URL as written: its line in the file, the column its text starts at (1-based), and its text, trimmed. */
export interface UrlLine {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** Where its text, as filled, stands in the URL sent; undefined where it is not sent there in one piece. */
  readonly sent?: SentPlace;
}

/** The URL's lines joined as the client joins them (the text a part's span is found in). */
export function joinedUrlText(lines: readonly UrlLine[]): string {
  return lines.map(({ text }) => text).join("");
}

/** Where each offset of the joined text (joinedUrlText) stands in the URL sent; undefined where that is not known (sentOffsetIn). Its line found by binary search: a URL may run over many lines. */
export function sentUrlOffsets(lines: readonly UrlLine[]): (offset: number) => number | undefined {
  const starts: number[] = [];
  let from = 0;
  for (const { text } of lines) {
    starts.push(from);
    from += text.length;
  }
  return (offset) => {
    if (offset < 0 || offset >= from) return undefined;
    const index = firstIndex(starts.length, (i) => (starts[i] as number) > offset) - 1;
    // Its own: a polluted Object.prototype.sent is no place.
    return sentOffsetIn(ownField(lines[index] as UrlLine, "sent"), offset - (starts[index] as number));
  };
}

/** The whole URL: from its first line's text to its last line's end. */
export function wholeUrlRange(lines: readonly UrlLine[]): SourceRange {
  const [first, last] = [lines[0] as UrlLine, lines.at(-1) as UrlLine];
  return { line: first.line, column: first.column, endLine: last.line, endColumn: last.column + last.text.length };
}

/** The range of a span of the joined text (joinedUrlText): each end on the line that holds it. */
export function urlSpanRange(lines: readonly UrlLine[], span: Span): SourceRange {
  const start = positionOf(lines, span.offset, false);
  const end = positionOf(lines, span.offset + span.length, true);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The line and column of an offset of the joined text; an end offset at a line's end stays on that line. */
function positionOf(lines: readonly UrlLine[], offset: number, isEnd: boolean): { line: number; column: number } {
  let from = 0;
  for (const { line, column, text } of lines) {
    const to = from + text.length;
    if (offset < to || (isEnd && offset === to)) return { line, column: column + offset - from };
    from = to;
  }
  const last = lines.at(-1) as UrlLine;
  return { line: last.line, column: last.column + last.text.length };
}

/**
 * The span of the path segment `fromEnd` from the path's end (UrlPart.pathSegmentFromEnd; empty
 * segments skipped) in a URL as written. Undefined where the text does not spell it out: the
 * segment or one after it holds a variable (its value may hold several segments, or be the
 * segment itself), or the path holds a `.` or `..` segment (removed before the match); as
 * pathEntryPointer reads a Postman url object's path.
 */
export function pathSegmentSpan(url: string, fromEnd: number): Span | undefined {
  if (fromEnd < 0) return undefined;
  const queryAt = url.search(/[?#]/);
  const end = queryAt < 0 ? url.length : queryAt;
  const segments: Span[] = [];
  for (let from = pathStart(url, end); from < end; ) {
    const slash = url.indexOf("/", from);
    const to = slash < 0 || slash > end ? end : slash;
    if (to > from) segments.push({ offset: from, length: to - from });
    from = to + 1;
  }
  const texts = segments.map(({ offset, length }) => url.slice(offset, offset + length));
  if (texts.some((text) => text === "." || text === "..")) return undefined;
  const at = segments.length - 1 - fromEnd;
  if (at < 0 || texts.slice(at).some((text) => text.includes("{{"))) return undefined;
  return segments[at];
}

/** Where the path starts: past the scheme and host (`https://host`), or past a host written without a scheme; at a `/` or a variable (`{{base}}`) where it opens. */
function pathStart(url: string, end: number): number {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (scheme === null && (url.startsWith("/") || url.startsWith("{{"))) return 0;
  const slash = url.indexOf("/", scheme === null ? 0 : scheme[0].length);
  return slash < 0 || slash > end ? end : slash;
}
