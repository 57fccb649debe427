import type { Diagnostic, Evidence, Severity } from "../engine/diagnostic.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { misspeltKeyPlacer } from "./misspeltFields.js";
import { misplacedKeyIndex } from "./misplacedKeyIndex.js";
import { missingFieldOf } from "./missingFinding.js";
import { findingPlaces, type FindingPlaces } from "./findingPlaces.js";
import { ownField } from "../engine/ownField.js";
import { parentPointer } from "../json/jsonPointer.js";
import { errorPath, instancePathOf, type AjvError, type Payload } from "./schemaDiagnostics.js";
import { tailHolding, type CheckedTail } from "./listLimitNote.js";
import { maxUnlistedPerRule, tooManyMessageId } from "../engine/ruleEngine.js";

/**
 * The give-way step (src/lint/oneCause.ts: one cause, one finding) asked of each schema problem
 * as a list's check meets it (codegen/listTail.ts), before the check lists it or only counts it
 * on its note. The step ran only on what was listed, after the check, and a list's verdict was no
 * longer its elements':
 *
 * - a problem that gives way to a rule's warning stopped the check as an error: with
 *   schema/line-item-crucial at "error" and force-item-tax-override at "warn", a forced order's
 *   lines without itemSpecifics (each valid alone: its error gives way to the warning) made the
 *   order invalid past 1,000 problems, the note its only error;
 * - a rule's finding that gives way to a problem the check only counted stood: 1,001 lines
 *   without a partNumber, then one with `partnumber`, made the order invalid under
 *   `unknown-property: "error"`, the misspelt key's finding the error (alone, it gives way to
 *   the missing field's warning placed at that key); so did a quantity put in the product.
 *
 * Found by the trust audit of lists. So the rules run first, and each problem the check meets is
 * the finding it will be (its place; a missing field at the key that stands misspelt for it, as
 * schemaFindings places it, or put in another object of its line, as atMisplacedKeys does) asked
 * of the rules' findings beside it: one that gives
 * way is, for the check, what the finding it gives way to is (an error stops the check; a warning
 * neither stops it nor is listed past the note, and is not counted there either); a rule's
 * finding that gives way to it gives way though the check only counts it. A problem the check
 * meets twice (an inner list's, then its element's) is asked twice, to the same answer.
 *
 * `ruleFindings` holds, unlisted, those of a rule below "error" that others give way to past its
 * own 1,000 (RunOptions.unlisted). What it cannot see: the others past a rule's 1,000 (a problem
 * that would give way to an error's is an error alone too); and a key that a field outside the line
 * could claim too (see misplacedKeyIndex), so it is asked only past a list's note.
 */
export interface CountedGiveWay {
  /** The severity a problem stands for once the give-way step has run; `severity` is its rule's. */
  shownAs(error: AjvError, ruleId: string, evidence: Evidence, severity: Severity): Severity;
  /** What the problems met past a list's note (in `tails`) do to the rules' findings: see PastNotes. Asked once. */
  pastNotes(tails: readonly CheckedTail[]): PastNotes;
  /** The places (path NUL rule) of the problems met that give way and that a list's check counts past its note (no error): the note counts none of them. */
  readonly gaveWay: ReadonlySet<string>;
}

export interface PastNotes {
  /**
   * Each rule's finding (by path NUL rule) past a list's note that gives way to a problem met,
   * with the rules it gives way to. Before a note the step itself sees the problem, listed: this
   * one's reading (a key claimed from within the line only) changes nothing there.
   */
  readonly rulesGivingWay: ReadonlyMap<string, readonly string[]>;
  /**
   * Each misplaced key that problems counted past a note (not listed) claim, with how many: alone
   * each would be listed and claim it, and a key two findings claim moves neither
   * (atMisplacedKeys). A line with itemSpecifics in its product after 1,000 lines without a
   * partNumber, under `{"unknown-property":"error","force-item-tax-override":"warn"}`: the schema's
   * missing itemSpecifics only counted, force-item-tax-override's finding alone claimed the key,
   * moved there, and unknown-property's error gave way to it; alone, the two claims move neither
   * and the error stands (found by the review of the counted give-way).
   */
  readonly claims: ReadonlyMap<string, number>;
  /**
   * The places in rulesGivingWay that give way only at a key a problem alone claims, where a
   * rule's findings past its own 1,000 went unseen (past maxUnlistedPerRule; below it, a rule keeps
   * each that names a missing field, RunOptions.lacksField): one of them may claim the key too, and
   * then neither moves and the finding stands. A listed finding still gives way there; a rule's note that more are not listed does
   * not count on it (oneCause.ts). 1,001 lines with itemSpecifics in the product of a forced order,
   * under `unknown-property: "error"`: force-item-tax-override's finding at line 1,000 (at
   * "error", not kept) went unseen, the schema's counted problem alone claimed the key, and
   * unknown-property's note went missing, though that line alone keeps its error (found by the
   * review of the give-way changes).
   */
  readonly unsure: ReadonlySet<string>;
}

