import type { Span } from "../source/range.js";
import { pathSegmentSpan } from "./urlLinePlaces.js";

/**
 * A path segment's place in the URL as written (UrlPart.pathSegmentFromEnd), where it is the
 * segment sent: where it stands, its variables filled, at the sent segment's place in the URL
 * sent (`sentOffset` maps a written offset there). A variable before it may end the path with a
 * `?` or `#` of its own and hold the segment sent (`…/order/{{x}}/customData/abc`, x holding
 * `5/customData/zzz?q=`, sends the record ID zzz): the written one is then none sent, no place is
 * given, and the finding spans the whole URL (found probing the fix for seed 47 of the suite).
 */
export function speltSegmentSpan(writtenUrl: string, sentUrl: string, fromEnd: number, sentOffset: (writtenOffset: number) => number | undefined): Span | undefined {
  const span = pathSegmentSpan(writtenUrl, fromEnd);
  if (span === undefined) return undefined;
  const sent = pathSegmentSpan(sentUrl, fromEnd);
  return sent !== undefined && sentOffset(span.offset) === sent.offset ? span : undefined;
}
