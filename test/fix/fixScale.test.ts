import { describe, expect, it } from "vitest";
import { fix } from "../../src/builtIn/linter.js";
import { maxProblemsPerRule } from "../../src/engine/ruleEngine.js";
import { unifiedDiff } from "../../src/fix/unifiedDiff.js";
import { orderPayment, orderWithPayments } from "../support/payloads.js";

/**
 * Issue 15: "a 12 MB order with 30,000 fixes ran 20 minutes at 1.8 GB and fixed only
 * 10,000"; "`--fix-dry-run` on a 30 MB order dies out of heap". Work is counted, not timed:
 * how many fixes one call makes past the per-rule listing cap, and how many lines a diff of
 * scattered changes prints.
 */

describe("fix(): every fix of a file in one call, past the listing cap", () => {
  it("fixes 10,500 maxAmount -1 payments (ten passes of 1,000 listed findings made only 10,000)", () => {
    const count = 10 * maxProblemsPerRule + 500;
    const order = orderWithPayments(Array.from({ length: count }, () => orderPayment({}, { maxAmount: -1 })));
    const text = JSON.stringify(order, null, 2);
    const result = fix(text, "createOrder");
    expect(result.fixed.filter((made) => made.ruleId === "max-amount-null-preferred")).toHaveLength(count);
    expect(result.output.split('"maxAmount": null').length - 1).toBe(count);
    expect(result.output).not.toContain('"maxAmount": -1');
    expect(result.remaining.filter((message) => message.ruleId === "max-amount-null-preferred")).toEqual([]);
    // Byte for byte the input elsewhere.
    expect(result.output.replaceAll('"maxAmount": null', '"maxAmount": -1')).toBe(text);
  });
});

describe("unifiedDiff over a long text with scattered changes", () => {
  /** Lines "line 1" … "line n", with every `step`-th line changed. */
  const scattered = (lines: number, step: number) => {
    const before = Array.from({ length: lines }, (_, i) => `line ${i + 1}\n`);
    const after = before.map((line, i) => ((i + 1) % step === 0 ? line.toUpperCase() : line));
    return { before: before.join(""), after: after.join(""), changes: Math.floor(lines / step) };
  };

  it("prints one hunk of one removed and one added line per change, with its own line numbers", () => {
    const { before, after, changes } = scattered(200_000, 50);
    const diff = unifiedDiff(before, after);
    const hunks = diff.split("\n").filter((line) => line.startsWith("@@"));
    expect(hunks).toHaveLength(changes);
    expect(hunks[0]).toBe("@@ -47,7 +47,7 @@");
    expect(hunks.at(-1)).toBe(`@@ -${200_000 - 3},4 +${200_000 - 3},4 @@`);
    expect(diff.split("\n").filter((line) => line.startsWith("-line") || line.startsWith("+LINE"))).toHaveLength(2 * changes);
  });

  it("texts that share nothing: every line removed and every line added", () => {
    const before = Array.from({ length: 5000 }, (_, i) => `a${i}\n`).join("");
    const after = Array.from({ length: 5000 }, (_, i) => `b${i}\n`).join("");
    const lines = unifiedDiff(before, after).split("\n");
    expect(lines[2]).toBe("@@ -1,5000 +1,5000 @@");
    expect(lines.filter((line) => line.startsWith("-a"))).toHaveLength(5000);
    expect(lines.filter((line) => line.startsWith("+b"))).toHaveLength(5000);
  });
});
