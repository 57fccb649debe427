import { ownField } from "../engine/ownField.js";
import type { Diagnostic } from "../engine/diagnostic.js";
import { isArrayIndex, pointer, segments } from "../json/jsonPointer.js";
import type { Shape } from "../kinds/shape.js";
import { missingFieldOf, type MissingField } from "./missingFinding.js";

/**
 * The missing fields of one object, reported as one finding at that object ("itemSpecifics
 * lacks 2 fields"), until keys put in other objects stand for some of them: those move to
 * their keys, and the rest stay at the object (one alone as its own finding).
 */
export interface MissingTogether {
  /** Each field's own finding, at its place in the object. */
  readonly singles: readonly Diagnostic[];
  /** The one finding at the object for two or more of `singles` (those no key stands for). */
  readonly together: (left: readonly Diagnostic[]) => Diagnostic;
}

/** The findings placed (atMisplacedKeys), and the rules' findings past their 1,000 (RunOptions.unlisted) placed as they are. */
export interface PlacedFindings {
  readonly findings: Diagnostic[];
  readonly unlisted: readonly Diagnostic[];
}

/**
 * A field put in the wrong object (customerIP in the customer, billingAddress on the payment
 * beside its paymentMethod, an item's itemTaxOverride on the order) is one mistake: the
 * finding that says the field is missing where it belongs, moved to the key that stands where
 * the schemas do not know it, and saying where it belongs. Unknown-property there gives way
 * (meta.yieldsTo). A key that two such findings could claim (one itemTaxOverride on the
 * order, two items without theirs) says which of them it is no more than the other: neither
 * moves. So every finding of the payload is placed in this one call, each field of a group
 * (`groups`, keyed by its finding at the object) as if it stood alone, and the payload's
 * unknown keys are walked once: a call per finding or per group would walk the payload as
 * many times (500 items lacking two fields each, 500 walks of a 20,000-item order), and would
 * let each of two findings claim a key that the other could claim too.
 *
 * A rule's findings past its own 1,000 (`unlisted`: RunOptions.unlisted, each of those naming a
 * missing field kept, up to maxUnlistedPerRule) claim keys as listed ones do, and move as they
 * do, so that the give-way step asks them there: left out, force-item-tax-override's finding at
 * line 1,001 of a forced order (its 1,001st) did not claim the itemSpecifics put in that line's
 * product, the schema's missing itemSpecifics moved there alone, and unknown-property's error
 * gave way to it, though that line alone keeps it (two claims); and with schema/line-item-crucial
 * off, that finding did not move, and unknown-property's error stood, though that line alone is
 * valid (found by the review of the list budget).
 */
export function atMisplacedKeys(
  findings: Diagnostic[],
  value: unknown,
  shape: Shape | undefined,
  groups: ReadonlyMap<Diagnostic, MissingTogether> = new Map(),
  /** Keys that problems a list's check counted and did not list claim too, with how many (countedGiveWay's PastNotes.claims). */
  claimedUnlisted: ReadonlyMap<string, number> = new Map(),
  unlisted: readonly Diagnostic[] = [],
): PlacedFindings {
  const unplaced = { findings, unlisted };
  if (shape === undefined) return unplaced;
  const missing = new Map<Diagnostic, MissingField>();
  for (const finding of findings) {
    for (const single of groups.get(finding)?.singles ?? [finding]) {
      const field = missingFieldOf(single, value);
      if (field !== undefined) missing.set(single, field);
    }
  }
  for (const finding of unlisted) {
    const field = missingFieldOf(finding, value);
    if (field !== undefined) missing.set(finding, field);
  }
  if (missing.size === 0) return unplaced;
  const keyOf = misplacedKeyFinder(value, shape, new Set([...missing.values()].map((field) => field.missing)));
  const claims = new Map<Diagnostic, string>();
  const claimed = new Map<string, number>();
  for (const [finding, field] of missing) {
    const key = keyOf(finding.path, field.missing);
    if (key === undefined) continue;
    claims.set(finding, key);
    claimed.set(key, (claimed.get(key) ?? 0) + 1);
  }
  if (claims.size === 0) return unplaced;
  const soleClaim = (finding: Diagnostic): string | undefined => {
    const key = claims.get(finding);
    return key === undefined || (claimed.get(key) ?? 0) + (claimedUnlisted.get(key) ?? 0) !== 1 ? undefined : key;
  };
  const atKey = (finding: Diagnostic): Diagnostic | undefined => {
    const key = soleClaim(finding);
    if (key === undefined) return undefined;
    return { ...finding, path: key, at: "key", message: `${finding.message}; ${JSON.stringify(missing.get(finding)?.missing)} stands here, at ${key}, where the schemas do not know it: it belongs at ${finding.path}` };
  };
  // An unlisted finding has no message (nothing shows it): only its place moves.
  const unlistedAtKey = (finding: Diagnostic): Diagnostic => {
    const key = soleClaim(finding);
    return key === undefined ? finding : { ...finding, path: key, at: "key" };
  };
  return { findings: placedListed(findings, groups, atKey), unlisted: unlisted.map(unlistedAtKey) };
}