/** The key of a finding in CountedGiveWay's maps. */
export function placeOf(finding: Pick<Diagnostic, "path" | "ruleId">): string {
  return `${finding.path}\u0000${finding.ruleId}`;
}

/**
 * The give-way step for the problems of a schema check, against the rules' findings of the same
 * payload; undefined when the rules found nothing (no cost). `turn` false leaves every problem's
 * severity its rule's (ESLint's pass, which shows a finding that gives way to a rule it turns off).
 */
export function countedGiveWay(set: RuleSet, listed: readonly Diagnostic[], unlisted: readonly Diagnostic[], payload: Payload, turn: boolean): CountedGiveWay | undefined {
  if (listed.length === 0) return undefined;
  const ruleFindings = unlisted.length === 0 ? listed : [...listed, ...unlisted];
  const rulesGivingWay = new Map<string, string[]>();
  /** The places recorded in rulesGivingWay other than through a claimed key. */
  const recordedAlone = new Set<string>();
  const gaveWay = new Set<string>();
  /**
   * Each misplaced key a problem stands at: the places of the fields that claim it (each whether
   * it is no error, so counted past a note), and the rules' findings there that give way.
   */
  const claims = new Map<string, { readonly places: Map<string, boolean>; readonly yielding: [Diagnostic, string][] }>();
  let misplacedKey: ReturnType<typeof misplacedKeyIndex> | undefined;
  let atPath: FindingPlaces | undefined;
  /** The objects that hold a key a rule found (a misspelt one, say): only there can a missing field stand at a key. */
  let keyHolders: Set<string> | undefined;
  /** How many of the rules' findings of missing fields claim each key put in another object (ruleClaims). */
  let byRules: Map<string, number> | undefined;
  const atMisspeltKey = misspeltKeyPlacer(payload.value, payload.shape, payload.kind);
  const index = () => {
    atPath = findingPlaces(ruleFindings);
    keyHolders = new Set();
    for (const finding of ruleFindings) if (finding.at === "key") keyHolders.add(parentPointer(finding.path) ?? "");
    misplacedKey = misplacedKeyIndex(ruleFindings);
  };
  const record = (finding: Diagnostic, to: string) => {
    const key = placeOf(finding);
    const rules = rulesGivingWay.get(key);
    if (rules === undefined) rulesGivingWay.set(key, [to]);
    else if (!rules.includes(to)) rules.push(to);
  };
  return {
    pastNotes(tails) {
      if (claims.size > 0) byRules ??= ruleClaims(ruleFindings, payload, misplacedKey);
      const countedClaims = new Map<string, number>();
      const claimed = new Set<string>();
      for (const [key, { places, yielding }] of claims) {
        // A key two fields claim moves neither (atMisplacedKeys), a rule's finding among them: the findings there stand.
        if (places.size + (byRules?.get(key) ?? 0) === 1) {
          for (const [finding, to] of yielding) {
            record(finding, to);
            claimed.add(placeOf(finding));
          }
        }
        let counted = 0;
        for (const [place, isCounted] of places) if (isCounted && tails.length > 0 && tailHolding(tails, place)) counted++;
        if (counted > 0) countedClaims.set(key, counted);
      }
      claims.clear();
      const past = new Map<string, readonly string[]>();
      if (tails.length > 0) for (const [place, rules] of rulesGivingWay) if (tailHolding(tails, place.slice(0, place.indexOf("\u0000")))) past.set(place, rules);
      const unsure = new Set<string>();
      if (claimed.size > 0 && findingsUnseen(listed, unlisted)) for (const place of claimed) if (past.has(place) && !recordedAlone.has(place)) unsure.add(place);
      return { rulesGivingWay: past, claims: countedClaims, unsure };
    },
    gaveWay,
    shownAs(error, ruleId, evidence, severity) {
      if (atPath === undefined) index();
      let own = problemFinding(error, ruleId, evidence, severity, atMisspeltKey, keyHolders as Set<string>);
      const missing = error.keyword === "required" ? error.params.missingProperty : undefined;
      const moved = own.at === "key" || typeof missing !== "string" ? undefined : misplacedKey?.(own.path, missing);
      const claim = moved === undefined ? undefined : (claims.get(moved) ?? claims.set(moved, { places: new Map(), yielding: [] }).get(moved));
      const place = own.path;
      // A key a rule's finding claims too moves neither (atMisplacedKeys): the problem stays at its place, and gives way there.
      // 999 string quantities, then itemSpecifics put in a product, schema/line-item-crucial at "error" and
      // force-item-tax-override at "warn": read at the key, the missing itemSpecifics stopped the check as an error, though
      // it gives way to the rule's warning at its place, as alone (found by the give-way property with seed 4).
      const contested = moved !== undefined && ((byRules ??= ruleClaims(ruleFindings, payload, misplacedKey)).get(moved) ?? 0) > 0;
      if (moved !== undefined && !contested) own = { ...own, path: moved, at: "key" };
      const ownMeta = set.byId.get(ruleId)?.meta;
      // What it gives way to: the findings at its place (yieldsTo), and those at its place or above that outweigh it.
      let givesWayTo: Severity | undefined;
      for (const at of (atPath as FindingPlaces).upFrom(own.path)) {
        for (const other of (atPath as FindingPlaces).at(at)) {
          const otherMeta = set.byId.get(other.ruleId)?.meta;
          const yields = (at === own.path && ownMeta?.yieldsTo?.(own, other) === true) || otherMeta?.outweighs?.(other, own) === true;
          if (yields && givesWayTo !== "error") givesWayTo = other.severity;
          // A rule's finding at its place that gives way to it gives way though it is only counted.
          if (at === own.path && otherMeta?.yieldsTo?.(other, own) === true) {
            if (claim === undefined || contested) {
              record(other, ruleId);
              recordedAlone.add(placeOf(other));
            } else claim.yielding.push([other, ruleId]);
          }
        }
      }
      const shown = !turn || givesWayTo === undefined || severity !== "error" ? severity : givesWayTo;
      claim?.places.set(place, shown !== "error");
      // Counted past a note (no error), it is counted as what it is not shown as: the note takes it off again.
      if (turn && givesWayTo !== undefined && shown !== "error") gaveWay.add(placeOf(own));
      return shown;
    },
  };
}

