import { abbreviates, damerauLevenshtein, nearestField, tolerance, withinDistance } from "../engine/nearestName.js";
import { isContainer } from "../json/jsonPointer.js";
import { documentsNameFor } from "./documentsWords.js";

/**
 * The key of an object that stands for a field the object lacks (`shipingAddress` for
 * shippingAddress, `currencyCode` for currency): where a missing field's finding is said, and
 * the one key unknown-property may tell to take the field's name. Two keys may stand for one
 * field (`quantiy` and `Quantity`); only one of them may be renamed to it, or the object holds
 * the field twice (of two repeated keys the OMS may read either).
 */

/**
 * The key that stands misspelt for a missing field in its object: of the keys the object's
 * shape does not know whose nearest known name is the field's, as unknown-property's "did you
 * mean" finds it (keyStandsFor, or the caller's `standsFor`), the nearest (standInRank: the
 * documents' words by `inDocumentsWords`); the first of two as near. Undefined when none is.
 * The first such key in the object's order gave the field to `quantiy` beside `Quantity`.
 */
export function misspeltKey(
  object: unknown,
  missing: string,
  known: readonly string[],
  standsFor?: (key: string) => boolean,
  inDocumentsWords: (key: string) => boolean = () => false,
): string | undefined {
  if (!isContainer(object) || Array.isArray(object)) return undefined;
  const missingLower = missing.toLowerCase();
  const held = (name: string) => Object.hasOwn(object, name);
  let nearest: string | undefined;
  let nearestRank = Infinity;
  for (const key of Object.keys(object)) {
    if (!(standsFor === undefined ? keyStandsFor(key, missing, known, held, missingLower) : standsFor(key))) continue;
    const rank = standInRank(key, missing, inDocumentsWords(key));
    if (rank < nearestRank) [nearest, nearestRank] = [key, rank];
    // None is nearer than the field in another letter case, and of two as near the first stands: the rest need not be read.
    if (nearestRank === 0) break;
  }
  return nearest;
}

/**
 * How near a key that stands for a field is to it, lower nearer, in the order nearestName
 * weighs a name: the field in another letter case (0), then the documents' own words for it (1:
 * `currencyCode`, which no edit distance finds, yet the documents say it), then a single edit
 * (2), an abbreviation (3), and further edits (2 + their count, from 4).
 */
export function standInRank(key: string, missing: string, inDocumentsWords: boolean): number {
  const keyLower = key.toLowerCase();
  const missingLower = missing.toLowerCase();
  if (keyLower === missingLower) return 0;
  if (inDocumentsWords) return 1;
  const edits = damerauLevenshtein(keyLower, missingLower);
  if (edits <= 1) return 2;
  return abbreviates(key, missing, "fromStart") ? 3 : 2 + edits;
}

/**
 * Whether a key may stand for a missing field at all: within the field's tolerance of it, or
 * abbreviating it. The other keys (all but a few, in an object of 10,000 unknown keys) are not
 * compared with every known name, once per missing field. It reads the names alone, so a
 * caller may keep its answer for every object of a shape.
 */
export function mayStandFor(key: string, missing: string, missingLower = missing.toLowerCase()): boolean {
  return withinDistance(key.toLowerCase(), missingLower, tolerance(key, missing)) || abbreviates(key, missing, "fromStart");
}

/**
 * Whether a key stands misspelt for a missing field (misspeltKey): unknown to the object's shape,
 * whose names are `known`, and nearest to the field. Among the names the object lacks, the
 * field must be the nearest (nearestName's own tie-break: where two missing fields are as near,
 * `customerP` with customer and customerIP both missing, the key stands for one of them, never
 * both). A name the object holds (`held`) loses a tie to the field, since the key cannot be a
 * second copy of it (`customerP` beside a held customer stands for the missing customerIP), but
 * not when it is nearer (`customerr`, one edit from a held customer, two from customerIP: not
 * moved; audits of suggestions).
 */
export function keyStandsFor(key: string, missing: string, known: readonly string[], held: (name: string) => boolean, missingLower = missing.toLowerCase()): boolean {
  if (!mayStandFor(key, missing, missingLower) || known.includes(key)) return false;
  if (nearestField(key, known.filter((name) => name === missing || !held(name))) !== missing) return false;
  const heldNames = known.filter((name) => name !== missing && held(name));
  // The field listed first: nearestName's last tie-break is the candidates' order.
  return heldNames.length === 0 || nearestField(key, [missing, ...heldNames]) === missing;
}

/**
 * Whether a key of the object stands for its missing field: misspelt (keyStandsFor), or named
 * in the documents' own words for it at this place of this kind (`currencyCode` for currency:
 * documentsNameFor), which unknown-property offers too; one finding, at the key, either way.
 */
export function standsForField(key: string, missing: string, known: readonly string[], object: unknown, kind: string | undefined, objectPath: string): boolean {
  const held = (name: string) => isContainer(object) && Object.hasOwn(object, name);
  if (keyStandsFor(key, missing, known, held)) return true;
  return inDocumentsWordsFor(key, missing, known, kind, objectPath);
}

/** Whether a key the shape does not know is the documents' own word for the missing field here (documentsNameFor). */
export function inDocumentsWordsFor(key: string, missing: string, known: readonly string[], kind: string | undefined, objectPath: string): boolean {
  return kind !== undefined && !known.includes(key) && documentsNameFor(kind, objectPath, key)?.field === missing;
}

/**
 * The key of the object at `objectPath` that stands for the field it lacks (misspeltKey with
 * standsForField): the key a missing field's finding is said at, and the one key that
 * unknown-property offers the field to (the others would repeat it).
 */
export function fieldStandIn(object: unknown, objectPath: string, missing: string, known: readonly string[], kind: string | undefined): string | undefined {
  return misspeltKey(
    object,
    missing,
    known,
    (key) => standsForField(key, missing, known, object, kind, objectPath),
    (key) => inDocumentsWordsFor(key, missing, known, kind, objectPath),
  );
}
