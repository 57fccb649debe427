import type { Diagnostic } from "../engine/diagnostic.js";
import { pointer, segments, valueAt } from "../json/jsonPointer.js";
import { ownField } from "../engine/ownField.js";

/** What a finding about a missing field names: the object that lacks it, and the field. */
export interface MissingField {
  readonly objectPath: string;
  readonly missing: string;
}

/**
 * The field a finding says is missing: a finding at a property its object does not have (the
 * schema's "required", carrier-triplet's missing carrier, …). A finding with a fix or a suggestion keeps its
 * place (its edit is made for that place), and one already at a key has been placed. Each read
 * as the finding holds it: a polluted `Object.prototype.fix` (or `at`, `suggestion`) made every
 * missing field's finding none, so a field put in another object drew two findings and flipped
 * the verdict (found by the differential review of the twenty-third stop).
 */
export function missingFieldOf(finding: Diagnostic, value: unknown): MissingField | undefined {
  if (ownField(finding, "fix") !== undefined || ownField(finding, "suggestion") !== undefined || ownField(finding, "at") !== undefined) return undefined;
  return missingFieldAt(finding.path, value);
}

/** The field a place names that its object does not have: what a finding there, neither placed nor carrying an edit, says is missing. */
export function missingFieldAt(path: string, value: unknown): MissingField | undefined {
  if (path === "") return undefined;
  const keys = segments(path);
  const missing = keys.at(-1) as string;
  const objectPath = pointer("", ...keys.slice(0, -1));
  const object = valueAt(value, objectPath);
  if (object === null || typeof object !== "object" || Array.isArray(object) || Object.hasOwn(object, missing)) return undefined;
  return { objectPath, missing };
}
