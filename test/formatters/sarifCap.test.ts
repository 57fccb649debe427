import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { sarifCappedAt, sarifResultLimit } from "../../src/formatters/sarif.js";
import type { LintResult } from "../../src/lint/lintResult.js";
import { filesOfFindings, warningsThenErrors } from "../support/manyFindings.js";

/**
 * Found by the CI audit: GitHub code scanning rejects a SARIF upload of more than 25,000 results
 * ("SARIF support for code scanning"), and a run of 26,026 warnings wrote 26,026. The cap's
 * boundaries are drawn at small caps (the same writer, capped lower: a log of 25,000 results takes
 * over a second to write); test/cli/ciReports.test.ts runs Microsoft's validator over a capped log.
 */
const cwd = "/work/project";
const context: FormatContext = { cwd, color: false, toolVersion: "1.2.3", rules: [] };

interface Notification {
  level: string;
  message: { text: string };
  properties: { resultsLeftOut: number; errorsLeftOut: number; warningsLeftOut: number };
}
interface Log {
  runs: {
    results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[];
  }[];
}

/** The log a writer capped at `limit` writes of the results, and what it says it left out. */
function written(limit: number, results: readonly LintResult[]) {
  const writer = sarifCappedAt(limit)(context);
  let text = writer.start();
  for (const result of results) text += writer.file(result);
  text += writer.end({ files: results.length, errors: 0, warnings: 0 });
  return { text, log: JSON.parse(text) as Log, leftOut: writer.leftOut?.() };
}

/** A finding as a place: its file and line. */
const place = (uri: string, line: number) => `${uri}:${line}`;

describe("sarif: at most 25,000 results a run, errors kept before warnings", () => {
  it("the cap is GitHub's", () => {
    expect(sarifResultLimit).toBe(25_000);
  });

  it("holds every error it can, then the earliest warnings, and its notification and stderr note count what it left out", () => {
    const severities = fc.array(fc.array(fc.constantFrom<1 | 2>(1, 2), { maxLength: 8 }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), severities, (limit, files) => {
        const results = filesOfFindings(cwd, files);
        const found = results.flatMap((r) => r.messages.map((m) => ({ level: m.level, at: place(r.filePath.slice(cwd.length + 1), m.line) })));
        const errors = found.filter((f) => f.level === "error");
        const warnings = found.filter((f) => f.level === "warning");
        const keptErrors = errors.slice(0, limit);
        const keptWarnings = warnings.slice(0, limit - keptErrors.length);
        const kept = new Set([...keptErrors, ...keptWarnings]);
        const { log, leftOut } = written(limit, results);
        const run = log.runs[0]!;
        // Every error that fits, then the first warnings found; in the order found.
        expect(run.results.map((r) => place(r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine))).toEqual(
          found.filter((f) => kept.has(f)).map((f) => f.at),
        );
        const out = { errorsLeftOut: errors.length - keptErrors.length, warningsLeftOut: warnings.length - keptWarnings.length };
        if (found.length <= limit) {
          expect(run.invocations).toBeUndefined();
          expect(leftOut).toBeUndefined();
          return;
        }
        const [notification, ...more] = run.invocations![0]!.toolExecutionNotifications;
        expect(more).toEqual([]);
        expect(notification).toMatchObject({ level: "warning", properties: { resultsLeftOut: found.length - limit, ...out } });
        expect(notification!.message.text).toContain(`GitHub code scanning rejects a SARIF upload of more than ${limit} results`);
        expect(leftOut).toBe(`the sarif report: ${notification!.message.text}`);
      }),
    );
  });

  it("the note's words: counts with thousands separators, one of a kind in the singular", () => {
    const { leftOut } = written(25, warningsThenErrors(cwd, 1_025, 26));
    expect(leftOut).toBe(
      "the sarif report: 1,026 results left out (1 error, 1,025 warnings): GitHub code scanning rejects a SARIF upload of more than 25 results, so the log holds 25, errors kept before warnings (the first warnings found); the other formats list every problem",
    );
  });

  it("under the cap, the text is JSON.stringify's of the whole log", () => {
    const results = warningsThenErrors(cwd, 2, 1);
    const text = formatters.sarif(results, context);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const capped = written(2, results).text;
    expect(capped).toBe(`${JSON.stringify(JSON.parse(capped), null, 2)}\n`);
  });
});
