import type { RuleSet } from "../engine/ruleSet.js";
import { escapeSegment, isContainer, parentPointer, resolves, segments, valueAt } from "../json/jsonPointer.js";
import { missingFieldsListed } from "../lint/schemaWording.js";
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
  const claim = missingClaim(finding, own, value, set);
  if (claim !== undefined && tally.covered(claim.object)) return true;
  // Where the keys the client names were counted against the fields missing, they are not also any field a read names.
  const reading: Reading = { own, value, places, counted: claim?.object };
  const reads = set.byId.get(finding.ruleId)?.meta.reads?.[finding.messageId] ?? [];
  return reads.some((read) => readsFallback(read.split(fallbackSeparator), reading));
}

/** Between the places of a read that a rule reads one after the other, each only where those before it hold no string (RuleMeta.reads). */
const fallbackSeparator = " ?? ";

/**
 * Whether a read of places in turn names an unfilled place: the first is read, the next only where
 * it holds no string (the method's paymentType, else the payment's own: a variable in the
 * payment's own is not read where the method gives one; audit).
 */
function readsFallback(inTurn: readonly string[], reading: Reading): boolean {
  const { own, value } = reading;
  for (const place of inTurn) {
    const read = segments(place);
    if (readsPlace(read, reading)) return true;
    const bound = read.map((segment, index) => (segment === "@" ? (own[index] ?? "*") : segment));
    if (bound.includes("*") || typeof valueAt(value, pointerOf(bound)) !== "string") continue;
    return false;
  }
  return false;
}

/** What a finding says is missing: from which object (its pointer), how many fields, and the names it gives of them. */
interface MissingClaim {
  readonly object: string;
  readonly count: number;
  /** One field's own name; for a list, the names its entries lead with, which a field a rule says is missing may be. */
  readonly names: readonly string[];
}

/**
 * Where a finding says fields are missing, the object that lacks them and how many: one field,
 * from the object holding the place of a field absent, or holding the misspelt key a missing
 * field stands at (which the key the client names may make a mere unknown property); or, for the
 * schema's one finding at an object that lacks several, those it counts.
 */
function missingClaim(finding: Finding, own: readonly string[], value: unknown, set: RuleSet): MissingClaim | undefined {
  const object = pointerOf(own.slice(0, -1));
  // A rule's finding at a field absent: the fields its message says are missing (carrier-triplet's missingTwo names two).
  if (!resolves(value, finding.path)) return { object, count: set.byId.get(finding.ruleId)?.meta.fieldsMissing?.[finding.messageId] ?? 1, names: own.slice(-1) };
  if (finding.messageId !== "required") return undefined;
  const held = valueAt(value, finding.path);
  const listed = isContainer(held) && !Array.isArray(held) ? missingFieldsListed(finding.message, finding.path) : undefined;
  // A field missing that stands at a misspelt key: its name is the message's, not the key's.
  return listed === undefined ? { object, count: 1, names: [] } : { object: finding.path, ...listed };
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

export function missingTally(findings: readonly Finding[], value: unknown, places: UnfilledPlaces, set: RuleSet): MissingTally {
  const claimOf = (finding: Finding) => (places.keyHolders.size === 0 ? undefined : missingClaim(finding, segments(finding.path), value, set));
  const claims = new Map<string, MissingClaim[]>();
  for (const finding of findings) {
    const claim = claimOf(finding);
    if (claim === undefined || !places.keyHolders.has(claim.object)) continue;
    claims.set(claim.object, [...(claims.get(claim.object) ?? []), claim]);
  }
  const said = new Map([...claims].map(([object, made]) => [object, fieldsSaidMissing(made)]));
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

/**
 * How many fields an object's findings say it lacks: each list's count (the schema's finding of
 * several, carrier-triplet's two), and each field a finding names alone that no list names (a
 * field both the schema's list and a rule say is missing is one field: found by the audit).
 */
function fieldsSaidMissing(claims: readonly MissingClaim[]): number {
  const lists = claims.filter((claim) => claim.count > 1 || claim.names.length !== 1);
  const listed = new Set(lists.flatMap((claim) => claim.names));
  const alone = new Set(claims.filter((claim) => !lists.includes(claim) && !listed.has(claim.names[0] as string)).map((claim) => claim.names[0]));
  return lists.reduce((sum, claim) => sum + claim.count, 0) + alone.size;
}

/** A finding's reads as they are judged: its own place, the body, its unfilled places, and the object whose keys the client names were counted against the fields missing there. */
interface Reading {
  readonly own: readonly string[];
  readonly value: unknown;
  readonly places: UnfilledPlaces;
  readonly counted: string | undefined;
}

/** Whether a read, its `@` bound to the finding's own entries, names an unfilled place: looked up where it names one pointer. */
function readsPlace(read: readonly string[], reading: Reading): boolean {
  const { own, places } = reading;
  const bound = read.map((segment, index) => (segment === "@" ? (own[index] ?? "*") : segment));
  if (bound.includes("*")) return places.all.some((place) => placeMatches(bound, place, reading));
  // The string there, or a key the client names beside it, which may be its key.
  return places.strings.has(pointerOf(bound)) || (places.keyHolders.has(pointerOf(bound.slice(0, -1))) && keyMayBe(bound, reading));
}

/**
 * Whether a key the client names in the object holding a read place may be that place's key: not
 * where the object writes that key already (filled to it, the body would send the key twice:
 * duplicate-key's finding, and the rule reads the one written; our reading), nor where its keys
 * were counted against the fields its findings say are missing.
 */
function keyMayBe(read: readonly string[], reading: Reading): boolean {
  const object = read.slice(0, -1);
  if (reading.counted !== undefined && pointerOf(object) === reading.counted) return false;
  const held = valueAt(reading.value, pointerOf(object));
  return !(isContainer(held) && Object.hasOwn(held, read.at(-1) as string));
}

/** Whether a place is one a read names, `*` any entry; a key the client names, any name the object may lack. */
function placeMatches(read: readonly string[], place: UnfilledPlace, reading: Reading): boolean {
  if (read.length !== place.segments.length) return false;
  const named = (segment: string, index: number) => segment === "*" || segment === place.segments[index];
  if (!place.key) return read.every(named);
  // A key the client names: any name for the read's last segment, its object as the read names it.
  if (!read.slice(0, -1).every(named)) return false;
  return read.at(-1) === "*" || keyMayBe([...place.segments.slice(0, -1), read.at(-1) as string], reading);
}

function pointerOf(path: readonly string[]): string {
  return path.map((segment) => `/${escapeSegment(segment)}`).join("");
}
