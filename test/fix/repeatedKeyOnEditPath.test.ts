import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFix } from "../../src/index.js";
import { fix, lintText } from "../../src/builtIn/linter.js";
import { defaultMaxDepth } from "../../src/source/parseSource.js";
import { escapeSegment } from "../../src/json/jsonPointer.js";
import type { JsonEdit } from "../../src/engine/jsonEdit.js";

/**
 * The edit planner refuses a pointer that passes through a key repeated in its object, while it
 * walks the text to the edit's place: validate() reports on the last of repeated keys (the value
 * JSON.parse keeps), and an edit made at the first changes a value the finding is not about.
 * applyFix checked this by parsing the text again under the default limits: past them it could
 * not tell, and edited the first `orderID` of a text the caller had linted with raised limits.
 */
describe("an edit whose pointer passes through a repeated key", () => {
  const deep = "[".repeat(defaultMaxDepth + 1) + "]".repeat(defaultMaxDepth + 1);
  const pastLimits = `{"orderID": 5, "customData": {"nest": ${deep}}, "orderID": 100}`;

  it("applyFix leaves a text past the default parse limits as it was", () => {
    expect(applyFix(pastLimits, { path: "/orderID", value: null })).toBe(pastLimits);
  });

  it("fix() leaves it too when more repeats than the facts list come first", () => {
    // 1,001 repeats are listed (maxFactsPerSort); the orderID after them was the first's to edit.
    const noise = Array.from({ length: 1002 }, (_, i) => `"k${i}":{"a":1,"a":2}`).join(",");
    const text = `{"externalOrderID":"A-1","orderID": 5,"customData":{${noise}},"orderID": 100}`;
    const fixed = fix(text, "createOrder");
    expect(fixed.fixed).toEqual([]);
    // Not toBe: the text is 20,000 characters, and a difference would be printed whole.
    expect(fixed.output === text).toBe(true);
    const ids = lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId === "read-only-ids");
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((m) => m.fix === undefined)).toBe(true);
  });
});

/** A key as it may be written: some characters as \u escapes, which JSON.parse reads as the same key. */
function spelled(key: string, escaped: readonly boolean[]): string {
  let out = "";
  [...key].forEach((char, i) => {
    out += escaped[i % Math.max(escaped.length, 1)] ? [...char].map((unit) => "\\u" + unit.charCodeAt(0).toString(16).padStart(4, "0")).join("") : JSON.stringify(char).slice(1, -1);
  });
  return `"${out}"`;
}

const keyArbitrary = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("orderID", "price", "__proto__", "a/b", "~0", ""));
const spellingArbitrary = fc.array(fc.boolean(), { minLength: 1, maxLength: 4 });
const scalarText = fc.jsonValue({ maxDepth: 1 }).map((value) => JSON.stringify(value));
const editValue = fc.oneof(fc.constant(null), fc.boolean(), fc.string({ maxLength: 4 }), fc.integer());

interface Level {
  readonly key: string;
  readonly siblings: readonly (readonly [string, string])[];
  readonly at: number;
  readonly spelling: readonly boolean[];
  readonly otherSpelling: readonly boolean[];
  readonly repeatFirst: boolean;
  readonly repeatValue: string | undefined;
}

const levelArbitrary = fc.record({
  key: keyArbitrary,
  siblings: fc.array(fc.tuple(keyArbitrary, scalarText), { maxLength: 3 }),
  at: fc.nat(3),
  spelling: spellingArbitrary,
  otherSpelling: spellingArbitrary,
  repeatFirst: fc.boolean(),
  repeatValue: fc.option(scalarText, { nil: undefined }),
});

/** The object of one level around `inner`, its key repeated (the other occurrence holding `repeatValue`, else `inner` again) when `repeated`. */
function objectText(level: Level, inner: string, repeated: boolean, space: string): string {
  const members = level.siblings.filter(([k]) => k !== level.key).filter(([k], i, all) => all.findIndex(([other]) => other === k) === i).map(([k, v]) => `${JSON.stringify(k)}:${space}${v}`);
  const own = `${spelled(level.key, level.spelling)}:${space}${inner}`;
  const again = `${spelled(level.key, level.otherSpelling)}:${space}${level.repeatValue ?? inner}`;
  const placed = repeated ? (level.repeatFirst ? [again, own] : [own, again]) : [own];
  members.splice(level.at % (members.length + 1), 0, ...placed);
  return `{${space}${members.join(`,${space}`)}${space}}`;
}

const caseArbitrary = fc
  .record({
    levels: fc.array(levelArbitrary, { minLength: 1, maxLength: 4 }),
    repeatAt: fc.nat(),
    leaf: scalarText,
    space: fc.constantFrom("", " ", "\n  ", "\r\n\t"),
    edit: fc.oneof(fc.constant({ remove: true as const }), editValue.map((value) => ({ value }))),
  })
  .map(({ levels, repeatAt, leaf, space, edit }) => {
    const repeatLevel = repeatAt % levels.length;
    const build = (withRepeat: boolean) => levels.reduceRight((inner, level, i) => objectText(level, inner, withRepeat && i === repeatLevel, space), leaf);
    const path = levels.map((level) => "/" + escapeSegment(level.key)).join("");
    return { text: build(true), plain: build(false), keys: levels.map((level) => level.key), edit: { path, ...edit } as JsonEdit };
  });

describe("applyFix and a repeated key on the edit's path (property)", () => {
  it("returns the input unchanged", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ text, edit }) => {
        expect(applyFix(text, edit)).toBe(text);
      }),
      { seed: 20261208, numRuns: 400 },
    );
  });

  it("makes the same edit where no key is repeated (the pointers the property draws are reached)", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ plain, keys, edit }) => {
        let value: unknown = JSON.parse(applyFix(plain, edit));
        for (const key of keys.slice(0, -1)) value = (value as Record<string, unknown>)[key];
        const last = keys[keys.length - 1]!;
        if ("remove" in edit) expect(Object.hasOwn(value as object, last)).toBe(false);
        else expect((value as Record<string, unknown>)[last]).toEqual(edit.value);
      }),
      { seed: 20261208, numRuns: 400 },
    );
  });
});
