import type { RuleSet } from "../engine/ruleSet.js";
import { isContainer, resolves, segments, trailPointer, valueAt } from "../json/jsonPointer.js";
import { missingFieldsListed } from "../lint/schemaWording.js";
import type { UnfilledPlace, UnfilledPlaces } from "./unfilledPlaces.js";

/** A finding as the guard reads it. */
interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly path: string;
  readonly message: string;
  /** 2 an error, 1 a warning. */
  readonly severity: number;
}

/**
 * Whether a finding judges a value it did not see: a value its rule reads besides its own
 * (RuleMeta.reads) holds a variable (not a quoted one where the rule reads any string alike,
 * RuleMeta.readsAnyString: it sends a string whatever it fills to), or a key holding one may be
 * that value's key; or it says
 * fields are missing (the schema's required, a rule's finding at a field the body lacks) from an
 * object holding as many keys the client names as the findings there say are missing, which
 * may be those fields (MissingTally).
 */
export function readsUnfilled(finding: Finding, set: RuleSet, value: unknown, places: UnfilledPlaces, tally: MissingTally): boolean {
  if (places.count === 0) return false;
  const own = segments(finding.path);
  const claim = missingClaim(finding, own, value, set);
  if (claim !== undefined && tally.covered(claim.object, finding.severity)) return true;
  // Where the keys the client names were all counted against the fields missing, they are not also any other field a read
  // names; in the object of the finding's own fields, too few for them, not any (one key in carrier-triplet's two).
  return readsDrop(finding, set, { own, value, places, spent: (object, field) => object === claim?.object || tally.spent(object, field) });
}

/** Whether the fields a finding's rule reads for its message hold a variable, or may be a key the client names. */
function readsDrop(finding: Finding, set: RuleSet, reading: Reading): boolean {
  const meta = set.byId.get(finding.ruleId)?.meta;
  const reads = meta?.reads?.[finding.messageId] ?? [];
  const anyString = meta?.readsAnyString ?? [];
  return reads.some((read) => readsFallback(read.split(fallbackSeparator), reading, anyString));
}

/** Between the places of a read that a rule reads one after the other, each only where those before it hold no string (RuleMeta.reads). */
const fallbackSeparator = " ?? ";

/**
 * Whether a read of places in turn names an unfilled place: the first is read, the next only where
 * it holds no string (the method's paymentType, else the payment's own: a variable in the
 * payment's own is not read where the method gives one; audit).
 */
