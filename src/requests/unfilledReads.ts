import type { RuleSet } from "../engine/ruleSet.js";
import { escapeSegment, isContainer, parentPointer, resolves, segments, valueAt } from "../json/jsonPointer.js";
import { missingFieldsCount } from "../lint/schemaWording.js";
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
  readonly message: string;
}

/**
 * The places of a body, indexed for the findings judged against them: a finding's reads bound
 * to its own payment or item name one pointer each, looked up, not searched for (a body of
 * 70,000 lines, each with a variable and a finding, is judged in linear time).
 */
export interface UnfilledPlaces {
  readonly all: readonly UnfilledPlace[];
  /** The pointers of the strings holding a variable. */
  readonly strings: ReadonlySet<string>;
  /** The pointers of the objects holding a key that holds one, with how many such keys each holds. */
  readonly keyHolders: ReadonlyMap<string, number>;
}

/**
 * The places of a parsed body that hold a variable the client fills, told on the text as written
 * (an escaped brace, `\u007b`, is sent as it stands: quotedVariables.ts). The value is walked once
 * for candidates, by a stack (a body may nest as deep as the limits allow).
 */
export function unfilledPlaces(value: unknown, text: string): UnfilledPlaces {
  const candidates = variableCandidates(value);
  const all = text.includes("\\") ? asWritten(candidates, text) : candidates;
  const keyHolders = new Map<string, number>();
  for (const place of all) {
    if (!place.key) continue;
    const object = parentPointer(place.pointer) ?? "";
    keyHolders.set(object, (keyHolders.get(object) ?? 0) + 1);
  }
  return { all, strings: new Set(all.filter((place) => !place.key).map((place) => place.pointer)), keyHolders };
}

/**
 * The candidates whose text as written holds the variable. Only a text with an escape can
 * differ from its parsed strings (`\u007b{x}}` parses to "{{x}}"), so only such a text is walked
 * for their places: the walk cost as much as the lint's own parse (1.4 s at 20,000 items).
 */
function asWritten(candidates: readonly Candidate[], text: string): Candidate[] {
  if (candidates.length === 0) return [];
  const keys = new Map<string, Span>();
  const values = locatePointers(text, candidates.map((candidate) => candidate.pointer), keys);
  return candidates.filter((candidate) => {
    const span = (candidate.key ? keys : values).get(candidate.pointer);
    return span !== undefined && stringHoldsVariable(text, span.offset);
  });
}

interface Candidate extends UnfilledPlace {
  readonly pointer: string;
}

/** A value met in the walk: its pointer is made only for a candidate, from its parents' keys. */
interface Met {
  readonly value: unknown;
  readonly parent: Met | undefined;
  readonly key: string;
}

/** The strings and keys of a value whose text, as parsed, holds a `{{name}}`. */
function variableCandidates(value: unknown): Candidate[] {
  const found: Candidate[] = [];
  const candidate = (met: Met, key: boolean) => {
    const path = segmentsOf(met);
    found.push({ segments: path, pointer: pointerOf(path), key });
  };
  const stack: Met[] = [{ value, parent: undefined, key: "" }];
  for (let met = stack.pop(); met !== undefined; met = stack.pop()) {
    if (typeof met.value === "string" && holdsVariable(met.value)) candidate(met, false);
    if (!isContainer(met.value)) continue;
    const isObject = !Array.isArray(met.value);
    for (const key of Object.keys(met.value)) {
      const inner: Met = { value: Reflect.get(met.value, key), parent: met, key };
      if (isObject && holdsVariable(key)) candidate(inner, true);
      stack.push(inner);
    }
  }
  return found;
}

