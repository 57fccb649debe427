import type { Diagnostic } from "../engine/diagnostic.js";
import { pointer, valueAt } from "../json/jsonPointer.js";
import { missingFieldOf } from "./missingFinding.js";
import { shapeAt, type Shape } from "../kinds/shape.js";
import { misspeltKey, misspeltWording } from "./schemaWording.js";

/**
 * A finding about a missing field whose object holds it misspelt (`shipingAddress`,
 * `itmTaxOverride`) is one finding: the field's own, with its rule and severity, at the
 * misspelt key the user fixes and naming it. Unknown-property's "did you mean" there
 * (meta.yieldsTo) then adds nothing: see src/lint/oneCause.ts.
 */
export function atMisspeltKey(finding: Diagnostic, objectPath: string, missing: string, value: unknown, shape: Shape | undefined): Diagnostic {
  const known = Object.keys(shapeAt(shape, objectPath)?.properties ?? {});
  const key = misspeltKey(valueAt(value, objectPath), missing, known);
  if (key === undefined) return finding;
  return { ...finding, path: pointer(objectPath, key), message: misspeltWording(finding.message, key, missing), at: "key" };
}

/**
 * The rules' findings, each one about a field that is missing moved to the misspelt key that
 * stands for it (see missingFieldOf).
 */
export function rulesAtMisspeltKeys(findings: readonly Diagnostic[], value: unknown, shape: Shape | undefined): Diagnostic[] {
  return findings.map((finding) => {
    const field = missingFieldOf(finding, value);
    return field === undefined ? finding : atMisspeltKey(finding, field.objectPath, field.missing, value, shape);
  });
}
