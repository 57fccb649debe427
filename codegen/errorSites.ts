import type { Ajv } from "ajv";
import { objectLiteralEnd } from "./codeScan.js";
import { escapeSegment } from "../src/json/jsonPointer.js";
import { places, type ConstraintRule } from "./schemaRules.js";
import type { JsonSchema } from "./schemaSet.js";

/**
 * Marks each error Ajv's standalone code can raise (an "error site": `{instancePath…,
 * schemaPath:"#/…",keyword…,message…}`) with what the schemas say of it, so that nothing is
 * left to do at run time:
 *
 * - its message becomes the schema's `errorMessage` where one covers it, with ajv-errors'
 *   meaning: an object keyed by keyword words the errors of that keyword of its own subschema
 *   (`required` by missing property); a string words every error of its subschema and of the
 *   subschemas within it; `properties` words the errors within a property's subschema. The
 *   innermost wins. (ajv-errors did this at run time, on every call, with a loop over the
 *   errors of each subschema that has a message: most of the validators' code and a third of
 *   their time.)
 * - given the constraints that name a rule, every error carries `constraint`, the place in
 *   the files (`file#/pointer/keyword`) of the constraint that raised it: src/lint/schemaDiagnostics.ts
 *   looks up its rule (x-oms-rule) there, and whoever shows a finding its passage
 *   (x-oms-passage). The places are one array (`cs`, like the messages' `em`): a site holds
 *   an index, not the text. The config's validator is generated without (`constraints` left out).
 *
 * Leaf references are copies in the compiled schemas (inlineLeafRefs.ts), so every site's
 * path runs from the schema its function checks; `origins` maps a copy back to the files.
 * A message over a subschema that still calls another function would not reach that
 * function's errors: codegen refuses such a schema.
 */
export function markErrorSites(
  code: string,
  ajv: Ajv,
  compiled: ReadonlyMap<string, JsonSchema>,
  origins: ReadonlyMap<object, string>,
  constraints?: Readonly<Record<string, ConstraintRule>>,
): string {
  checkMessagesReachEverything(compiled);
  const placeOf = places(compiled);
  const functionPlace = functionPlaces(ajv, placeOf);
  const messages: string[] = [];
  const messageIndex = new Map<string, number>();
  const constraintIndex = new Map<string, number>();
  const parts = code.split(/(?=function validate\d+\()/).map((part) => {
    const name = /^function (validate\d+)\(/.exec(part)?.[1];
    const place = name === undefined ? undefined : functionPlace.get(name);
    if (place === undefined) return part;
    let out = "";
    let from = 0;
    for (const match of part.matchAll(/schemaPath:"([^"]*)"/g)) {
      if (!match[1]!.startsWith("#")) throw new Error(`codegen: an error site's schemaPath ${match[1]} is not relative to its function (inlined by Ajv?)`);
      const { start, end } = siteLiteral(part, match.index);
      if (start < from) throw new Error(`codegen: error sites overlap at ${place}${match[1]}`);
      const literal = part.slice(start, end);
      const chain = holders(compiled, origins, place + match[1]!.slice(1));
      const missing = /params:\{missingProperty:\s*"([^"]+)"\}/.exec(literal)?.[1];
      const worded = messageFor(chain.nodes, chain.keyword, missing);
      let site = literal;
      if (worded !== undefined) {
        let index = messageIndex.get(worded.message);
        if (index === undefined) messageIndex.set(worded.message, (index = messages.push(worded.message) - 1));
        site = withMessage(site, `em[${index}]`);
        const up = levelsBelow(chain.nodes, worded.at);
        // The message stands where its subschema checks: `up` levels above the error's value.
        if (up > 0) site = `${site.slice(0, -1)},up:${up}}`;
      }
      if (constraints !== undefined) {
        let index = constraintIndex.get(chain.origin);
        if (index === undefined) constraintIndex.set(chain.origin, (index = constraintIndex.size));
        site = `${site.slice(0, -1)},constraint:cs[${index}]}`;
      }
      out += part.slice(from, start) + site;
      from = end;
    }
    return out + part.slice(from);
  });
  for (const absolute of Object.keys(constraints ?? {})) {
    if (!constraintIndex.has(absolute)) throw new Error(`codegen: no generated check raises ${absolute} (x-oms-rule on a keyword Ajv reports elsewhere?)`);
  }
  const constraintPlaces = constraints === undefined ? "" : `const cs = JSON.parse(${JSON.stringify(JSON.stringify([...constraintIndex.keys()]))});\n`;
  return `const em = JSON.parse(${JSON.stringify(JSON.stringify(messages))});\n${constraintPlaces}${parts.join("")}`;
}

