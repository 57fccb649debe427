import type { RuleSet } from "../engine/ruleSet.js";
import { escapeSegment, isContainer, resolves, segments, valueAt } from "../json/jsonPointer.js";
import { missingFieldsCount } from "../lint/schemaWording.js";
import type { UnfilledPlaces } from "./unfilledPlaces.js";

/** A finding as the guard reads it. */
interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly path: string;
  readonly message: string;
}

/**
 * Whether a finding judges a value it did not see: a value its rule reads besides its own
 * (RuleMeta.reads) holds a variable, or a key holding one may be that value's key; or it says
 * fields are missing (the schema's required, a rule's finding at a field the body lacks) from an
 * object holding as many keys the client names as the findings there say are missing, which
 * may be those fields (MissingTally).
 */
export function readsUnfilled(finding: Finding, set: RuleSet, value: unknown, places: UnfilledPlaces, tally: MissingTally): boolean {
  if (places.count === 0) return false;
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
  const claimOf = (finding: Finding) => (places.keyHolderCount === 0 ? undefined : missingClaim(finding, segments(finding.path), value));
  for (const finding of findings) {
    const claim = claimOf(finding);
    if (claim === undefined || places.keysHoldingVariable(claim.object) === 0) continue;
    // A field two findings say is missing (the schema's and a rule's) is one field.
    const field = `${claim.object}\u0000${claim.count === 1 ? finding.path : finding.message}`;
    if (told.has(field)) continue;
    told.add(field);
    said.set(claim.object, (said.get(claim.object) ?? 0) + claim.count);
  }
  const keysIn = (object: string) => places.keysHoldingVariable(object);
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
  if (bound.includes("*")) return places.matching(bound).length > 0;
  // The value there, or a key the client names beside it, which may be its key.
  return places.valueHoldsVariable(pointerOf(bound)) || places.keysHoldingVariable(pointerOf(bound.slice(0, -1))) > 0;
}

function pointerOf(path: readonly string[]): string {
  return path.map((segment) => `/${escapeSegment(segment)}`).join("");
}
