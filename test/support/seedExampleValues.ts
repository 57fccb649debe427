import { readFileSync, readdirSync } from "node:fs";

/** The JSON type a seed example gives a field (a number with leading zeros, such as 01010, is still a number). */
export type SeedValueType = "string" | "number" | "boolean" | "null" | "object" | "array";

/** One `"field": value` of a seed example, with the field that holds it ("" at a body's top). */
export interface SeedValue {
  readonly parent: string;
  readonly field: string;
  readonly type: SeedValueType;
  readonly document: string;
}

const seedDir = new URL("../fixtures/seeds/", import.meta.url);

/**
 * A key with its value, or a bracket. The seeds' examples are not all JSON (MFG_ID placeholders,
 * 01010, trailing commas, snippets that start at a key), so they are read token by token, not parsed.
 */
const token = /"([^"\n]*)"\s*:\s*("[^"\n]*"|-?\d[\d.]*|true|false|null|\{|\[)|([{}[\]])/g;

function typeOf(value: string): SeedValueType {
  if (value === "{") return "object";
  if (value === "[") return "array";
  if (value.startsWith('"')) return "string";
  if (value === "null") return "null";
  return value === "true" || value === "false" ? "boolean" : "number";
}

/** Every field a document's examples show and the field that holds it: an array's elements are held by the array's field. */
export function seedExampleValuesOf(text: string, document: string): SeedValue[] {
  const values: SeedValue[] = [];
  const holders: string[] = [];
  for (const [, field, value, bracket] of text.matchAll(token)) {
    const parent = holders.at(-1) ?? "";
    if (bracket === "{" || bracket === "[") holders.push(parent);
    else if (bracket !== undefined) holders.pop();
    else {
      const type = typeOf(value!);
      values.push({ parent, field: field!, type, document });
      if (type === "object" || type === "array") holders.push(field!);
    }
  }
  return values;
}

/** The values of the five documents' examples (test/fixtures/seeds/, copied unchanged from shared/seeds/). */
export function seedExampleValues(): SeedValue[] {
  return readdirSync(seedDir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .flatMap((file) => seedExampleValuesOf(readFileSync(new URL(file, seedDir), "utf8"), file));
}
