import type { RuleSet } from "../engine/ruleSet.js";
import { escapeSegment, isContainer, resolves, segments, valueAt } from "../json/jsonPointer.js";
import type { Span } from "../source/range.js";
import { locatePointers } from "../source/sourceWalk.js";
import { holdsVariable } from "./matchEndpoint.js";
import { stringHoldsVariable } from "./quotedVariables.js";

/**
 * A place of a request body whose text the client fills (REST Client's
 * VariableProcessor.processRawRequest and Postman fill every `{{…}}` of the body's text, keys
 * included): a string holding a variable, whose value oms-lint cannot know; or a member whose
 * key holds one, which may be any key of its object.
 */
export interface UnfilledPlace {
  readonly segments: readonly string[];
  /** Whether it is the key that holds the variable. */
  readonly key: boolean;
}

/** A finding as the guard reads it. */
interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly path: string;
}

/**
 * The places of a parsed body that hold a variable the client fills, told on the text as written
 * (an escaped brace, `\u007b`, is sent as it stands: quotedVariables.ts). The value is walked once
 * for candidates, by a stack (a body may nest as deep as the limits allow), and the text once for
 * their places.
 */
export function unfilledPlaces(value: unknown, text: string): UnfilledPlace[] {
  const candidates = variableCandidates(value);
  if (candidates.length === 0) return [];
  const keys = new Map<string, Span>();
  const values = locatePointers(
    text,
    candidates.map((candidate) => candidate.pointer),
    keys,
  );
  return candidates.filter((candidate) => {
    const span = (candidate.key ? keys : values).get(candidate.pointer);
    return span !== undefined && stringHoldsVariable(text, span.offset);
  });
}

interface Candidate extends UnfilledPlace {
  readonly pointer: string;
}

/** The strings and keys of a value whose text, as parsed, holds a `{{name}}`. */
function variableCandidates(value: unknown): Candidate[] {
  const found: Candidate[] = [];
  const stack: { readonly value: unknown; readonly segments: readonly string[]; readonly pointer: string }[] = [{ value, segments: [], pointer: "" }];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (typeof at.value === "string" && holdsVariable(at.value)) found.push({ segments: at.segments, pointer: at.pointer, key: false });
    if (!isContainer(at.value)) continue;
    const isObject = !Array.isArray(at.value);
    for (const key of Object.keys(at.value)) {
      const place = { segments: [...at.segments, key], pointer: `${at.pointer}/${escapeSegment(key)}` };
      if (isObject && holdsVariable(key)) found.push({ ...place, key: true });
      stack.push({ ...place, value: Reflect.get(at.value, key) });
    }
  }
  return found;
}

/**
 * Whether a finding judges a value it did not see: a value its rule reads besides its own
 * (RuleMeta.reads) holds a variable, or a key holding one may be that value's key; or it says
 * a field is missing (the schema's required, a rule's finding at a field the body lacks) from an
 * object holding a key the client names, which may be that field.
 */
export function readsUnfilled(finding: Finding, set: RuleSet, value: unknown, places: readonly UnfilledPlace[]): boolean {
  if (places.length === 0) return false;
  const own = segments(finding.path);
  const reads = (set.byId.get(finding.ruleId)?.meta.reads?.[finding.messageId] ?? []).map(segments);
  const missingFrom = objectMissingAField(finding, own, value);
  return places.some((place) => reads.some((read) => placeMatches(read, own, place)) || (missingFrom !== undefined && place.key && isMemberOf(place, missingFrom)));
}

/**
 * Where a finding says a field is missing, the object that lacks it: the object a schema
 * finding of several missing fields stands at, or the one that holds the place of a field absent.
 */
function objectMissingAField(finding: Finding, own: readonly string[], value: unknown): readonly string[] | undefined {
  if (!resolves(value, finding.path)) return own.slice(0, -1);
  const held = valueAt(value, finding.path);
  return finding.messageId === "required" && isContainer(held) && !Array.isArray(held) ? own : undefined;
}

function isMemberOf(place: UnfilledPlace, object: readonly string[]): boolean {
  return place.segments.length === object.length + 1 && object.every((segment, index) => place.segments[index] === segment);
}

/**
 * Whether a place is one a read names: `*` any entry, `@` the entry the finding's own pointer
 * has there (any, where the finding stands above it); a key the client names, any name.
 */
function placeMatches(read: readonly string[], own: readonly string[], place: UnfilledPlace): boolean {
  if (read.length !== place.segments.length) return false;
  return read.every((segment, index) => {
    const at = place.segments[index];
    if (segment === "*") return true;
    if (segment === "@") return own[index] === undefined || own[index] === at;
    return segment === at || (place.key && index === read.length - 1);
  });
}
