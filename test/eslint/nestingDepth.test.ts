import { join } from "node:path";
import { tmpdir } from "node:os";
import { ESLint } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recommendedConfig } from "../support/eslintRun.js";

/**
 * The depth limit under ESLint: checked before momoa reads the text (momoa recurses once per
 * level; a few thousand levels overflowed the stack and stopped the run). Past 1,000 levels,
 * one fatal parsing error at the bracket that opens level 1,001; at or below it, the text is
 * parsed and linted; brackets inside a string are text, not nesting.
 */

const limit = 1000;
const tooDeep = /^Parsing error: the JSON nests deeper than 1000 levels here/;

/** Nesting of `depth` levels: each level's opening, what the innermost holds, each level's closing. */
const shapes = {
  arrays: { open: "[", inner: "", close: "]" },
  objects: { open: '{"a":', inner: "1", close: "}" },
  mixed: { open: '{"a":[', inner: "0", close: "]}" },
} as const;

function nested(shape: keyof typeof shapes, depth: number, closed: boolean): { text: string; levelsPerOpen: number } {
  const { open, inner, close } = shapes[shape];
  const levelsPerOpen = shape === "mixed" ? 2 : 1;
  const opens = Math.ceil(depth / levelsPerOpen);
  const closing = close.repeat(opens);
  return { text: `${open.repeat(opens)}${inner}${closed ? closing : closing.slice(0, -1)}`, levelsPerOpen };
}

/** The column of the bracket that opens level 1,001 (every shape here is one line). */
function columnOfLevel(text: string, level: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) if ((text[i] === "[" || text[i] === "{") && ++depth === level) return i + 1;
  throw new Error(`not ${level} deep`);
}

const depths = fc.oneof(
  fc.integer({ min: 1, max: limit - 1 }),
  fc.constantFrom(limit - 1, limit, limit + 1, limit + 2),
  fc.integer({ min: limit + 1, max: limit + 100 }),
  fc.integer({ min: 2 * limit, max: 50 * limit }),
);

describe("nesting depth under ESLint (fast-check)", () => {
  const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: recommendedConfig() });
  const lint = async (text: string) => (await eslint.lintText(text, { filePath: join(tmpdir(), "nested.json") }))[0]!.messages;

  it("past 1,000 levels: one fatal parsing error at level 1,001's bracket; at or below: no depth verdict (closed: parsed, no fatal message)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(Object.keys(shapes) as (keyof typeof shapes)[])), depths, fc.boolean(), async (shape, depth, closed) => {
        const { text, levelsPerOpen } = nested(shape, depth, closed);
        const levels = Math.ceil(depth / levelsPerOpen) * levelsPerOpen;
        const messages = await lint(text);
        if (levels > limit) {
          expect(messages).toEqual([expect.objectContaining({ fatal: true, severity: 2, line: 1, column: columnOfLevel(text, limit + 1), message: expect.stringMatching(tooDeep) })]);
        } else if (closed) {
          expect(messages.filter((m) => m.fatal)).toEqual([]);
        } else {
          // Unclosed within the limit: not JSON, said so, but no depth verdict.
          expect(messages).toEqual([expect.objectContaining({ fatal: true, message: expect.not.stringMatching(tooDeep) })]);
        }
      }),
      {
        numRuns: 60,
        seed: 1000,
        // The boundary, in every shape, whatever the seed draws.
        examples: (["arrays", "objects", "mixed"] as const).flatMap((shape) => [limit, limit + 1].flatMap((depth) => [[shape, depth, true] as const, [shape, depth, false] as const])),
      },
    );
  });

  it("brackets inside a string never count, however many, closed or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(Object.keys(shapes) as (keyof typeof shapes)[])), depths, fc.boolean(), async (shape, depth, closed) => {
        const { text } = nested(shape, depth, closed);
        const messages = await lint(JSON.stringify({ name: "note", value: text }));
        expect(messages.filter((m) => m.fatal)).toEqual([]);
      }),
      { numRuns: 40, seed: 1001 },
    );
  });
});
