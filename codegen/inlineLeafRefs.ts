import type { JsonSchema } from "./schemaSet.js";
import { escapeSegment } from "../src/json/jsonPointer.js";

/**
 * The schemas with every `$ref` to a leaf (a subschema that holds no `$ref` itself) replaced
 * by a copy of its target, as Ajv's `inlineRefs` does, but in the schema rather than in
 * Ajv's code. Ajv's own inlining words an inlined error's schemaPath as the `$ref`, which
 * loses where it was used; a copy keeps the path from the schema the generated function
 * checks (`#/properties/customer/properties/email/type`), so that codegen can tell which
 * `errorMessage` covers each error (errorSites.ts). A call per leaf reference cost the
 * validator two thirds of its time (an options object per call).
 *
 * `origins` gives, for every object of a copy, the absolute place (`file#/pointer`) of the
 * object it copies: a constraint's rule (x-oms-rule) is keyed by its place in the files.
 */
export function inlineLeafRefs(schemas: ReadonlyMap<string, JsonSchema>): { schemas: Map<string, JsonSchema>; origins: Map<object, string> } {
  const origins = new Map<object, string>();
  const holding = new Map<unknown, boolean>();
  const holdsRef = (node: unknown): boolean => {
    if (typeof node !== "object" || node === null) return false;
    let has = holding.get(node);
    if (has === undefined) holding.set(node, (has = (!Array.isArray(node) && "$ref" in node) || Object.values(node).some(holdsRef)));
    return has;
  };
  const copy = (node: unknown, place: string): unknown => {
    if (typeof node !== "object" || node === null) return node;
    const out: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    origins.set(out, place);
    for (const [key, child] of Object.entries(node)) (out as Record<string, unknown>)[key] = copy(child, `${place}/${escapeSegment(key)}`);
    return out;
  };
  const transform = (node: unknown, file: string): unknown => {
    if (typeof node !== "object" || node === null) return node;
    if (Array.isArray(node)) return node.map((child) => transform(child, file));
    const { $ref, ...rest } = node as JsonSchema;
    const out: JsonSchema = {};
    for (const [key, child] of Object.entries(rest)) out[key] = transform(child, file);
    if (typeof $ref !== "string") return out;
    const target = resolve(schemas, file, $ref);
    if (target === undefined || holdsRef(target.node)) return { ...out, $ref };
    const inlined = copy(target.node, target.place) as JsonSchema;
    // A $ref beside other keywords: Ajv applies both, as the copy does inside allOf.
    return Object.keys(out).length === 0 ? inlined : { ...out, allOf: [...((out.allOf as unknown[] | undefined) ?? []), inlined] };
  };
  const result = new Map<string, JsonSchema>();
  for (const [file, schema] of schemas) result.set(file, transform(schema, file) as JsonSchema);
  return { schemas: result, origins };
}

/** The subschema a `$ref` names (`file.json#/pointer`, `#/pointer` in the same file, or a whole file). */
export function resolve(schemas: ReadonlyMap<string, JsonSchema>, file: string, ref: string): { node: unknown; place: string } | undefined {
  const hash = ref.indexOf("#");
  const targetFile = hash === 0 ? file : hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? "" : ref.slice(hash + 1);
  let node: unknown = schemas.get(targetFile);
  if (node === undefined) return undefined;
  for (const segment of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) throw new Error(`codegen: ${file} refers to ${ref}, which does not exist`);
  }
  return { node, place: `${targetFile}#${pointer}` };
}
