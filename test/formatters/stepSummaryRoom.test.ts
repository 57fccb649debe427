import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { githubStepSummary, summaryByteLimit } from "../../src/formatters/githubStepSummary.js";
import { lintResult } from "../../src/lint/lintResult.js";
import { finding } from "../support/manyFindings.js";

// Found by the audit of what oms-lint writes: the table was kept to 960 KiB whatever the file
// already held, so four runs in one step made 1,272,048 bytes, and GitHub dropped the whole summary.

const context = { cwd: "/work/project", color: false, toolVersion: "1.2.3", rules: [] };

/** The step summary of `count` findings under a path of `depth` folders, for a file already holding so many bytes. */
function summaryOf(count: number, depth: number) {
  const writer = githubStepSummary(context);
  const path = `/work/project/${"nested_folder/".repeat(depth)}order.json`;
  const result = lintResult(path, "createOrder", Array.from({ length: count }, (_, i) => finding(i % 2 === 0 ? 2 : 1, i + 1)));
  writer.file(result);
  return (held: number) => writer.endAfter({ files: 1, errors: result.errorCount, warnings: result.warningCount }, held);
}

/** The rows of the table in a summary, and the problems its last line says it leaves out. */
const listing = (text: string) => ({
  rows: text.split("\n").filter((line) => line.startsWith("| /") || line.startsWith("| nested") || line.startsWith("| order")).length,
  more: Number(/^… and (\d+) more problems?\b/m.exec(text)?.[1] ?? 0),
});

describe("the step summary takes only the room its file has left", () => {
  it("property: with what the file held, the summary stays within the limit; its rows and the N more are the problems, or the counts alone say the table was left out", () => {
    const held = fc.oneof(fc.integer({ min: 0, max: summaryByteLimit + 4096 }), fc.integer({ min: summaryByteLimit - 8192, max: summaryByteLimit }));
    fc.assert(
      // Up to 300 rows of up to 3.8 KB (250 folders): past the byte cap as well as within it.
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 250 }), held, (count, depth, held) => {
        const summary = summaryOf(count, depth)(held);
        if (summary === undefined) {
          // Only when not even the heading and the counts fit.
          expect(held).toBeGreaterThan(summaryByteLimit - 400);
          return;
        }
        expect(held + (held > 0 ? 1 : 0) + Buffer.byteLength(summary.text)).toBeLessThanOrEqual(summaryByteLimit);
        const { rows, more } = listing(summary.text);
        expect(rows).toBe(summary.rows);
        if (rows === 0) expect(summary.text).toContain("The table of problems is left out: this step's summary held");
        else expect(rows + more).toBe(count);
      }),
      { numRuns: 20 },
    );
  });

  it("a file that held nothing gets the table as before; the more it held, the fewer rows, never more", () => {
    const summaryAfter = summaryOf(1000, 40);
    const rowsAfter = (held: number) => summaryAfter(held)?.rows ?? 0;
    // The table kept to 960 KiB alone: about 1,800 bytes a row under 40 folders, some 540 rows.
    expect(rowsAfter(0)).toBeGreaterThan(500);
    const helds = [0, 100_000, 500_000, 800 * 1024, summaryByteLimit - 3000, summaryByteLimit - 300, summaryByteLimit];
    const rows = helds.map(rowsAfter);
    for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeLessThanOrEqual(rows[i - 1]!);
    expect(rows.at(-1)).toBe(0);
  });

  it("says why rows are left out, and what the file held", () => {
    const text = summaryOf(1000, 40)(800 * 1024)!.text;
    const { rows, more } = listing(text);
    expect(rows).toBeGreaterThan(0);
    // Half the findings are errors, kept first.
    const errorsOut = Math.max(0, 500 - rows);
    expect(text).toContain(`\n… and ${more} more problems (${errorsOut} errors, ${more - errorsOut} warnings), past the room left in this step's summary, which held 819,200 bytes before this run, of the 960 KiB a step summary is kept to (GitHub takes 1 MiB), errors kept before warnings: see the step's log.\n`);
  });
});
