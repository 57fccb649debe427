import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isReportHead, looksLikeData, reportHeadBytes } from "../../src/cli/reportHead.js";
import { runCli } from "../support/cli.js";

/** Each machine-readable format's report over the fixtures (findings of every kind), as the CLI writes it. */
async function reports(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const format of ["json", "sarif", "gitlab", "rdjson", "junit"]) {
    for (const target of ["payloads", "payloads/customData.json"]) out.push([`${format} ${target}`, (await runCli(["--no-config", "-f", format, target])).stdout]);
  }
  return out;
}

describe("what an earlier report looks like (-o replaces only those)", () => {
  it("any report reads as a report, whole or by the first bytes of a longer one (cut anywhere past its opening)", async () => {
    const all = await reports();
    for (const [name, text] of all) expect(isReportHead(text.slice(0, reportHeadBytes)), name).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.integer({ min: 0, max: reportHeadBytes }), ([name, text], shift) => {
        // A longer report of the same format: its opening, then anything; readHead gives its first reportHeadBytes bytes.
        const longer = text + "x".repeat(reportHeadBytes * 2);
        expect(isReportHead(longer.slice(0, reportHeadBytes)), name).toBe(true);
        // White space anywhere in the opening (another formatter's indentation) changes nothing.
        const spaced = longer.slice(0, shift) + "\n  " + longer.slice(shift);
        expect(isReportHead(spaced.slice(0, reportHeadBytes)), name).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("JSON or XML of anything else is data, never a report: payloads, configs, other tools' XML", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const compact = text.replace(/\s+/g, "");
        fc.pre(compact !== "[]");
        expect(isReportHead(text)).toBe(false);
        if (/^[[{]/.test(compact)) expect(looksLikeData(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(isReportHead('<?xml version="1.0"?>\n<testsuites name="jest">')).toBe(false);
    expect(looksLikeData("\uFEFF  <?xml")).toBe(true);
    expect(looksLikeData("oms-lint: 3 problems\n")).toBe(false);
    expect(isReportHead("")).toBe(true);
  });
});
