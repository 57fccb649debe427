/**
 * How two custom data names differ, for the PUT rules. The documents say the name of a PUT
 * "must be the name of an existing record and cannot be changed", but not how the OMS compares
 * names: a difference in letter case or surrounding spaces alone is a change if it compares
 * them exactly, and none if it ignores case and spaces (as many databases' collations do).
 */
export type NameDifference = "none" | "letter case" | "surrounding spaces" | "letter case and surrounding spaces" | "other";

export function nameDifference(sent: string, existing: string): NameDifference {
  if (sent === existing) return "none";
  const [sentTrimmed, existingTrimmed] = [sent.trim(), existing.trim()];
  if (sentTrimmed === existingTrimmed) return "surrounding spaces";
  if (sentTrimmed.toLowerCase() !== existingTrimmed.toLowerCase()) return "other";
  return sent.length === sentTrimmed.length && existing.length === existingTrimmed.length ? "letter case" : "letter case and surrounding spaces";
}
