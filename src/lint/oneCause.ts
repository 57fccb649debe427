import type { Diagnostic } from "../engine/diagnostic.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { keptPastLimit, placeOf } from "./countedGiveWay.js";
import { keepsPastLimit, maxUnlistedPerRule, tooManyMessageId } from "../engine/ruleEngine.js";
import { parentPointer } from "../json/jsonPointer.js";

/**
 * One cause, one finding: each finding that gives way to another finding of the same cause,
 * with the rules of the findings it gives way to. A rule says so in its meta: `yieldsTo`
 * (asked of the other findings at the same pointer) or, from the other side, `outweighs`
 * (asked of every other finding). A finding of another cause at the same place (a repeated
 * key, an unsafe integer under a misspelt key) gives way to nothing: both stand.
 */
export function givingWay(set: RuleSet, findings: readonly Diagnostic[], past: PastTheLimits = {}): Map<Diagnostic, string[]> {
  const { counted, unlisted = [], unsure } = past;
  const giving = new Map<Diagnostic, string[]>();
  const add = (finding: Diagnostic, to: string) => {
    const rules = giving.get(finding);
    if (rules === undefined) giving.set(finding, [to]);
    else if (!rules.includes(to)) rules.push(to);
  };
  let atPath: Map<string, Diagnostic[]> | undefined;
  for (const own of findings) {
    const meta = set.byId.get(own.ruleId)?.meta;
    if (meta?.yieldsTo !== undefined) {
      atPath ??= byPath(findings);
      for (const other of atPath.get(own.path) ?? []) if (other.ruleId !== own.ruleId && meta.yieldsTo(own, other)) add(own, other.ruleId);
    }
    // A rule that outweighs others has a few findings (a read-only field): each asks every other.
    if (meta?.outweighs !== undefined) for (const other of findings) if (other.ruleId !== own.ruleId && meta.outweighs(own, other)) add(other, own.ruleId);
    // A rule's finding that gives way to a problem a list's check counted and did not list (countedGiveWay.ts), unless
    // another rule's finding the step never saw may claim the same key (`unsure`): then it stands, an error never missed.
    if (counted !== undefined && counted.size > 0 && unsure?.has(placeOf(own)) !== true) for (const to of counted.get(placeOf(own)) ?? []) if (to !== own.ruleId) add(own, to);
  }
  // A rule's findings past its own 1,000 (RunOptions.unlisted): each finding asks those at its place or above, not each of them every finding.
  if (unlisted.length > 0) {
    // Indexed only where a listed finding asks: an index of each (99,000 unknown keys) made validate() half again as slow.
    const asked = new Set<string>();
    for (const other of findings) for (let at: string | undefined = other.path; at !== undefined && !asked.has(at); at = parentPointer(at)) asked.add(at);
    const unlistedAt = byPath(unlisted.filter((own) => asked.has(own.path)));
    for (const other of findings) {
      // One that gives way to one of them at its place (the schema's reading of a number past 2^53 to unsafe-integer's).
      const yieldsTo = set.byId.get(other.ruleId)?.meta.yieldsTo;
      if (yieldsTo !== undefined) for (const own of unlistedAt.get(other.path) ?? []) if (own.ruleId !== other.ruleId && yieldsTo(other, own)) add(other, own.ruleId);
      for (let at: string | undefined = other.path; at !== undefined; at = parentPointer(at)) {
        for (const own of unlistedAt.get(at) ?? []) if (own.ruleId !== other.ruleId && set.byId.get(own.ruleId)?.meta.outweighs?.(own, other) === true) add(other, own.ruleId);
      }
    }
    for (const [note, to] of notesOfYielding(set, findings, counted, unsure, unlisted, () => (atPath ??= byPath(findings)))) add(note, to);
  }
  return giving;
}

/**
 * A rule's note that more of its problems are not listed (ruleEngine's tooMany) stands for the
 * findings it did not list: where each of them gives way to another finding, so does the note, to
 * the same rules. 1,001 `partnumber` lines under `unknown-property: "error"`, each valid alone
 * (its finding gives way to the missing partNumber's warning at that key), had the note as the
 * order's one error (found by the review of the counted give-way). Only a rule that keeps them
 * all (ruleEngine's keepsPastLimit: at "error", one with a yieldsTo; below it, any in a set where
 * another rule has one) may lose its note; one that keeps only those naming a missing field, or
 * reached maxUnlistedPerRule, keeps it: the totals then count it as one. Nor does it count
 * on a counted problem's give-way that a finding the step never saw may undo (`unsure`:
 * countedGiveWay.ts PastNotes.unsure).
 */
