import type { Diagnostic } from "../engine/diagnostic.js";
import { pointer, valueAt } from "../json/jsonPointer.js";
import { missingFieldOf } from "./missingFinding.js";
import { shapeAt, type Shape } from "../kinds/shape.js";
import { misspeltWording } from "./schemaWording.js";
import { documentsNameFor } from "../domain/documentsWords.js";
import { fieldStandIn, inDocumentsWordsFor, mayStandFor, misspeltKey, standsForField } from "../domain/standInKey.js";

/**
 * A finding about a missing field whose object holds it misspelt (`shipingAddress`,
 * `itmTaxOverride`) is one finding: the field's own, with its rule and severity, at the
 * misspelt key the user fixes and naming it. Unknown-property's "did you mean" there
 * (meta.yieldsTo) then adds nothing: see src/lint/oneCause.ts.
 */
export function atMisspeltKey(finding: Diagnostic, objectPath: string, missing: string, value: unknown, shape: Shape | undefined, kind?: string): Diagnostic {
  const known = Object.keys(shapeAt(shape, objectPath)?.properties ?? {});
  const object = valueAt(value, objectPath);
  return atKey(finding, objectPath, missing, fieldStandIn(object, objectPath, missing, known, kind));
}

/**
 * atMisspeltKey for many findings of one payload: each key is read against its object's names
 * once, not once a finding. The give-way step asks it of every line past a list's note that a
 * rule found a key in (11,000 lines of `partnumber` for `partNumber`: unknown-property's 1,000
 * and the 10,000 it keeps past them), where each line's keys are the same few (found by the
 * library's speed audit). What is kept is whether a key may stand for the field at all
 * (mayStandFor, the names alone); the few keys that may are weighed against each object's own
 * held names, which differ from line to line.
 */
export function misspeltKeyPlacer(value: unknown, shape: Shape | undefined, kind?: string): (finding: Diagnostic, objectPath: string, missing: string) => Diagnostic {
  const readings = new Map<Shape | undefined, { readonly known: string[]; readonly standing: Map<string, Map<string, boolean>> }>();
  return (finding, objectPath, missing) => {
    const objectShape = shapeAt(shape, objectPath);
    let reading = readings.get(objectShape);
    if (reading === undefined) readings.set(objectShape, (reading = { known: Object.keys(objectShape?.properties ?? {}), standing: new Map() }));
    const { known, standing } = reading;
    let byKey = standing.get(missing);
    if (byKey === undefined) standing.set(missing, (byKey = new Map()));
    const read = byKey;
    const object = valueAt(value, objectPath);
    const standsFor = (key: string) => {
      let may = read.get(key);
      if (may === undefined) read.set(key, (may = mayStandFor(key, missing)));
      // The documents' words are asked at each place (a shape may stand at several; the table has four entries).
      return (may || (kind !== undefined && documentsNameFor(kind, objectPath, key) !== undefined)) && standsForField(key, missing, known, object, kind, objectPath);
    };
    return atKey(finding, objectPath, missing, misspeltKey(object, missing, known, standsFor, (key) => inDocumentsWordsFor(key, missing, known, kind, objectPath)));
  };
}

function atKey(finding: Diagnostic, objectPath: string, missing: string, key: string | undefined): Diagnostic {
  if (key === undefined) return finding;
  return { ...finding, path: pointer(objectPath, key), message: misspeltWording(finding.message, key, missing), at: "key" };
}

/**
 * The rules' findings, each one about a field that is missing moved to the misspelt key that
 * stands for it (see missingFieldOf).
 */
export function rulesAtMisspeltKeys(findings: readonly Diagnostic[], value: unknown, shape: Shape | undefined, kind?: string): Diagnostic[] {
  return findings.map((finding) => {
    const field = missingFieldOf(finding, value);
    return field === undefined ? finding : atMisspeltKey(finding, field.objectPath, field.missing, value, shape, kind);
  });
}
