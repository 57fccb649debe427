import type { Diagnostic } from "../engine/diagnostic.js";
import type { UnwritablePlace } from "../json/writtenValue.js";

const why: Readonly<Record<UnwritablePlace["reason"], string>> = {
  toJSON: "its toJSON threw",
  cycle: "it holds itself, a cycle",
};

/** JSON.stringify throws at this place, so no body can be sent: it fails as the schema's type check does, as an unreadable value does. */
function unwritableDiagnostic({ path, reason }: UnwritablePlace): Diagnostic {
  const place = path === "" ? "the payload" : `the value at ${path}`;
  const message = `${place} could not be written (${why[reason]}): JSON.stringify throws on it, so no JSON can be sent; pass plain data, such as the parsed request body`;
  return { ruleId: "schema", messageId: "type", severity: "error", evidence: "stated", message, path };
}

/** Whether the pointer is one of the places or below one: its ancestors asked of a set, as many places as findings costing no product of the two. */
function atOrUnder(path: string, places: ReadonlyMap<string, unknown>): boolean {
  if (places.has("")) return true;
  for (let at = path; at !== ""; at = at.slice(0, at.lastIndexOf("/"))) if (places.has(at)) return true;
  return false;
}

/**
 * The findings of a value as sent, with one finding at each place JSON.stringify cannot write.
 * An empty object stood there when the value was checked: any finding at or under the place
 * is about that stand-in, never sent (nothing can be), so the place's own finding replaces
 * them: one cause, one finding.
 */
export function withUnwritable(found: Diagnostic[], unwritable: readonly UnwritablePlace[]): Diagnostic[] {
  if (unwritable.length === 0) return found;
  // By pointer: two places whose pointers were cut at the same length (placePointer) are one finding.
  const places = new Map(unwritable.map((place) => [place.path, place]));
  const kept = found.filter((finding) => !atOrUnder(finding.path, places));
  return [...kept, ...[...places.values()].map(unwritableDiagnostic)];
}