function notesOfYielding(
  set: RuleSet,
  findings: readonly Diagnostic[],
  counted: ReadonlyMap<string, readonly string[]> | undefined,
  unsure: ReadonlySet<string> | undefined,
  unlisted: readonly Diagnostic[],
  findingsAt: () => ReadonlyMap<string, readonly Diagnostic[]>,
): [Diagnostic, string][] {
  // A warning's note too: it leaves the verdict as it is, but not the counts. 3,000 `partnumber` lines said 1,002 warnings by
  // default and 1,001 with unknown-property at "error" or off, none of its findings standing, so --max-warnings 1001 failed one
  // run and passed the other (found by the audit of the counted notes). The findings asked are bounded (maxUnlistedPerRule).
  const notes = findings.filter((finding) => finding.messageId === tooManyMessageId && finding.path === "");
  if (notes.length === 0) return [];
  const atPath = findingsAt();
  const unlistedAt = byPath(unlisted);
  /** Each rule's unlisted findings that give way: the rules they give way to; null once one of them stands. */
  const yielded = new Map<string, Set<string> | null>();
  // A rule that kept as many as it may (maxUnlistedPerRule) may have more the step never saw: its note stands.
  for (const [ruleId, count] of keptPastLimit(unlisted)) if (count >= maxUnlistedPerRule) yielded.set(ruleId, null);
  // So does the note of a rule that kept only those that name a missing field (RunOptions.lacksField): the rest went unseen.
  for (const note of notes) {
    const meta = set.byId.get(note.ruleId)?.meta;
    if (meta === undefined || !keepsPastLimit(set, meta, note.severity)) yielded.set(note.ruleId, null);
  }
  for (const own of unlisted) {
    if (yielded.get(own.ruleId) === null || !notes.some((note) => note.ruleId === own.ruleId)) continue;
    const to = rulesGivenWayTo(set, own, unsure?.has(placeOf(own)) === true ? undefined : counted, unlistedAt, atPath);
    if (to.length === 0) yielded.set(own.ruleId, null);
    else {
      const rules = yielded.get(own.ruleId) ?? new Set<string>();
      for (const rule of to) rules.add(rule);
      yielded.set(own.ruleId, rules);
    }
  }
  return notes.flatMap((note) => [...(yielded.get(note.ruleId) ?? [])].map((to): [Diagnostic, string] => [note, to]));
}

/** The rules an unlisted finding gives way to, by the same asks as a listed one's: a counted problem's, yieldsTo at its place, outweighs at its place or above. */
function rulesGivenWayTo(
  set: RuleSet,
  own: Diagnostic,
  counted: ReadonlyMap<string, readonly string[]> | undefined,
  unlistedAt: ReadonlyMap<string, readonly Diagnostic[]>,
  atPath: ReadonlyMap<string, readonly Diagnostic[]>,
): string[] {
  const to = (counted?.get(placeOf(own)) ?? []).filter((rule) => rule !== own.ruleId);
  const yieldsTo = set.byId.get(own.ruleId)?.meta.yieldsTo;
  const ask = (at: string, others: readonly Diagnostic[] | undefined) => {
    for (const other of others ?? []) {
      if (other.ruleId === own.ruleId || to.includes(other.ruleId)) continue;
      if ((at === own.path && yieldsTo?.(own, other) === true) || set.byId.get(other.ruleId)?.meta.outweighs?.(other, own) === true) to.push(other.ruleId);
    }
  };
  for (let at: string | undefined = own.path; at !== undefined; at = parentPointer(at)) {
    ask(at, atPath.get(at));
    ask(at, unlistedAt.get(at));
  }
  return to;
}

function byPath(findings: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const map = new Map<string, Diagnostic[]>();
  for (const finding of findings) {
    const here = map.get(finding.path);
    if (here === undefined) map.set(finding.path, [finding]);
    else here.push(finding);
  }
  return map;
}

/**
 * What the list budget leaves out of the findings, which the give-way step asks all the same: the
 * rules' findings that give way to a problem a list's check only counted (`counted`, by place, and
 * `unsure`, those a finding the step never saw may undo: countedGiveWay.ts PastNotes), and the
 * rules' findings past their 1,000 (`unlisted`: RunOptions.unlisted).
 */
export interface PastTheLimits {
  readonly counted?: ReadonlyMap<string, readonly string[]>;
  readonly unlisted?: readonly Diagnostic[];
  readonly unsure?: ReadonlySet<string>;
}

/** The findings without those that give way to another (every finding here is of a rule that is on). */
export function oneFindingPerCause(set: RuleSet, findings: Diagnostic[], past?: PastTheLimits): Diagnostic[] {
  const giving = givingWay(set, findings, past);
  return giving.size === 0 ? findings : findings.filter((finding) => !giving.has(finding));
}

/**
 * Every finding, each that gives way to another naming the rules it gives way to: for a caller
 * that turns rules on and off itself (ESLint, whose shared pass runs every rule), and shows a
 * finding only where none of those rules is on.
 */
export function markedGivingWay(set: RuleSet, findings: Diagnostic[], past?: PastTheLimits): Diagnostic[] {
  const giving = givingWay(set, findings, past);
  return giving.size === 0 ? findings : findings.map((finding) => {
    const to = giving.get(finding);
    return to === undefined ? finding : { ...finding, givesWayTo: to };
  });
}