interface Holder {
  readonly node: JsonSchema;
  /** The key this node stands at under its parent ("" for the function's own schema). */
  readonly key: string;
  /** A map of names to subschemas (properties, definitions…), not a subschema. */
  readonly container: boolean;
}

const containerKeys = new Set(["properties", "patternProperties", "definitions", "dependencies"]);

/** The subschemas from a file's root down to the one that holds an error site's keyword, and its place in the files. */
function holders(compiled: ReadonlyMap<string, JsonSchema>, origins: ReadonlyMap<object, string>, sitePath: string): { nodes: Holder[]; keyword: string; origin: string } {
  const hash = sitePath.indexOf("#");
  const file = sitePath.slice(0, hash);
  // Ajv writes a schemaPath as a URI fragment (`%24schema`).
  const segments = sitePath.slice(hash + 2).split("/").map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
  const keyword = segments.pop()!;
  let node = compiled.get(file) as unknown;
  const nodes: Holder[] = [{ node: node as JsonSchema, key: "", container: false }];
  let origin = `${file}#`;
  for (const segment of segments) {
    const parent = nodes[nodes.length - 1]!;
    node = (node as Record<string, unknown>)[segment];
    if (typeof node !== "object" || node === null) throw new Error(`codegen: error site ${sitePath} is not in the compiled schemas`);
    const copied = origins.get(node);
    origin = copied ?? `${origin}/${escapeSegment(segment)}`;
    nodes.push({ node: node as JsonSchema, key: segment, container: !parent.container && !Array.isArray(parent.node) && containerKeys.has(segment) });
  }
  return { nodes, keyword, origin: `${origin}/${escapeSegment(keyword)}` };
}

/**
 * The message the schemas give an error of `keyword` raised by the last of `nodes`, if any,
 * and the index of the node it words the error at: ajv-errors puts a string's (or a
 * property's) message at the place of the subschema that holds it, however deep the error.
 */
function messageFor(nodes: readonly Holder[], keyword: string, missing: string | undefined): { message: string; at: number } | undefined {
  const last = nodes.length - 1;
  const own = nodes[last]!.node.errorMessage;
  if (typeof own === "object" && own !== null && keyword in own) {
    const given = (own as Record<string, unknown>)[keyword];
    if (typeof given === "string") return { message: given, at: last };
    if (keyword === "required") {
      // Ajv names the missing property in the literal when it unrolls `required`; a loop over a variable could not be worded here.
      if (missing === undefined) throw new Error("codegen: a required error whose property is not in its literal (Ajv looped over the list?)");
      const byProperty = typeof given === "object" && given !== null ? (given as Record<string, unknown>)[missing] : undefined;
      if (typeof byProperty === "string") return { message: byProperty, at: last };
    }
  }
  for (let i = last; i >= 0; i--) {
    const holder = nodes[i]!;
    if (holder.container || Array.isArray(holder.node)) continue;
    const message = holder.node.errorMessage;
    if (typeof message === "string") return { message, at: i };
    const byProperty = (message as { properties?: Record<string, unknown> } | undefined)?.properties;
    const property = nodes[i + 2];
    if (byProperty && nodes[i + 1]?.key === "properties" && property !== undefined && typeof byProperty[property.key] === "string") {
      return { message: byProperty[property.key] as string, at: i + 2 };
    }
  }
  return undefined;
}

