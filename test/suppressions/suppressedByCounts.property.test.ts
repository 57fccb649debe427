import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressedByCounts } from "../../src/suppressions/suppressionCounts.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";

const finding = (ruleId: string, severity: 1 | 2, line: number): LintMessageDraft => ({
  ruleId,
  messageId: "m",
  severity,
  evidence: "advised",
  message: `${ruleId} at ${line}`,
  path: "",
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});

/**
 * The editor's view of a suppressions record (the language server): a file's errors of a rule
 * are all left out when there are at most its recorded count, all kept past it (ESLint's rule),
 * and nothing else changes: warnings and other rules' errors stay, and no finding of the record's
 * own is added (a count no longer reached is the CLI run's failure, not the document's).
 */
describe("suppressedByCounts: a recorded count's boundary", () => {
  it("leaves out a rule's errors exactly when there are no more than its count, and nothing else", () => {
    const counts = fc.nat({ max: 6 });
    fc.assert(
      fc.property(counts, counts, counts, fc.integer({ min: 1, max: 6 }), (errors, warnings, others, count) => {
        const drafts = [
          ...Array.from({ length: errors }, (_, i) => finding("read-only-ids", 2, i + 1)),
          ...Array.from({ length: warnings }, (_, i) => finding("read-only-ids", 1, 100 + i)),
          ...Array.from({ length: others }, (_, i) => finding("max-amount", 2, 200 + i)),
        ];
        const result = suppressedByCounts(lintResult("o.json", "createOrder", drafts), { "read-only-ids": { count } });
        const kept = (ruleId: string, severity: 1 | 2) => result.messages.filter((m) => m.ruleId === ruleId && m.severity === severity).length;
        expect(kept("read-only-ids", 2)).toBe(errors <= count ? 0 : errors);
        expect(kept("read-only-ids", 1)).toBe(warnings);
        expect(kept("max-amount", 2)).toBe(others);
        expect(result.messages.length).toBe((errors <= count ? 0 : errors) + warnings + others);
        expect(result.errorCount).toBe((errors <= count ? 0 : errors) + others);
      }),
    );
  });

  it("leaves a file with no recorded counts as it is", () => {
    const result = lintResult("o.json", "createOrder", [finding("read-only-ids", 2, 1)]);
    expect(suppressedByCounts(result, undefined)).toBe(result);
  });
});
