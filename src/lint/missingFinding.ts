import type { Diagnostic } from "../engine/diagnostic.js";
import { pointer, segments, valueAt } from "../json/jsonPointer.js";

/** What a finding about a missing field names: the object that lacks it, and the field. */
export interface MissingField {
  readonly objectPath: string;
  readonly missing: string;
}

/**
 * The field a finding says is missing: a finding at a property its object does not have (the
 * schema's "required", carrier-triplet's missing carrier, …). A finding with a fix or a suggestion keeps its
 * place (its edit is made for that place), and one already at a key has been placed.
 */
export function missingFieldOf(finding: Diagnostic, value: unknown): MissingField | undefined {
  if (finding.fix !== undefined || finding.suggestion !== undefined || finding.at !== undefined || finding.path === "") return undefined;
  const keys = segments(finding.path);
  const missing = keys.at(-1) as string;
  const objectPath = pointer("", ...keys.slice(0, -1));
  const object = valueAt(value, objectPath);
  if (object === null || typeof object !== "object" || Array.isArray(object) || Object.hasOwn(object, missing)) return undefined;
  return { objectPath, missing };
}
