/**
 * Whether a value is an array of strings at every index: a hole is none (Array.prototype.every
 * skips holes, and JSON.stringify writes one as null). The one test of "a list of strings" for
 * a search parameter given as a list and for the settings that take one.
 */
export function isListOfStrings(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) if (typeof value[index] !== "string") return false;
  return true;
}
