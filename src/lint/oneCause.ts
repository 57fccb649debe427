import type { Diagnostic } from "../engine/diagnostic.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { placeOf } from "./countedGiveWay.js";

/**
 * One cause, one finding: each finding that gives way to another finding of the same cause,
 * with the rules of the findings it gives way to. A rule says so in its meta: `yieldsTo`
 * (asked of the other findings at the same pointer) or, from the other side, `outweighs`
 * (asked of every other finding). A finding of another cause at the same place (a repeated
 * key, an unsafe integer under a misspelt key) gives way to nothing: both stand.
 */
export function givingWay(set: RuleSet, findings: readonly Diagnostic[], counted?: ReadonlyMap<string, readonly string[]>, unlisted: readonly Diagnostic[] = []): Map<Diagnostic, string[]> {
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
    // A rule's finding that gives way to a problem a list's check counted and did not list (countedGiveWay.ts).
    if (counted !== undefined && counted.size > 0) for (const to of counted.get(placeOf(own)) ?? []) if (to !== own.ruleId) add(own, to);
  }
  // A rule's findings past its own 1,000 (RunOptions.unlisted): each finding asks those at its place or above, not each of them every finding.
  if (unlisted.length > 0) {
    const unlistedAt = byPath(unlisted);
    for (const other of findings) {
      // One that gives way to one of them at its place (the schema's reading of a number past 2^53 to unsafe-integer's).
      const yieldsTo = set.byId.get(other.ruleId)?.meta.yieldsTo;
      if (yieldsTo !== undefined) for (const own of unlistedAt.get(other.path) ?? []) if (own.ruleId !== other.ruleId && yieldsTo(other, own)) add(other, own.ruleId);
      for (let at: string | undefined = other.path; at !== undefined; at = parentOf(at)) {
        for (const own of unlistedAt.get(at) ?? []) if (own.ruleId !== other.ruleId && set.byId.get(own.ruleId)?.meta.outweighs?.(own, other) === true) add(other, own.ruleId);
      }
    }
  }
  return giving;
}

/** The pointer above `path`, undefined above the root. */
function parentOf(path: string): string | undefined {
  return path === "" ? undefined : path.slice(0, path.lastIndexOf("/"));
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
 * The findings without those that give way to another (every finding here is of a rule that is on);
 * `counted`: the rules' findings that give way to a problem a list's check only counted (countedGiveWay.ts).
 */
export function oneFindingPerCause(set: RuleSet, findings: Diagnostic[], counted?: ReadonlyMap<string, readonly string[]>, unlisted?: readonly Diagnostic[]): Diagnostic[] {
  const giving = givingWay(set, findings, counted, unlisted);
  return giving.size === 0 ? findings : findings.filter((finding) => !giving.has(finding));
}

/**
 * Every finding, each that gives way to another naming the rules it gives way to: for a caller
 * that turns rules on and off itself (ESLint, whose shared pass runs every rule), and shows a
 * finding only where none of those rules is on.
 */
export function markedGivingWay(set: RuleSet, findings: Diagnostic[], counted?: ReadonlyMap<string, readonly string[]>, unlisted?: readonly Diagnostic[]): Diagnostic[] {
  const giving = givingWay(set, findings, counted, unlisted);
  return giving.size === 0 ? findings : findings.map((finding) => {
    const to = giving.get(finding);
    return to === undefined ? finding : { ...finding, givesWayTo: to };
  });
}