function readsFallback(inTurn: readonly string[], reading: Reading, anyString: readonly string[]): boolean {
  const { own, value } = reading;
  for (const place of inTurn) {
    const read = segments(place);
    if (readsPlace(read, reading, anyString.includes(place))) return true;
    const bound = read.map((segment, index) => (segment === "@" ? (own[index] ?? "*") : segment));
    if (bound.includes("*") || typeof valueAt(value, trailPointer(bound)) !== "string") continue;
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
  const object = trailPointer(own.slice(0, -1));
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
  /**
   * Whether the keys the client names in an object can be every field its findings of this
   * severity or above say it lacks: an error gives way where the keys can be every field errors
   * name, whatever warnings name beside them (filled so, the OMS takes the request).
   */
  covered(object: string, severity: number): boolean;
  /** Whether every key the client names in an object is counted against a field its findings say it lacks, and this field is none of those: no key is left to be it. */
  spent(object: string, field: string): boolean;
  /** What a standing finding of an object holding such keys adds: that one may be the field. */
  note(finding: Finding): string | undefined;
}

export function missingTally(findings: readonly Finding[], value: unknown, places: UnfilledPlaces, set: RuleSet): MissingTally {
  const claimOf = (finding: Finding) => (places.keyHolderCount === 0 ? undefined : missingClaim(finding, segments(finding.path), value, set));
  const claims = new Map<string, MissingClaim[]>();
  const errorClaims = new Map<string, MissingClaim[]>();
  for (const finding of findings) {
    const claim = claimOf(finding);
    if (claim === undefined || places.keysHoldingVariable(claim.object) === 0) continue;
    // A field a rule says is missing only as it reads another, which a key may be (a NO payment's
    // cardNumber, read so from the payment's paymentType, where a key of the method may be the
    // method's own): the finding gives way to its reads, and the key is not spent on it (audit).
    if (readsPremise(finding, claim, set) && readsDrop(finding, set, { own: segments(finding.path), value, places, spent: () => false })) continue;
    gather(claims, claim);
    if (finding.severity === 2) gather(errorClaims, claim);
  }
  const said = new Map([...claims].map(([object, made]) => [object, fieldsSaidMissing(made)]));
  // A key is spent only on fields whose findings are errors: filled to a field a warning says is
  // missing, it may leave the request one the OMS takes, and a finding that reads it would be a false error.
  const saidInErrors = new Map([...errorClaims].map(([object, made]) => [object, fieldsSaidMissing(made)]));
  const named = new Map([...errorClaims].map(([object, made]) => [object, new Set(made.flatMap((claim) => claim.names))]));
  const keysIn = (object: string) => places.keysHoldingVariable(object);
  return {
    covered: (object, severity) => keysIn(object) > 0 && keysIn(object) >= ((severity === 2 ? saidInErrors : said).get(object) ?? 0),
    spent: (object, field) => keysIn(object) > 0 && (saidInErrors.get(object) ?? 0) >= keysIn(object) && !(named.get(object)?.has(field) ?? false),
    note(finding) {
      const claim = claimOf(finding);
      const keys = claim === undefined ? 0 : keysIn(claim.object);
      if (claim === undefined || keys === 0) return undefined;
      const missing = said.get(claim.object) ?? claim.count;
      return keys === 1 ? `a key the client fills may stand for one of the ${missing} fields missing here` : `${keys} keys the client fills may stand for ${keys} of the ${missing} fields missing here`;
    },
  };
}

function gather(claims: Map<string, MissingClaim[]>, claim: MissingClaim): void {
  const made = claims.get(claim.object);
  if (made === undefined) claims.set(claim.object, [claim]);
  else made.push(claim);
}

/**
 * How many fields an object's findings say it lacks: each list's count (the schema's finding of
 * several, carrier-triplet's two), and each field a finding names alone that no list names (a
 * field both the schema's list and a rule say is missing is one field: found by the audit).
 */
function fieldsSaidMissing(claims: readonly MissingClaim[]): number {
  const isList = (claim: MissingClaim) => claim.count > 1 || claim.names.length !== 1;
  const lists = claims.filter(isList);
  const listed = new Set(lists.flatMap((claim) => claim.names));
  const alone = new Set(claims.filter((claim) => !isList(claim) && !listed.has(claim.names[0] as string)).map((claim) => claim.names[0]));
  return lists.reduce((sum, claim) => sum + claim.count, 0) + alone.size;
}

/**
 * Whether a rule's finding that one field is missing reads other fields only as its premise (a NO
 * payment's cardNumber, for the paymentType read), not the field it says is missing
 * (carrier-triplet reads the override's fields, the missing ones among them).
 */
function readsPremise(finding: Finding, claim: MissingClaim, set: RuleSet): boolean {
  if (finding.messageId === "required" || claim.count !== 1) return false;
  const field = claim.names[0];
  const reads = set.byId.get(finding.ruleId)?.meta.reads?.[finding.messageId] ?? [];
  return !reads.some((read) => read.split(fallbackSeparator).some((place) => segments(place).at(-1) === field));
}

/** A finding's reads as they are judged: its own place, the body, its unfilled places, and whether an object's keys the client names are all counted against the fields missing there. */
interface Reading {
  readonly own: readonly string[];
  readonly value: unknown;
  readonly places: UnfilledPlaces;
  readonly spent: (object: string, field: string) => boolean;
}

/**
 * Whether a read, its `@` bound to the finding's own entries, names an unfilled place: looked up
 * where it names one pointer. `anyString`: the rule reads any string there alike (RuleMeta.readsAnyString).
 */
function readsPlace(read: readonly string[], reading: Reading, anyString: boolean): boolean {
  const { own, places } = reading;
  const bound = read.map((segment, index) => (segment === "@" ? (own[index] ?? "*") : segment));
  if (bound.includes("*")) return places.matching(bound).some((place) => placeMayBe(bound, place, reading, anyString));
  // The value there, or a key the client names beside it, which may be its key.
  const at = trailPointer(bound);
  return (places.valueHoldsVariable(at) && !sentAsString(at, reading, anyString)) || (places.keysHoldingVariable(trailPointer(bound.slice(0, -1))) > 0 && keyMayBe(bound, reading));
}

/**
 * Whether a value holding a variable is read all the same: a quoted one, where the rule reads
 * any string alike, sends a string whatever it fills to (quotes always do). A bare one stands in
 * as `null` (bodyVariables.ts) and may fill to any value.
 */
function sentAsString(pointer: string, reading: Reading, anyString: boolean): boolean {
  return anyString && typeof valueAt(reading.value, pointer) === "string";
}

/**
 * Whether a key the client names in the object holding a read place may be that place's key: not
 * where the object writes that key already (filled to it, the body would send the key twice:
 * duplicate-key's finding, and the rule reads the one written; our reading), nor where its keys
 * were all counted against the fields its findings say are missing.
 */
function keyMayBe(read: readonly string[], reading: Reading): boolean {
  const object = read.slice(0, -1);
  if (reading.spent(trailPointer(object), read.at(-1) as string)) return false;
  const held = valueAt(reading.value, trailPointer(object));
  return !(isContainer(held) && Object.hasOwn(held, read.at(-1) as string));
}

/** Whether a place a read with `*` reaches (UnfilledPlaces.matching) is one it reads: a value there (not one sent as a string the rule reads alike), or a key the client names that may be the read's. */
function placeMayBe(read: readonly string[], place: UnfilledPlace, reading: Reading, anyString: boolean): boolean {
  if (!place.key) return !sentAsString(trailPointer(place.segments), reading, anyString);
  if (read.at(-1) === "*") return true;
  return keyMayBe([...place.segments.slice(0, -1), read.at(-1) as string], reading);
}

