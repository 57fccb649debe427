import { join } from "node:path";
import { tmpdir } from "node:os";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recommendedConfig } from "../support/eslintRun.js";

/**
 * Each of `languageOptions.limits` at its boundary, under ESLint 9 and 10: a text of exactly
 * the limit (levels, entries of one list, values in all) is parsed and linted (the rules'
 * pass runs: it says the kind cannot be told, save of `[]`, a clean run's report); one more is one fatal parsing error at the
 * place the CLI gives, naming the option. Below the depth ceiling (1,000) the depth verdict
 * names languageOptions.limits.maxDepth; at it, it says that ESLint reads no deeper.
 */

type Limit = "maxDepth" | "maxEntries" | "maxValues";

/** A one-line text of `size` levels (nested), entries (of the outer list or object) or values (in all), and the column of each entry. */
function textOf(limit: Limit, size: number, objects: boolean): { text: string; entryColumn: (index: number) => number } {
  if (limit === "maxDepth") {
    const text = objects ? `${'{"a":'.repeat(size)}1${"}".repeat(size)}` : `${"[".repeat(size)}${"]".repeat(size)}`;
    // The bracket that opens level `index + 1`.
    return { text, entryColumn: (index) => index * (objects ? 5 : 1) + 1 };
  }
  // A list or object holds one value more than its entries.
  const entries = Array.from({ length: limit === "maxEntries" ? size : size - 1 }, (_, i) => (objects ? `"k${i}":0` : "0"));
  // Each entry's 0-based start, after the bracket and the entries and commas before it (a
  // running sum: a reduce copying the array at each entry was a third of this file's time).
  const starts: number[] = [];
  for (let i = 0, at = 1; i < entries.length; at += entries[i]!.length + 1, i++) starts.push(at);
  return { text: `${objects ? "{" : "["}${entries.join(",")}${objects ? "}" : "]"}`, entryColumn: (index) => starts[index]! + 1 };
}

/** What ESLint says of a text one past the limit, and where (the CLI's place: src/source/entryCount.ts). */
function verdict(limit: Limit, value: number, objects: boolean, entryColumn: (index: number) => number): { column: number; message: RegExp } {
  const rest = "no payload (?:nests this deep|holds this many), so oms-lint stops";
  if (limit === "maxDepth") {
    const hint = value < 1000 ? "the limit is languageOptions\\.limits\\.maxDepth" : "ESLint reads no deeper than 1000 levels: .*--max-depth";
    return { column: entryColumn(value), message: new RegExp(`^Parsing error: the JSON nests deeper than ${value} ${value === 1 ? "level" : "levels"} here: ${rest} \\(${hint}\\)$`) };
  }
  if (limit === "maxEntries") {
    const what = objects ? `object holds more than ${value} ${value === 1 ? "member" : "members"}` : `array holds more than ${value} ${value === 1 ? "element" : "elements"}`;
    return { column: 1, message: new RegExp(`^Parsing error: this ${what}: ${rest} \\(the limit is languageOptions\\.limits\\.maxEntries\\)$`) };
  }
  // The root is the first value, entry i the (i + 2)th: the one too many is entry `value - 1`.
  return { column: entryColumn(value - 1), message: new RegExp(`^Parsing error: the JSON holds more than ${value} ${value === 1 ? "value" : "values"} by this one: ${rest} \\(the limit is languageOptions\\.limits\\.maxValues\\)$`) };
}

/**
 * The entries and values limits drawn up to 300, not 3,000: they are counted alike at any size (plain
 * counters, src/source/entryCount.ts and valueSurvey.ts), and texts ten times as long were most of ESLint's work here.
 * The depth goes to its ceiling, 1,000, where the message changes.
 */
const limits = fc.oneof(
  fc.record({ limit: fc.constant("maxDepth" as const), value: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(1, 2, 999, 1000)) }),
  fc.record({ limit: fc.constant("maxEntries" as const), value: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constantFrom(1, 2)) }),
  fc.record({ limit: fc.constant("maxValues" as const), value: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constantFrom(1, 2)) }),
);

const majors = [
  ["ESLint 10", ESLint, 2000],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint, 2009],
] as const;

describe("languageOptions.limits at the boundary (fast-check)", () => {
  it.each(majors)("%s: at the limit, parsed and linted; one past it, one fatal parsing error at the CLI's place naming the option", async (_, ESLint, seed) => {
    await fc.assert(
      fc.asyncProperty(limits, fc.boolean(), fc.boolean(), async ({ limit, value }, past, objects) => {
        const { text, entryColumn } = textOf(limit, past ? value + 1 : value, objects);
        const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, { limits: { [limit]: value } }) });
        const [result] = await eslint.lintText(text, { filePath: join(tmpdir(), "bounded.json") });
        if (past) {
          const { column, message } = verdict(limit, value, objects, entryColumn);
          expect(result!.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, line: 1, column, message: expect.stringMatching(message) })]);
        } else if (text === "[]") {
          // What a clean run's gitlab (or json) report holds: oms-lint's own report gets nothing (src/files/ownReport.ts).
          expect(result!.messages).toEqual([]);
        } else {
          expect(result!.messages).toEqual([expect.objectContaining({ ruleId: "oms-lint/kind", severity: 1 })]);
        }
      }),
      {
        numRuns: 100,
        seed,
        // Each limit at 1, and the depth at its ceiling, in both shapes, whatever the seed draws.
        examples: (["maxDepth", "maxEntries", "maxValues"] as const).flatMap((limit) =>
          (limit === "maxDepth" ? [1, 1000] : [1]).flatMap((value) => [true, false].flatMap((past) => [true, false].map((objects) => [{ limit, value }, past, objects] as [{ limit: Limit; value: number }, boolean, boolean]))),
        ),
      },
    );
  });
});
