import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCachedFile } from "../../src/lint/cachedResult.js";
import type { LintMessage } from "../../src/lint/lintResult.js";

/**
 * Found by the cache audit: a cached message's `suggestion` and `givesWayTo` were not checked and
 * unknown keys were kept, so `"suggestion": {"line": "oops"}`, `"givesWayTo": 7` and
 * `"injected": "<script>"` reached the json report with no note. An entry is checked field by
 * field; a message with every field LintMessage has is accepted (Required<> fails to compile
 * when a field is added and not written here), and any one corruption of it is refused.
 */

const columns = { column: 3, endColumn: 9 };
const edit = { line: 1, column: 3, endLine: 1, endColumn: 9, text: '"x"', utf8: columns };
const everyField: Required<LintMessage> = {
  ruleId: "oms/some-rule",
  messageId: "tooLong",
  severity: 1,
  level: "warning",
  evidence: "inferred",
  message: "m",
  path: "/name",
  constraint: "maxLength",
  line: 1,
  column: 3,
  endLine: 1,
  endColumn: 9,
  fatal: true,
  fix: edit,
  suggestion: edit,
  utf8: columns,
  givesWayTo: ["oms/other-rule"],
  countedRules: ["oms/other-rule"],
  request: { key: "0123456789abcdef", pointer: "/item/0/request" },
};
const ruleIds = new Set(["oms/some-rule", "oms/other-rule"]);
const entry = (message: unknown) => ({ hash: "h", key: "k", kind: null, messages: [message] });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Every place in the message: a path of keys to an object or a value inside it. */
function places(value: Json, path: string[] = []): string[][] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [path];
  return [path, ...Object.entries(value).flatMap(([key, inner]) => places(inner, [...path, key]))];
}
const jsonType = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);
const at = (value: Json, path: string[]): Json => path.reduce<Json>((inner, key) => (inner as Record<string, Json>)[key]!, value);
/** A copy of the message with the value at `path` replaced (or, with `extra`, a key added to the object there). */
function corrupt(path: string[], change: (target: Record<string, Json>, key: string) => void): Json {
  const copy = structuredClone(everyField) as unknown as Json;
  const parent = path.length === 0 ? { root: copy } : (at(copy, path.slice(0, -1)) as Record<string, Json>);
  change(parent, path.at(-1) ?? "root");
  return path.length === 0 ? (parent as { root: Json }).root : copy;
}

describe("a cached message", () => {
  it("with every field LintMessage has, each as a run writes it, is accepted", () => {
    expect(isCachedFile(entry(everyField), ruleIds)).toBe(true);
    expect(isCachedFile(entry({ ...everyField, fatal: undefined, fix: undefined, suggestion: undefined, utf8: undefined, givesWayTo: undefined, countedRules: undefined, constraint: undefined }), ruleIds)).toBe(true);
  });

  it.each([
    ["a suggestion that is no edit", { ...everyField, suggestion: { line: "oops" } }],
    ["givesWayTo that is no list", { ...everyField, givesWayTo: 7 }],
    ["givesWayTo naming a rule the run does not have", { ...everyField, givesWayTo: ["nope/rule"] }],
    ["countedRules that is no list", { ...everyField, countedRules: "schema/quantity" }],
    ["countedRules naming a rule the run does not have", { ...everyField, countedRules: ["nope/rule"] }],
    ["a key a message does not have", { ...everyField, injected: "<script>" }],
    ["a key an edit does not have", { ...everyField, fix: { ...edit, injected: "<script>" } }],
  ])("with %s is refused", (_name, message) => {
    expect(isCachedFile(entry(message), ruleIds)).toBe(false);
  });

  const messagePlaces = places(everyField as unknown as Json);
  it("any one value turned into one of another JSON type is refused", () => {
    fc.assert(
      fc.property(fc.constantFrom(...messagePlaces.filter((path) => path.length > 0)), fc.jsonValue(), (path, value) => {
        fc.pre(jsonType(value) !== jsonType(at(everyField as unknown as Json, path)));
        expect(isCachedFile(entry(corrupt(path, (target, key) => void (target[key] = value as Json))), ruleIds)).toBe(false);
      }),
    );
  });

  it("any one key added to any object in it is refused", () => {
    const objects = messagePlaces.filter((path) => jsonType(at(everyField as unknown as Json, path)) === "object");
    fc.assert(
      fc.property(fc.constantFrom(...objects), fc.string({ minLength: 1 }), fc.jsonValue(), (path, name, value) => {
        const target = at(everyField as unknown as Json, path) as Record<string, Json>;
        fc.pre(!Object.hasOwn(target, name) && name !== "__proto__");
        const added = corrupt([...path, name], (object, key) => void Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true }));
        expect(isCachedFile(entry(added), ruleIds)).toBe(false);
      }),
    );
  });
});
