import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintText } from "../../src/builtIn/linter.js";
import { tooDenseToBuildFirst } from "../../src/source/nestingDepth.js";

/**
 * A text long enough to be parsed before its depth is counted (2 × maxValues − 1 characters:
 * 10 million at the default) is still counted first when its brackets are dense (found by the
 * hostile request files audit: 4.9 million `[` then `]` and 300,000 blanks, 10.1 MB, were built
 * by JSON.parse, 564 MiB and 3.4 s, before the depth refused them). maxValues scales the length
 * down: at 50, a text of 99 characters is long.
 */

const maxValues = 50;
const blanks = fc.array(fc.constantFrom(" ", "\n", "\t", "\r\n"), { maxLength: 40 }).map((pieces) => pieces.join(""));

/** `depth` nested arrays with blanks between brackets, padded to at least 99 characters. */
function nested(depth: number, gaps: readonly string[]): { text: string; deepest: { line: number; column: number } } {
  let text = "";
  let deepest = { line: 1, column: 1 };
  for (let i = 0; i < depth; i++) {
    text += gaps[i % gaps.length] ?? "";
    const lines = text.split(/\r\n|\r|\n/);
    deepest = { line: lines.length, column: lines.at(-1)!.length + 1 };
    text += "[";
  }
  text += " ".repeat(Math.max(0, 2 * maxValues - 1 - depth - text.length)) + "]".repeat(depth);
  return { text, deepest };
}

describe("a long text nested past the depth limit", () => {
  it("at the limit: parsed and linted; one past it: the one fatal finding, at the bracket one level too deep", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.array(blanks, { minLength: 1, maxLength: 5 }), (maxDepth, gaps) => {
        const atLimit = nested(maxDepth, gaps);
        expect(atLimit.text.length).toBeGreaterThanOrEqual(2 * maxValues - 1);
        const linted = lintText(atLimit.text, { kind: "createOrder", maxDepth, maxValues });
        expect(linted.messages.filter((m) => m.ruleId === "parse")).toEqual([]);
        const past = nested(maxDepth + 1, gaps);
        const refused = lintText(past.text, { kind: "createOrder", maxDepth, maxValues });
        expect(refused.messages).toEqual([
          expect.objectContaining({
            ruleId: "parse",
            fatal: true,
            line: past.deepest.line,
            column: past.deepest.column,
            message: `the JSON nests deeper than ${maxDepth} levels here: no payload nests this deep, so oms-lint stops (the limit is the maxDepth option)`,
          }),
        ]);
      }),
    );
  });

  it("in a .http body: the one finding, at the bracket's line in the file", () => {
    const body = nested(21, ["\n", " "]);
    const text = `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n${body.text}\n`;
    const result = lintHttpFile(text, "deep.http", { maxDepth: 20, maxValues });
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["parse", body.deepest.line + 3, body.deepest.column]]);
  });
});

describe("which long texts are counted before they are built", () => {
  const order = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");
  const { orderItems, ...rest } = JSON.parse(order) as { orderItems: unknown[] };
  const longOrder = (indent: number) => JSON.stringify({ ...rest, orderItems: Array(2000).fill(orderItems[0]) }, null, indent);

  it("the audit's shape, brackets then padding: counted first", () => {
    const n = 49_000;
    expect(tooDenseToBuildFirst("[".repeat(n) + " ".repeat(3000) + "]".repeat(n), 1000)).toBe(true);
  });

  it("a clean order, indented or not, and a deep text mostly of padding: built first (no count added to JSON.parse)", () => {
    expect(tooDenseToBuildFirst(longOrder(2), 1000)).toBe(false);
    expect(tooDenseToBuildFirst(longOrder(0), 1000)).toBe(false);
    expect(tooDenseToBuildFirst("[".repeat(2000) + " ".repeat(200_000) + "]".repeat(2000), 1000)).toBe(false);
  });
});