function segmentsOf(met: Met): string[] {
  const path: string[] = [];
  for (let at: Met | undefined = met; at?.parent !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Whether a finding judges a value it did not see: a value its rule reads besides its own
 * (RuleMeta.reads) holds a variable, or a key holding one may be that value's key; or it says
 * fields are missing (the schema's required, a rule's finding at a field the body lacks) from an
 * object holding as many keys the client names as the findings there say are missing, which
 * may be those fields (MissingTally).
 */
export function readsUnfilled(finding: Finding, set: RuleSet, value: unknown, places: UnfilledPlaces, tally: MissingTally): boolean {
  if (places.all.length === 0) return false;
  const own = segments(finding.path);
  const claim = missingClaim(finding, own, value);
  if (claim !== undefined && tally.covered(claim.object)) return true;
  const reads = set.byId.get(finding.ruleId)?.meta.reads?.[finding.messageId] ?? [];
  return reads.some((read) => readsFallback(read.split(fallbackSeparator), own, value, places));
}

/** Between the places of a read that a rule reads one after the other, each only where those before it hold no string (RuleMeta.reads). */
const fallbackSeparator = " ?? ";

/**
 * Whether a read of places in turn names an unfilled place: the first is read, the next only where
 * it holds no string (the method's paymentType, else the payment's own: a variable in the
 * payment's own is not read where the method gives one; audit).
 */
function readsFallback(inTurn: readonly string[], own: readonly string[], value: unknown, places: UnfilledPlaces): boolean {
  for (const place of inTurn) {
    const read = segments(place);
    if (readsPlace(read, own, places)) return true;
    const bound = read.map((segment, index) => (segment === "@" ? (own[index] ?? "*") : segment));
    if (bound.includes("*") || typeof valueAt(value, pointerOf(bound)) !== "string") continue;
    return false;
  }
  return false;
}

/** What a finding says is missing: from which object (its pointer), and how many fields. */
interface MissingClaim {
  readonly object: string;
  readonly count: number;
}

/**
 * Where a finding says fields are missing, the object that lacks them and how many: one field,
 * from the object holding the place of a field absent, or holding the misspelt key a missing
 * field stands at (which the key the client names may make a mere unknown property); or, for the
 * schema's one finding at an object that lacks several, those it counts.
 */
function missingClaim(finding: Finding, own: readonly string[], value: unknown): MissingClaim | undefined {
  const holder = { object: pointerOf(own.slice(0, -1)), count: 1 };
  if (!resolves(value, finding.path)) return holder;
  if (finding.messageId !== "required") return undefined;
  const held = valueAt(value, finding.path);
  const several = isContainer(held) && !Array.isArray(held) ? missingFieldsCount(finding.message, finding.path) : undefined;
  return several === undefined ? holder : { object: finding.path, count: several };
}

/**
 * The fields the findings of a body say are missing, per object holding keys the client names:
 * an object's findings give way only where its keys can be all of those fields (one `{{k}}` in
 * a body of nothing else had hidden its 12 missing fields). Where they cannot, the findings stand,
 * each noting that a key may be one of them.
 */
export interface MissingTally {
  /** Whether the keys the client names in an object can be every field its findings say it lacks. */
  covered(object: string): boolean;
  /** What a standing finding of an object holding such keys adds: that one may be the field. */
  note(finding: Finding): string | undefined;
}

export function missingTally(findings: readonly Finding[], value: unknown, places: UnfilledPlaces): MissingTally {
  const said = new Map<string, number>();
  const told = new Set<string>();
  const claimOf = (finding: Finding) => (places.keyHolders.size === 0 ? undefined : missingClaim(finding, segments(finding.path), value));
  for (const finding of findings) {
    const claim = claimOf(finding);
    if (claim === undefined || !places.keyHolders.has(claim.object)) continue;
    // A field two findings say is missing (the schema's and a rule's) is one field.
    const field = `${claim.object}\u0000${claim.count === 1 ? finding.path : finding.message}`;
    if (told.has(field)) continue;
    told.add(field);
    said.set(claim.object, (said.get(claim.object) ?? 0) + claim.count);
  }
  const keysIn = (object: string) => places.keyHolders.get(object) ?? 0;
  return {
    covered: (object) => keysIn(object) > 0 && keysIn(object) >= (said.get(object) ?? 0),
    note(finding) {
      const claim = claimOf(finding);
      const keys = claim === undefined ? 0 : keysIn(claim.object);
      if (claim === undefined || keys === 0) return undefined;
      const missing = said.get(claim.object) ?? claim.count;
      return keys === 1 ? `a key the client fills may stand for one of the ${missing} fields missing here` : `${keys} keys the client fills may stand for ${keys} of the ${missing} fields missing here`;
    },
  };
}

/** Whether a read, its `@` bound to the finding's own entries, names an unfilled place: looked up where it names one pointer. */
function readsPlace(read: readonly string[], own: readonly string[], places: UnfilledPlaces): boolean {
  const bound = read.map((segment, index) => (segment === "@" ? (own[index] ?? "*") : segment));
  if (bound.includes("*")) return places.all.some((place) => placeMatches(bound, place));
  // The string there, or a key the client names beside it, which may be its key.
  return places.strings.has(pointerOf(bound)) || places.keyHolders.has(pointerOf(bound.slice(0, -1)));
}

/** Whether a place is one a read names, `*` any entry; a key the client names, any name. */
function placeMatches(read: readonly string[], place: UnfilledPlace): boolean {
  if (read.length !== place.segments.length) return false;
  return read.every((segment, index) => segment === "*" || segment === place.segments[index] || (place.key && index === read.length - 1));
}

function pointerOf(path: readonly string[]): string {
  return path.map((segment) => `/${escapeSegment(segment)}`).join("");
}