/** How many findings past its 1,000 each rule kept for the give-way step (RunOptions.unlisted): one that kept maxUnlistedPerRule may have had more the step never sees. */
export function keptPastLimit(unlisted: readonly Diagnostic[]): Map<string, number> {
  const kept = new Map<string, number>();
  for (const finding of unlisted) kept.set(finding.ruleId, (kept.get(finding.ruleId) ?? 0) + 1);
  return kept;
}

/**
 * Whether a rule listed its 1,000 findings and a note, and the give-way step may not see each of
 * those past it that claims a key: a rule keeps every finding past its 1,000, or at least each
 * that names a missing field (RunOptions.lacksField), until it has kept maxUnlistedPerRule.
 */
function findingsUnseen(listed: readonly Diagnostic[], unlisted: readonly Diagnostic[]): boolean {
  const kept = keptPastLimit(unlisted);
  return listed.some((finding) => finding.messageId === tooManyMessageId && finding.path === "" && (kept.get(finding.ruleId) ?? 0) >= maxUnlistedPerRule);
}

/** How many of the rules' findings of missing fields claim each key put in another object, as atMisplacedKeys counts them. */
function ruleClaims(ruleFindings: readonly Diagnostic[], payload: Payload, misplacedKey: ReturnType<typeof misplacedKeyIndex> | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (misplacedKey === undefined) return counts;
  for (const finding of ruleFindings) {
    const field = missingFieldOf(finding, payload.value);
    const key = field === undefined ? undefined : misplacedKey(finding.path, field.missing);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The finding schemaFindings makes of the problem, as the give-way predicates read it: a missing field at the key that stands misspelt for it (one put in another object: see misplacedKeyIndex). */
function problemFinding(error: AjvError, ruleId: string, evidence: Evidence, severity: Severity, atMisspeltKey: ReturnType<typeof misspeltKeyPlacer>, keyHolders: ReadonlySet<string>): Diagnostic {
  const finding: Diagnostic = { ruleId, messageId: error.keyword, severity, evidence, message: error.message ?? "", path: errorPath(error), ...(ownField(error, "constraint") === undefined ? {} : { constraint: error.constraint }) };
  const missing = error.keyword === "required" ? error.params.missingProperty : undefined;
  const objectPath = instancePathOf(error);
  return typeof missing === "string" && keyHolders.has(objectPath) ? atMisspeltKey(finding, objectPath, missing) : finding;
}
