import type { Diagnostic } from "../engine/diagnostic.js";
import { maxProblemsPerRule } from "../engine/ruleEngine.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { isArrayIndex, segments, trailPointer } from "../json/jsonPointer.js";
import type { AjvError } from "./schemaDiagnostics.js";
import { misplacedKeyIndex } from "./misplacedKeyIndex.js";
import { placeOf } from "./countedGiveWay.js";
import { misplacedKeyFinder } from "./misplacedFields.js";
import { missingFieldOf } from "./missingFinding.js";
import type { Shape } from "../kinds/shape.js";

/**
 * A list whose schema check stopped at an error (codegen/listTail.ts) is not checked past its
 * note, so a rule's finding there that gives way to a problem of its line (one cause, one
 * finding: src/lint/oneCause.ts) stood: 1,000 lines with a string quantity under
 * `schema/quantity: "error"`, then a line with its quantity put in the product, under
 * `unknown-property: "error"`, showed unknown-property's error at that key, which the line alone
 * gives way to the missing quantity's finding placed there (found by the give-way property with
 * seeds 2 and 4). Checking the rest of the list again would undo the budget that keeps a hostile
 * 100,000-line order quick: only the lines past the note that hold a finding of a rule that may
 * give way (meta.yieldsTo) are checked again, as alone, and each such finding that gives way
 * there gives way here too, to the same rules; a field the schema finds missing there claims the
 * key put in another object it claims alone (itemSpecifics in the product of a forced order's
 * line: with force-item-tax-override's claim, neither moves, and unknown-property's error stands
 * beside that rule's, as alone, where that rule's alone claimed the key and the error gave way).
 * They are checked together, in one payload that holds the stopped list's lines of them only (the lists on its way cut to the elements on the
 * way, every other list beside the way to its first element), at most maxProblemsPerRule lines
 * in a payload: a finding past those, or one the check does not find again (a rule that reads
 * other lines), stands, as before; an error never missed. 1,000 string quantities, then 99,000
 * lines each with its quantity in the product: validate() 476 ms against 337 ms without this
 * (best of 4), the same peak memory; 63 ms more where each of those lines holds an unknown key
 * instead, whose error stands.
 *
 * That payload's own check of the list has the same budget and may stop (or list no more) too:
 * 501 lines of two problems each stopped it at their 501st, whose findings then stood, errors the
 * line does not have alone (found by the review of the list budget). So the lines from where it
 * stopped are checked again in a payload of their own, as many as the check reached before it
 * stopped at most, until each has been checked: at most twice as many lines checked as there are
 * (the first payload's, then chunks no larger than what the check before reached).
 */
export function linesPastStopsAlone(
  set: RuleSet,
  ruleFindings: readonly Diagnostic[],
  errors: readonly AjvError[] | null | undefined,
  value: unknown,
  /** The payload's shape, where atMisplacedKeys looks for a key put in another object. */
  shape: Shape | undefined,
  /** Validates a payload, each finding that gives way kept and naming the rules it gives way to (YieldingOptions.keepYieldingFindings), with its schema check's errors. */
  validateKept: (payload: unknown) => CheckedAlone,
): LinesAlone | undefined {
  const giving = new Map<string, readonly string[]>();
  const claims = new Map<string, number>();
  let misplacedKey: ReturnType<typeof misplacedKeyIndex> | undefined;
  let budget = maxProblemsPerRule;
  for (const stop of stoppedLists(errors)) {
    if (budget === 0) break;
    // A finding that may give way, or one naming a missing field, which may claim a key put in another object alone too.
    const candidates = ruleFindings.filter((finding) => lineOf(finding.path, stop) !== undefined && (set.byId.get(finding.ruleId)?.meta.yieldsTo !== undefined || missingFieldOf(finding, value) !== undefined));
    const lines = [...new Set(candidates.map((finding) => lineOf(finding.path, stop) as number))].sort((a, b) => a - b).slice(0, budget);
    if (lines.length === 0) continue;
    budget -= lines.length;
    let left = lines;
    let chunk = lines.length;
    while (left.length > 0) {
      const alone = linesAlone(value, stop.list, left.slice(0, chunk));
      if (alone === undefined) break;
      const checked = validateKept(alone.payload);
      const reached = alone.reached(checked.errors);
      const settled = new Set(left.slice(0, reached));
      left = left.slice(reached);
      chunk = reached;
      let keyOf: ((place: string, name: string) => string | undefined) | undefined;
      for (const finding of checked.diagnostics) {
        const path = alone.originalPath(finding.path);
        if (path === undefined || !settled.has(lineOf(path, stop) as number)) continue;
        if (finding.givesWayTo !== undefined) giving.set(findingKey({ ...finding, path }), finding.givesWayTo);
        // A field the schema finds missing there claims a key put in another object, as it does alone: a key two findings claim moves neither.
        if (finding.messageId !== "required" || set.byId.get(finding.ruleId)?.meta.structural !== true) continue;
        const name = segments(path).at(-1) as string;
        // Where no rule's finding stands at the key (unknown-property off), the key is looked for in the payload checked, as atMisplacedKeys looks alone.
        misplacedKey ??= misplacedKeyIndex(ruleFindings);
        const keyAlone = () => {
          keyOf ??= shape === undefined ? () => undefined : misplacedKeyFinder(alone.payload, shape, namesMissing(checked.diagnostics));
          const found = keyOf(finding.path, name);
          return found === undefined ? undefined : alone.originalPath(found);
        };
        const key = finding.at === "key" ? path : (misplacedKey(path, name) ?? keyAlone());
        if (key !== undefined) claims.set(key, (claims.get(key) ?? 0) + 1);
      }
    }
  }
  return giving.size === 0 && claims.size === 0 ? undefined : { giving, claims };
}

