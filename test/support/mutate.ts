import { segments } from "../../src/json/jsonPointer.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { createLinter } from "../../src/lint/linter.js";
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

/** Every place in a value, the root included, as JSON Pointers. */
export function pointers(value: unknown, at = ""): string[] {
  if (typeof value !== "object" || value === null) return [at];
  const below = Object.entries(value).flatMap(([key, child]) => pointers(child, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  return [at, ...below];
}

/** A linter of the structural rules alone (the schema's constraints, no other rule). */
const structural = createLinter({ rules: rules.filter((rule) => rule.meta.structural) });

/** The paths of the schema's findings alone, errors and warnings. */
export function schemaErrorPaths(kind: Kind, value: unknown): string[] {
  return structural.validate(kind, value).diagnostics.map((d) => d.path);
}
