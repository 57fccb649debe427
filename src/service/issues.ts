import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Diagnostic } from "../engine/diagnostic.js";
import { child, isArrayIndex, segments } from "../json/jsonPointer.js";

/**
 * The Standard Schema path of a JSON Pointer: property keys, with an array's index as a
 * number (`/orderItems/0/product` → ["orderItems", 0, "product"]). Only the value knows
 * whether "0" indexes an array or names a property, so the pointer is walked through it;
 * the place itself is not read, since a finding may be that reading it throws.
 */
export function issuePath(value: unknown, pointer: string): PropertyKey[] {
  const keys = segments(pointer);
  const path: PropertyKey[] = [];
  let node = value;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    path.push(Array.isArray(node) && isArrayIndex(key) ? Number(key) : key);
    if (i < keys.length - 1) node = child(node, key);
  }
  return path;
}

/** Each finding as a Standard Schema issue; one about the whole payload has no path. */
export function toIssues(value: unknown, diagnostics: readonly Diagnostic[]): StandardSchemaV1.Issue[] {
  return diagnostics.map((d) => (d.path === "" ? { message: d.message } : { message: d.message, path: issuePath(value, d.path) }));
}
