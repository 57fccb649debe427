import type { Diagnostic } from "../engine/diagnostic.js";
import { writtenAsNullWording } from "./schemaWording.js";

/**
 * The findings of a value as sent, where a NaN or ±Infinity was written as null: a schema
 * finding about the null there says what the caller's value held and why it is null (a field
 * that takes null has no finding: the body sent is valid there).
 */
export function withNonFiniteNamed(found: Diagnostic[], nonFinite: ReadonlyMap<string, number> | undefined): Diagnostic[] {
  if (nonFinite === undefined || nonFinite.size === 0) return found;
  return found.map((finding) => {
    const value = nonFinite.get(finding.path);
    if (value === undefined || finding.at === "key" || !finding.ruleId.startsWith("schema")) return finding;
    return { ...finding, message: writtenAsNullWording(finding.message, value) };
  });
}
