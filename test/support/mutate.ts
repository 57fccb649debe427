import { segments } from "../../src/json/jsonPointer.js";
import { validate } from "../../src/lint/validate.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { rules } from "../../rules/index.js";

/** A deep copy of `value` with the value at `path` replaced (or removed, for `undefined`). */
export function withValueAt<T>(value: T, path: string, replacement: unknown): T {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  const keys = segments(path);
  const last = keys.pop();
  let node: any = copy;
  for (const key of keys) node = node[key];
  if (last === undefined) return replacement as T;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

const rulesOff = Object.fromEntries(rules.map((r) => [r.meta.id, "off" as const]));

/** The paths of the schema's errors alone (every rule off). */
export function schemaErrorPaths(kind: Kind, value: unknown): string[] {
  return validate(kind, value, { rules: rulesOff }).diagnostics.map((d) => d.path);
}
