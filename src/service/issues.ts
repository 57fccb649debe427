import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Diagnostic } from "../engine/diagnostic.js";
import { child, isArrayIndex, isContainer, pointer as childPointer, segments } from "../json/jsonPointer.js";
import { toJSONOf } from "../json/toJSONMethod.js";

/**
 * The Standard Schema path of a JSON Pointer: property keys, with an array's index as a
 * number (`/orderItems/0/product` → ["orderItems", 0, "product"]). Only the body knows
 * whether "0" indexes an array or names a property, so the pointer is walked through it as
 * JSON.stringify sends it, which is what validate() checks and its pointers name: an entity
 * whose toJSON answers the body, or a collection whose toJSON answers an array, is walked as
 * that answer. The place itself is not read, since a finding may be that reading it throws.
 */
export function issuePath(value: unknown, pointer: string, written: Map<string, unknown> = new Map()): PropertyKey[] {
  const keys = segments(pointer);
  const path: PropertyKey[] = [];
  let node = writtenAt(written, "", () => asWritten(value, ""));
  let place = "";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    path.push(Array.isArray(node) && isArrayIndex(key) ? Number(key) : key);
    if (i === keys.length - 1) break;
    const holder = node;
    place = childPointer(place, key);
    node = writtenAt(written, place, () => asWritten(child(holder, key), key));
  }
  return path;
}

/**
 * The value written at a place, asked once for all the findings: a toJSON may build the whole
 * body afresh at each call (an ORM entity), and a body may have a thousand findings.
 */
function writtenAt(written: Map<string, unknown>, place: string, write: () => unknown): unknown {
  if (!written.has(place)) written.set(place, write());
  return written.get(place);
}

/**
 * What JSON.stringify writes in an object's place (SerializeJSONProperty): its toJSON's answer,
 * asked with the key it stands at ("" at the root), or the object itself. A toJSON that throws
 * sends nothing (that is the finding there): nothing past it is walked.
 */
function asWritten(node: unknown, key: string): unknown {
  if (!isContainer(node)) return node;
  const toJSON = toJSONOf(node);
  if (typeof toJSON !== "function") return node;
  try {
    return Reflect.apply(toJSON, node, [key]);
  } catch {
    return undefined;
  }
}

/** Each finding as a Standard Schema issue; one about the whole payload has no path. */
export function toIssues(value: unknown, diagnostics: readonly Diagnostic[]): StandardSchemaV1.Issue[] {
  const written = new Map<string, unknown>();
  return diagnostics.map((d) => (d.path === "" ? { message: d.message } : { message: d.message, path: issuePath(value, d.path, written) }));
}
