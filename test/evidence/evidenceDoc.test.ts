import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evidenceRows, generateEvidenceDoc } from "../../codegen/evidence.js";
import { evidenceDocFile } from "../../codegen/generate.js";

describe("docs/evidence.md", () => {
  const rows = evidenceRows();

  it("lists every check with its evidence, default severity and passage (inferred never an error)", () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(["stated", "advised", "inferred"], row.constraint).toContain(row.evidence);
      expect(row.passage.length, row.constraint).toBeGreaterThan(20);
      expect(row.document.length, row.constraint).toBeGreaterThan(0);
      if (row.evidence === "inferred") expect(row.severity, row.constraint).toBe("warning");
    }
    // x-oms-rule names the rule of a constraint; it is no constraint of its own.
    expect(rows.filter((r) => r.constraint.includes("/x-oms-rule/")).map((r) => r.constraint)).toEqual([]);
    // `additionalProperties: true` allows every value: it checks nothing, so no document is credited with it.
    expect(rows.filter((r) => /\/(customDataHash|itemCustomDataHash|stringMap)\/additionalProperties$/.test(r.constraint)).map((r) => r.constraint)).toEqual([]);
    expect(rows.find((r) => r.constraint.endsWith("/quantity/minimum"))).toMatchObject({ ruleId: "schema/quantity", evidence: "inferred", severity: "warning" });
    expect(rows.find((r) => r.constraint === "rules/create-order-only.ts")).toMatchObject({ evidence: "inferred", test: "test/rules/create-order-only.test.ts" });
  });

  it("is generated and up to date (npm run codegen)", () => {
    // The tests column follows the test files' text; a sibling's new test must not turn this
    // red, so it is compared without that column (npm run codegen refreshes it).
    const withoutTests = (text: string) => text.split("\n").map((line) => line.replace(/ \| [^|]*\|$/, " |"));
    expect(withoutTests(readFileSync(evidenceDocFile, "utf8"))).toEqual(withoutTests(generateEvidenceDoc(rows)));
  });
});