/** A payload of lines checked as alone: its findings, and its schema check's errors (where its list's check stopped). */
export interface CheckedAlone {
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: readonly AjvError[] | null | undefined;
}

/** What the lines past a list's stopped note hold, each checked as alone (linesPastStopsAlone). */
export interface LinesAlone {
  /** Each rule's finding there that gives way alone (by findingKey), with the rules it gives way to. */
  readonly giving: ReadonlyMap<string, readonly string[]>;
  /** Each key put in another object that the schema's missing fields there claim alone, with how many (atMisplacedKeys' claimedUnlisted). */
  readonly claims: ReadonlyMap<string, number>;
}

/** The findings without those that give way (`giving`), or, where they are kept (`keep`: ESLint's pass), each naming the rules it gives way to. */
export function withGivingWay(findings: Diagnostic[], giving: ReadonlyMap<string, readonly string[]>, keep: boolean): Diagnostic[] {
  if (giving.size === 0) return findings;
  if (!keep) return findings.filter((finding) => !giving.has(findingKey(finding)));
  return findings.map((finding) => {
    const to = giving.get(findingKey(finding));
    return to === undefined ? finding : { ...finding, givesWayTo: to };
  });
}

/**
 * The rules' findings that give way to a problem a list's check counted (countedGiveWay's
 * PastNotes.rulesGivingWay, by place), with those of the rules' findings past their 1,000
 * (`unlisted`) that give way when their lines are checked again as alone (`giving`): the give-way
 * step asks them of a rule's note that more are not listed (oneCause.ts). Only listed findings
 * were checked again, and 5 lines with their quantity in the product, past a stopped note and
 * past unknown-property's 1,000 findings, left its note an error, though each line alone is valid
 * (found by the review of the list budget).
 */
export function unlistedGivingWay(
  counted: ReadonlyMap<string, readonly string[]> | undefined,
  unlisted: readonly Diagnostic[],
  giving: ReadonlyMap<string, readonly string[]> | undefined,
): ReadonlyMap<string, readonly string[]> | undefined {
  if (giving === undefined || giving.size === 0 || unlisted.length === 0) return counted;
  let merged: Map<string, readonly string[]> | undefined;
  for (const finding of unlisted) {
    const to = giving.get(findingKey(finding));
    if (to === undefined) continue;
    merged ??= new Map(counted);
    const place = placeOf(finding);
    merged.set(place, [...new Set([...(merged.get(place) ?? []), ...to])]);
  }
  return merged ?? counted;
}

/** The names of the fields the schema's findings say are missing (the last key of each "required" finding's place). */
function namesMissing(findings: readonly Diagnostic[]): Set<string> {
  const names = new Set<string>();
  for (const finding of findings) if (finding.messageId === "required" && finding.path !== "") names.add(segments(finding.path).at(-1) as string);
  return names;
}

