import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Diagnostic } from "../engine/diagnostic.js";
import { child, segments } from "../json/jsonPointer.js";

/**
 * The Standard Schema path of a JSON Pointer: property keys, with an array's index as a
 * number (`/orderItems/0/product` → ["orderItems", 0, "product"]). Only the value knows
 * whether "0" indexes an array or names a property, so the pointer is walked through it.
 */
export function issuePath(value: unknown, pointer: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  let node = value;
  for (const key of segments(pointer)) {
    path.push(Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : key);
    node = child(node, key);
  }
  return path;
}

/** Each finding as a Standard Schema issue; one about the whole payload has no path. */
export function toIssues(value: unknown, diagnostics: readonly Diagnostic[]): StandardSchemaV1.Issue[] {
  return diagnostics.map((d) => (d.path === "" ? { message: d.message } : { message: d.message, path: issuePath(value, d.path) }));
}
