import { parentPointer, resolves } from "../json/jsonPointer.js";
import type { RulesConfig } from "../engine/ruleConfig.js";
import type { RuleSet } from "../engine/ruleSet.js";
import type { UnfilledPlaces } from "./unfilledPlaces.js";

/** A body finding as this step reads it. */
interface Finding {
  readonly ruleId: string;
  readonly messageId?: string;
  readonly path: string;
  readonly givesWayTo?: readonly string[];
}

/**
 * The written keys that findings given way to a key the client fills stood at: a field missing
 * is said at the key written in its place (`"nmae"` for name, `"externalOrderId"` for
 * externalOrderID), and unknown-property's "did you mean" there gives way to it (oneCause.ts).
 * Beside a variable standing for members or a key (`{"nmae": "a", {{$dotenv MORE}}}`), that
 * finding gives way in turn (no field is said missing: the variable may hold it), which left
 * the written key unjudged, though it is a fault whatever the variable holds: it holds the right
 * key, the written one is unknown; it does not, the field is missing (found by the review of
 * members variables). A key is judged where a finding standing at it says its field is missing;
 * another there (a repeat's duplicate-key) says nothing of its name. `dropped`: the findings given way to the client's keys; `standing`: the rest.
 */
export function keysLeftUnjudged(dropped: readonly Finding[], standing: readonly Finding[], value: unknown, places: UnfilledPlaces): Set<string> {
  // Judged where a finding standing there is about the key's name (the field said missing at it): a repeat's duplicate-key is not.
  const judged = new Set(standing.filter((m) => m.ruleId !== unknownProperty && m.messageId === "required").map((m) => m.path));
  const keys = new Set<string>();
  for (const m of dropped) {
    const object = parentPointer(m.path);
    if (object === undefined || judged.has(m.path) || !resolves(value, m.path) || places.keysHoldingVariable(object) === 0) continue;
    keys.add(m.path);
  }
  return keys;
}

/**
 * Unknown-property's findings at those keys, from the body's findings with those that give way
 * kept (givesWayTo): one a key, as a warning of its own (its rule's severity, a warning by
 * default: the variable may hold the right key, so the field is not said missing).
 */
export function unknownKeysAt<M extends Finding>(keys: ReadonlySet<string>, withYielding: readonly M[]): Map<string, Omit<M, "givesWayTo">> {
  const found = new Map<string, Omit<M, "givesWayTo">>();
  for (const { givesWayTo, ...m } of withYielding) {
    if (m.ruleId === unknownProperty && givesWayTo !== undefined && keys.has(m.path) && !found.has(m.path)) found.set(m.path, m);
  }
  return found;
}

/**
 * The rules a second pass runs to find those warnings: unknown-property as configured, and the
 * structural rules whose missing-field finding it gives way to (givesWayTo marks no finding
 * without it); every other rule off. Running them all again linted a 10,000-item body twice
 * for one warning (found by the review of members variables).
 */
export function rulesForUnknownKeys(set: RuleSet, rules: RulesConfig | undefined): RulesConfig {
  const off = set.rules.filter(({ meta }) => meta.id !== unknownProperty && meta.structural !== true).map(({ meta }) => [meta.id, "off"] as const);
  return { ...rules, ...Object.fromEntries(off) };
}

const unknownProperty = "unknown-property";