/** The claims of two counts on the same keys, added. */
export function addedClaims(one: ReadonlyMap<string, number> | undefined, other: ReadonlyMap<string, number> | undefined): ReadonlyMap<string, number> | undefined {
  if (one === undefined || one.size === 0) return other;
  if (other === undefined || other.size === 0) return one;
  const sum = new Map(one);
  for (const [key, count] of other) sum.set(key, (sum.get(key) ?? 0) + count);
  return sum;
}

function findingKey(finding: Pick<Diagnostic, "path" | "ruleId" | "messageId">): string {
  return `${finding.path}\u0000${finding.ruleId}\u0000${finding.messageId}`;
}

/** A list whose check stopped: its pointer's segments, and the index of the element its note stands at (it and what follows went unchecked). */
interface StoppedList {
  readonly list: readonly string[];
  readonly prefix: string;
  readonly from: number;
}


/** The lists whose check stopped at a note (an errorLimit without the count of a check that went on), not an object's members. */
function stoppedLists(errors: readonly AjvError[] | null | undefined): StoppedList[] {
  const stops: StoppedList[] = [];
  for (const error of errors ?? []) {
    if (error.keyword !== "errorLimit" || typeof error.params.unlisted === "number") continue;
    const keys = segments(error.instancePath);
    const last = keys.pop();
    if (last === undefined || !isArrayIndex(last)) continue;
    stops.push({ list: keys, prefix: `${trailPointer(keys)}/`, from: Number(last) });
  }
  return stops;
}

/** The index of the line past the stop that holds `path`, if one does. */
function lineOf(path: string, { prefix, from }: StoppedList): number | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const end = path.indexOf("/", prefix.length);
  const index = path.slice(prefix.length, end < 0 ? undefined : end);
  return isArrayIndex(index) && Number(index) >= from ? Number(index) : undefined;
}

/**
 * The payload with the list at `list` holding only `lines` (in that order), each list on the way
 * cut to the element on the way (at index 0), every other list of an object on the way to its
 * first element; and the original place of a place in it. Undefined where the way is not there.
 */
function linesAlone(
  value: unknown,
  list: readonly string[],
  lines: readonly number[],
): { payload: unknown; originalPath: (path: string) => string | undefined; reached: (errors: readonly AjvError[] | null | undefined) => number } | undefined {
  /** The way to the list in the payload built: a list on the way cut to its element at index 0. */
  const mapped: (string | number)[] = [];
  const build = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== "object") return undefined;
    if (depth === list.length) return Array.isArray(node) ? lines.map((line) => node[line]) : undefined;
    const key = list[depth] as string;
    if (Array.isArray(node)) {
      mapped.push(0);
      const inner = build(node[Number(key)], depth + 1);
      return inner === undefined ? undefined : [inner];
    }
    mapped.push(key);
    if (!Object.hasOwn(node, key)) return undefined;
    const copy: Record<string, unknown> = {};
    for (const name of Object.keys(node)) {
      const member = (node as Record<string, unknown>)[name];
      const kept = name === key ? build(member, depth + 1) : Array.isArray(member) && member.length > 1 ? member.slice(0, 1) : member;
      if (name === key && kept === undefined) return undefined;
      // A "__proto__" key JSON.parse made an own member stays one.
      Object.defineProperty(copy, name, { value: kept, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
  const payload = build(value, 0);
  if (payload === undefined) return undefined;
  const prefix = `${trailPointer(mapped)}/`;
  const original = `${trailPointer(list)}/`;
  return {
    payload,
    originalPath(path) {
      if (!path.startsWith(prefix)) return undefined;
      const end = path.indexOf("/", prefix.length);
      const index = path.slice(prefix.length, end < 0 ? undefined : end);
      const line = isArrayIndex(index) ? lines[Number(index)] : undefined;
      return line === undefined ? undefined : `${original}${line}${end < 0 ? "" : path.slice(end)}`;
    },
    // The lines its check reached: those before its list's first note (one that lists no more counts the rest, unlisted, as one that stops leaves them unchecked).
    reached(errors) {
      let reached = lines.length;
      for (const error of errors ?? []) {
        if (error.keyword !== "errorLimit" || !error.instancePath.startsWith(prefix)) continue;
        const index = error.instancePath.slice(prefix.length);
        if (isArrayIndex(index) && Number(index) < reached) reached = Number(index);
      }
      // A note before the first line would leave every line unchecked again and again: the first counts as reached (its findings stand).
      return Math.max(reached, 1);
    },
  };
}
