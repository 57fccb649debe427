import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summaryByteLimit } from "../../src/formatters/githubStepSummary.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

// Found by the audit of what oms-lint writes: each `-f github` run appended up to 960 KiB whatever
// $GITHUB_STEP_SUMMARY held, so four runs in one step (or one after 800 KiB of earlier output) took
// it past GitHub's 1 MiB, which drops the step's whole summary, while the log said "the first
// 1,000 in the step summary".

const folder = scratchFolders("summary-room");
// Twelve files of one error each: two more than GitHub annotates from one step, so the log's last line speaks of the summary.
const notes = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`many/note-${String(i).padStart(2, "0")}.json`, `{"name": "", "value": "v${i}"}`]));

/** A run of `-f github` over the twelve files, its summary going to `summary`. */
const lintInto = (dir: string, summary: string) => runCli(["-f", "github", "--kind", "orderCustomData", "many"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
/** What earlier commands of the step wrote: `size` bytes of Markdown. */
const earlier = (size: number) => `${"x".repeat(size - 1)}\n`;
const lastLine = (stdout: string) => stdout.trimEnd().split("\n").at(-1);

describe("-f github appends to $GITHUB_STEP_SUMMARY only what the room it has left takes", () => {
  it("a file near the limit gets the table's first rows, and the log's last line says how many", async () => {
    const dir = folder(notes);
    const summary = join(dir, "summary.md");
    const held = summaryByteLimit - 1000;
    writeFileSync(summary, earlier(held));
    const run = await lintInto(dir, summary);
    const added = readFileSync(summary, "utf8").slice(held);
    const rows = added.split("\n").filter((line) => line.startsWith("| many\\/")).length;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(12);
    expect(added).toContain(`\n… and ${12 - rows} more problem${12 - rows === 1 ? "" : "s"} (${12 - rows} error${12 - rows === 1 ? "" : "s"}, 0 warnings), past the room left in this step's summary, which held ${held.toLocaleString("en-US")} bytes before this run, of the 960 KiB a step summary is kept to (GitHub takes 1 MiB), errors kept before warnings: see the step's log.\n`);
    expect(lastLine(run.stdout)).toMatch(new RegExp(`: every problem is listed above, ${rows} of them in the step summary \\(errors before warnings\\)$`));
    expect(statSync(summary).size).toBeLessThanOrEqual(summaryByteLimit);
  });

  it("a file with no room for a row gets the counts alone, and a line that says why the table is left out", async () => {
    const dir = folder(notes);
    const summary = join(dir, "summary.md");
    const held = summaryByteLimit - 400;
    writeFileSync(summary, earlier(held));
    const run = await lintInto(dir, summary);
    expect(readFileSync(summary, "utf8").slice(held)).toBe(
      `\n### oms-lint\n\n12 problems (12 errors, 0 warnings) in 12 files.\n\nThe table of problems is left out: this step's summary held ${held.toLocaleString("en-US")} bytes before this run, near the 960 KiB a step summary is kept to (GitHub takes 1 MiB). Every problem is in the step's log.\n\n`,
    );
    expect(lastLine(run.stdout)).toMatch(/: every problem is listed above \(the step summary holds only the counts: its file was near GitHub's 1 MiB limit\)$/);
    expect(run.stderr).toBe("");
  });

  it.each([summaryByteLimit - 50, summaryByteLimit, 1024 * 1024 + 1])("a file of %i bytes, with no room even for the counts, is left as it is, and a note says why", async (held) => {
    const dir = folder(notes);
    const summary = join(dir, "summary.md");
    writeFileSync(summary, earlier(held));
    const run = await lintInto(dir, summary);
    expect(statSync(summary).size).toBe(held);
    expect(run.stderr).toBe(
      `oms-lint: the step summary was not written: $GITHUB_STEP_SUMMARY already holds ${held.toLocaleString("en-US")} bytes, and even the counts would take it past the 960 KiB a step summary is kept to (GitHub drops a step's whole summary past 1 MiB)\n`,
    );
    expect(lastLine(run.stdout)).toMatch(/so 2 errors are not annotated: every problem is listed above$/);
    expect(run.code).toBe(1);
  });

  it("runs one after another in one step never take the file past the limit: the last ones write less, then nothing", async () => {
    const dir = folder(notes);
    const summary = join(dir, "summary.md");
    writeFileSync(summary, earlier(summaryByteLimit - 6000));
    // Each run adds ~1.6 KB while the table fits, then the counts alone (~300 bytes), then nothing.
    const sizes = [statSync(summary).size];
    for (let run = 0; run < 12 && sizes.at(-1) !== sizes.at(-2); run++) {
      await lintInto(dir, summary);
      sizes.push(statSync(summary).size);
    }
    expect(sizes.at(-1)).toBe(sizes.at(-2));
    for (const size of sizes) expect(size).toBeLessThanOrEqual(summaryByteLimit);
  });
});
