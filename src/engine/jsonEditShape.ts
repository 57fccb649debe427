import type { JsonEdit } from "./jsonEdit.js";

/**
 * Whether a value is a JsonEdit the planner can write, read by its own fields as the planner reads
 * them (isRemoval): a string `path`, and either `remove` true or a `value` that JSON writes as
 * itself (null, a boolean, a string, a finite number). applyFix's argument and a rule's report
 * are held to it: a value of undefined was written as `{"name":}`, a BigInt threw.
 */
export function isJsonEdit(edit: unknown): edit is JsonEdit {
  if (typeof edit !== "object" || edit === null || Array.isArray(edit)) return false;
  const own = (name: string) => (Object.prototype.hasOwnProperty.call(edit, name) ? (edit as Record<string, unknown>)[name] : undefined);
  return typeof own("path") === "string" && (own("remove") === true || (Object.prototype.hasOwnProperty.call(edit, "value") && isEditValue(own("value"))));
}

function isEditValue(value: unknown): boolean {
  return value === null || typeof value === "boolean" || typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}
