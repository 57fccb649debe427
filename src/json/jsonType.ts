/**
 * What kind of JSON value a value is, as a message says it ("an object", "a string"): rules
 * name the type of a wrong value rather than echo it, since its text may be huge or hold
 * control characters.
 */
export function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