/** Keys under which a subschema checks a value one level down (a property, an element). */
const descending = new Set(["items", "additionalItems", "additionalProperties", "contains"]);

/** How many levels of the value lie between the subschemas `nodes[from]` and the last of `nodes`. */
function levelsBelow(nodes: readonly Holder[], from: number): number {
  let levels = 0;
  for (let j = from + 1; j < nodes.length; j++) {
    const parent = nodes[j - 1]!;
    const child = nodes[j]!;
    const property = parent.container && (parent.key === "properties" || parent.key === "patternProperties");
    const subschema = !parent.container && !Array.isArray(parent.node) && descending.has(child.key) && !Array.isArray(child.node);
    const tupleElement = Array.isArray(parent.node) && parent.key === "items";
    if (property || subschema || tupleElement) levels++;
  }
  return levels;
}

/** The error object literal around a `schemaPath:` at `at`: from its `{instancePath` to its closing brace. */
function siteLiteral(code: string, at: number): { start: number; end: number } {
  const start = code.lastIndexOf("{instancePath", at);
  if (start < 0) throw new Error(`codegen: no error object around ${code.slice(at, at + 80)}`);
  return { start, end: objectLiteralEnd(code, start) };
}

/** The error object literal with its last property, `message`, replaced by `expression`. */
function withMessage(literal: string, expression: string): string {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i];
    if (c === '"') {
      for (i++; literal[i] !== '"'; i++) if (literal[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "," && depth === 1 && literal.startsWith(",message:", i)) last = i;
  }
  if (last < 0) throw new Error(`codegen: an error object without a message: ${literal.slice(0, 120)}`);
  return `${literal.slice(0, last)},message:${expression}}`;
}

/** Each generated function's name → the place of the subschema it checks. */
function functionPlaces(ajv: Ajv, placeOf: ReadonlyMap<object, string>): Map<string, string> {
  const functionPlace = new Map<string, string>();
  const seen = new Set<object>();
  const visit = (env: unknown) => {
    if (typeof env !== "object" || env === null || seen.has(env)) return;
    seen.add(env);
    const { validateName, schema, refs } = env as { validateName?: unknown; schema?: unknown; refs?: Record<string, unknown> };
    const place = typeof schema === "object" && schema !== null ? placeOf.get(schema) : undefined;
    if (validateName !== undefined && place !== undefined) functionPlace.set(String(validateName), place);
    for (const ref of Object.values(refs ?? {})) visit(ref);
  };
  const internals = ajv as unknown as { schemas: Record<string, unknown>; refs: Record<string, unknown> };
  for (const env of Object.values(internals.schemas)) visit(env);
  for (const env of Object.values(internals.refs)) visit(env);
  return functionPlace;
}

/** A string or `properties` message must see every error beneath it: no `$ref` (another function) may stand there. */
function checkMessagesReachEverything(compiled: ReadonlyMap<string, JsonSchema>): void {
  const hasRef = (node: unknown): boolean =>
    typeof node === "object" && node !== null && ((!Array.isArray(node) && "$ref" in node) || Object.values(node).some(hasRef));
  const visit = (node: unknown, place: string, container: boolean) => {
    if (typeof node !== "object" || node === null) return;
    const message = Array.isArray(node) || container ? undefined : (node as JsonSchema).errorMessage;
    const covered = typeof message === "string" ? [node] : Object.keys((message as { properties?: object } | undefined)?.properties ?? {}).map((p) => ((node as JsonSchema).properties as JsonSchema | undefined)?.[p]);
    if (covered.some(hasRef)) throw new Error(`codegen: ${place}: its errorMessage covers a $ref that is not a leaf, whose errors it would not word`);
    for (const [key, child] of Object.entries(node)) if (key !== "errorMessage") visit(child, `${place}/${escapeSegment(key)}`, !container && !Array.isArray(node) && containerKeys.has(key));
  };
  for (const [file, schema] of compiled) visit(schema, `${file}#`, false);
}