/** The listed findings, each placed at its key (atKey), a group's fields no key stands for left at the object. */
function placedListed(findings: readonly Diagnostic[], groups: ReadonlyMap<Diagnostic, MissingTogether>, atKey: (finding: Diagnostic) => Diagnostic | undefined): Diagnostic[] {
  return findings.flatMap((finding) => {
    const group = groups.get(finding);
    if (group === undefined) return [atKey(finding) ?? finding];
    const placed = group.singles.map(atKey);
    if (placed.every((single) => single === undefined)) return [finding];
    // The fields no key stands for stay at the object: one alone as its own finding, more as one.
    const left = group.singles.filter((_, index) => placed[index] === undefined);
    const rest = left.length > 1 ? [group.together(left)] : left;
    return [...rest, ...placed.filter((single) => single !== undefined)];
  });
}

/**
 * The key put in another object that a field named `name` missing at `place` claims (nearestKey),
 * among the keys named `names` that stand where the schemas do not know them; the payload walked once.
 */
export function misplacedKeyFinder(value: unknown, shape: Shape, names: ReadonlySet<string>): (place: string, name: string) => string | undefined {
  const unknown = unknownKeys(value, shape, names);
  return (place, name) => nearestKey(place, name, unknown);
}

/**
 * The keys named `names` that stand where the schemas do not know them: in each object whose
 * shape the schemas know, as unknown-property finds them (an open map's keys are the caller's
 * own, and what lies under an unknown key is not entered). Indexed by name and by each object
 * that holds them, at any depth but not past the list element they stand in (`name` NUL
 * `pointer`), the first in document order: a finding looks up its own place's objects, nearest
 * first, not every key (ten thousand items, each with its quantity in its product, are ten
 * thousand look-ups, not a hundred million).
 */
function unknownKeys(value: unknown, shape: Shape, names: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: unknown, here: Shape, path: string, holders: readonly string[]): void => {
    if (node === null || typeof node !== "object" || ownField(here, "map")) return;
    const inside = [...holders, path];
    if (Array.isArray(node)) {
      const items = here.items;
      // An element's keys are held by it and what it holds, not by the objects above its list: a
      // line without itemSpecifics claimed the one put in another line's product through the
      // order's root, and two claims moved neither (found by the list give-way property).
      if (items !== undefined) node.forEach((element, index) => visit(element, items, pointer(path, index), []));
      return;
    }
    const properties = here.properties;
    if (properties === undefined) return;
    for (const key of Object.keys(node)) {
      if (Object.hasOwn(properties, key)) visit((node as Record<string, unknown>)[key], properties[key] as Shape, pointer(path, key), inside);
      else if (names.has(key)) {
        for (const holder of inside) if (!found.has(`${key}\u0000${holder}`)) found.set(`${key}\u0000${holder}`, pointer(path, key));
      }
    }
  };
  visit(value, shape, "", []);
  return found;
}

/**
 * The misplaced key named `name` that stands nearest to where the field belongs: in the
 * innermost object or array on the way to that place that holds one, never in another element
 * of an array the place is in (quantity in orderItems[1]'s product is orderItems[1]'s, not
 * orderItems[0]'s); of several there, the first.
 */
function nearestKey(place: string, name: string, unknown: ReadonlyMap<string, string>): string | undefined {
  const keys = segments(place);
  for (let length = keys.length - 1; length >= 0; length--) {
    // The array itself holds the other elements' keys: the place's own element held none.
    if (isArrayIndex(keys[length] as string)) continue;
    const key = unknown.get(`${name}\u0000${pointer("", ...keys.slice(0, length))}`);
    if (key !== undefined) return key;
  }
  return undefined;
}
