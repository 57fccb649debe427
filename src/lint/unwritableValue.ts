import type { Diagnostic } from "../engine/diagnostic.js";
import { valuePlace } from "./valuePlace.js";
import type { UnwritablePlace } from "../json/writtenValue.js";
import { pointerWithoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { namesBigInt } from "./schemaWording.js";

const why: Readonly<Record<UnwritablePlace["reason"], string>> = {
  toJSON: "its toJSON threw",
  cycle: "it holds itself, a cycle",
  bigint: "a BigInt: send Number(value) where the field takes a number (exact up to 2^53 − 1), String(value) where it takes a string",
  unreadable: "reading it threw, a getter or Proxy trap",
  conversion: "a String or Number object whose conversion to a primitive threw: its Symbol.toPrimitive, valueOf or toString threw or answered an object, or it has none",
};

/** What a toJSON answered that JSON.stringify cannot write, by what stands at the place `at` in it. */
const answerWhy: Readonly<Record<UnwritablePlace["reason"], (at: string) => string>> = {
  toJSON: (at) => `its toJSON answers a value whose own toJSON at ${at} threw`,
  cycle: (at) => `its toJSON answers a value that holds itself at ${at}, a cycle`,
  bigint: (at) => `its toJSON answers a value holding a BigInt at ${at}`,
  unreadable: (at) => `its toJSON answers a value that could not be read at ${at}, a getter or Proxy trap threw`,
  conversion: (at) => `its toJSON answers a value holding a String or Number object at ${at} whose conversion to a primitive threw`,
};

/** JSON.stringify throws at this place, so no body can be sent: it fails as the schema's type check does, as an unreadable value does. */
function unwritableDiagnostic({ path, reason, inAnswerAt }: UnwritablePlace): Diagnostic {
  const cause = inAnswerAt === undefined ? why[reason] : answerWhy[reason](pointerWithoutSecretLookalikes(inAnswerAt));
  const message = `${valuePlace(path)} could not be written (${cause}): JSON.stringify throws on it, so no JSON can be sent; pass plain data, such as the parsed request body`;
  return { ruleId: "schema", messageId: "type", severity: "error", evidence: "stated", message, path };
}

/** A schema finding naming the BigInt it refused: JSON.stringify throws there, so it is the schema's error, whatever the type check's level. */
function asUnwritableError(finding: Diagnostic): Diagnostic {
  return finding.severity === "error" && finding.ruleId === "schema" ? finding : { ...finding, ruleId: "schema", messageId: "type", severity: "error", evidence: "stated" };
}

/**
 * Whether the pointer is one of the places or below one. Its ancestors are asked of the map,
 * each a slice as long as the pointer: a pointer levels deep costs levels × its length, so
 * with few places each is asked of the pointer instead (found by the review of the session:
 * 100,000 BigInts 400 levels deep took 94 s, with no place to ask of at all).
 */
function atOrUnder(path: string, places: ReadonlyMap<string, unknown>): boolean {
  if (places.size === 0) return false;
  if (places.has("")) return true;
  if (places.size <= fewPlaces) {
    for (const place of places.keys()) if (path === place || (path.startsWith(place) && path[place.length] === "/")) return true;
    return false;
  }
  for (let at = path; at !== ""; at = at.slice(0, at.lastIndexOf("/"))) if (places.has(at)) return true;
  return false;
}

/** Places few enough to ask each of a pointer: no more than a pointer has levels to ask of them. */
const fewPlaces = 16;

/**
 * The findings of a value as sent, with one finding at each place JSON.stringify cannot write.
 * An empty object stood there when the value was checked: any finding at or under the place
 * is about that stand-in, never sent (nothing can be), so the place's own finding replaces
 * them: one cause, one finding.
 */
export function withUnwritable(found: Diagnostic[], unwritable: readonly UnwritablePlace[]): Diagnostic[] {
  if (unwritable.length === 0) return found;
  // A BigInt was checked where it stands: a schema finding there names it already (its type,
  // with the way out), and is that place's one finding, an error whatever the type check's level
  // (a warning, productID's "our reading" of its type, left a body JSON.stringify throws on valid:
  // found by the audit of a checkout service's pre-submit check). Elsewhere this place is its one
  // finding, in place of any other about its value (a custom data value's inferred "should be a
  // string"), a finding about its key kept (found by the review of the stop: an option's BigInt,
  // or one under an unknown key, left a body JSON.stringify throws on valid).
  // A BigInt inside a toJSON's answer is the answer's one finding, at the toJSON's place.
  const standing = unwritable.filter((place) => place.reason !== "bigint" || place.inAnswerAt !== undefined);
  // By pointer: two places whose pointers were cut at the same length (placePointer) are one finding.
  const places = new Map(standing.map((place) => [place.path, place]));
  const bigIntPlaces = new Map(unwritable.filter((place) => place.reason === "bigint" && place.inAnswerAt === undefined && !atOrUnder(place.path, places)).map((place) => [place.path, place]));
  const namesIt = (finding: Diagnostic): boolean => bigIntPlaces.has(finding.path) && finding.at !== "key" && finding.ruleId.startsWith("schema") && finding.message.includes(namesBigInt);
  const named = new Set(found.filter(namesIt).map((finding) => finding.path));
  const bigInts = [...bigIntPlaces.values()].filter((place) => !named.has(place.path));
  const kept = found
    .filter((finding) => !atOrUnder(finding.path, places) && !(bigIntPlaces.has(finding.path) && finding.at !== "key" && !namesIt(finding)))
    .map((finding) => (namesIt(finding) ? asUnwritableError(finding) : finding));
  return [...kept, ...[...places.values(), ...bigInts].map(unwritableDiagnostic)];
}
