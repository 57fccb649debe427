import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { findOversized } from "../../src/source/entryCount.js";
import { parseSource } from "../../src/source/parseSource.js";
import { surveyValue } from "../../src/source/valueSurvey.js";
import { fuzzParameters, fuzzTimeout, jsonishText, mutatedText, validJsonText } from "./arbitraries.js";

/**
 * (b) The parser with positions, on arbitrary strings and on mutated payloads (ranges
 * deleted, duplicated, swapped; tokens put in): it never throws, and either gives exactly
 * what JSON.parse gives, or reports one fault at a place inside the text. On valid text,
 * the place of every value holds that value, and the structure counts match the parse.
 */

/** The offset at which each line starts, counted here independently of src/source/lineIndex.ts. */
function lineOffsets(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

function offsetOf(starts: readonly number[], line: number, column: number): number {
  return starts[line - 1]! + column - 1;
}

/** The value at a pointer, by own properties only (`__proto__` is a key like any other). */
function valueAt(value: unknown, keys: readonly (string | number)[]): unknown {
  let node = value;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function pointers(value: unknown, keys: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(keys);
  if (Array.isArray(value)) value.forEach((v, i) => pointers(v, [...keys, i], into));
  else if (typeof value === "object" && value !== null) for (const key of Object.keys(value)) pointers((value as Record<string, unknown>)[key], [...keys, key], into);
  return into;
}

const toPointer = (keys: readonly (string | number)[]) => keys.map((k) => `/${String(k).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

function count(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + count(v), 0);
  if (typeof value === "object" && value !== null) return 1 + Object.values(value).reduce((n: number, v) => n + count(v), 0);
  return 1;
}

/** The property of (b): parse as JSON.parse does, or one fault placed inside the text. */
function parsesLikeJsonParse(input: string): void {
  const parsed = parseSource(input);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let expected: unknown;
  let valid = true;
  try {
    expected = JSON.parse(text);
  } catch {
    valid = false;
  }
  if (valid) {
    expect(parsed.ok, parsed.ok ? "" : parsed.fault.message).toBe(true);
    if (parsed.ok) expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(expected));
  } else {
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const { fault, range } = parsed;
    expect(fault.message.length).toBeGreaterThan(0);
    expect(fault.offset).toBeGreaterThanOrEqual(0);
    expect(fault.offset).toBeLessThanOrEqual(text.length);
    expect(fault.length).toBeGreaterThanOrEqual(0);
    const starts = lineOffsets(text);
    expect(range.line).toBeGreaterThanOrEqual(1);
    expect(range.line).toBeLessThanOrEqual(starts.length);
    expect(range.column).toBeGreaterThanOrEqual(1);
    expect(offsetOf(starts, range.line, range.column)).toBe(fault.offset);
  }
  // lintText on the same text: never throws, every message placed on a line of the text. The
  // messages placed elsewhere in one expect: three for each message were most of vitest's
  // bookkeeping in this file (~6.5 µs an expect), for the same verdicts.
  const lines = lineOffsets(text).length;
  const misplaced = lintText(input, { kind: "createOrder" }).messages.filter((m) => !(m.line >= 1 && m.line <= lines && m.column >= 1));
  expect(misplaced, `a line from 1 to ${lines}, a column from 1`).toEqual([]);
}

describe("the parser with positions", () => {
  it(
    "on arbitrary strings: parses as JSON.parse does, or one fault inside the text",
    () => {
      fc.assert(fc.property(jsonishText, parsesLikeJsonParse), fuzzParameters);
    },
    fuzzTimeout,
  );

  it(
    "on mutated payloads (bytes deleted, duplicated, swapped, put in): the same",
    () => {
      fc.assert(fc.property(mutatedText, parsesLikeJsonParse), fuzzParameters);
    },
    fuzzTimeout,
  );

  it(
    "on valid text: the range of every value holds that value",
    () => {
      fc.assert(
        fc.property(validJsonText, ({ value, text }) => {
          const parsed = parseSource(text);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const all = pointers(value).slice(0, 60);
          const ranges = parsed.locate.pointers(all.map(toPointer));
          const starts = lineOffsets(text);
          // Each pointer with what its range holds, against each with its value: one expect, not one a pointer (up to 60 a run).
          const held = all.map((keys, i) => {
            const range = ranges[i]!;
            const slice = text.slice(offsetOf(starts, range.line, range.column), offsetOf(starts, range.endLine, range.endColumn));
            return [toPointer(keys), JSON.stringify(JSON.parse(slice))];
          });
          expect(held).toEqual(all.map((keys) => [toPointer(keys), JSON.stringify(valueAt(value, keys))]));
        }),
        fuzzParameters,
      );
    },
    fuzzTimeout,
  );

  it(
    "on valid text: a value located alone holds that value (every container no pointer enters is passed over by its brackets, strings and escapes within)",
    () => {
      fc.assert(
        fc.property(validJsonText, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), ({ value, text }, picks) => {
          const parsed = parseSource(text);
          if (!parsed.ok) throw new Error("valid JSON text did not parse");
          const all = pointers(value);
          const starts = lineOffsets(text);
          for (const keys of picks.map((pick) => all[pick % all.length]!)) {
            const [range] = parsed.locate.pointers([toPointer(keys)]);
            const slice = text.slice(offsetOf(starts, range!.line, range!.column), offsetOf(starts, range!.endLine, range!.endColumn));
            expect(JSON.stringify(JSON.parse(slice)), toPointer(keys)).toBe(JSON.stringify(valueAt(value, keys)));
          }
        }),
        fuzzParameters,
      );
    },
    fuzzTimeout,
  );

  it(
    "on valid text: the text scan counts depth, entries and values as the parsed value holds them",
    () => {
      fc.assert(
        fc.property(validJsonText, ({ value, text }) => {
          const { depth, widest } = surveyValue(value);
          const values = count(value);
          const exact = { maxDepth: Math.max(depth, 1), maxEntries: Math.max(widest, 1), maxValues: values };
          expect(findOversized(text, exact)).toBeUndefined();
          if (values > 1) expect(findOversized(text, { ...exact, maxValues: values - 1 })?.limit).toBe("values");
          if (depth > 1) expect(findOversized(text, { ...exact, maxDepth: depth - 1 })?.limit).toBe("depth");
          if (widest > 1) expect(findOversized(text, { ...exact, maxEntries: widest - 1 })?.limit).toBe("entries");
          if (widest > 1) expect(parseSource(text, { maxEntries: widest - 1 }).ok).toBe(false);
          if (depth > 1) expect(parseSource(text, { maxDepth: depth - 1 }).ok).toBe(false);
        }),
        fuzzParameters,
      );
    },
    fuzzTimeout,
  );
});
