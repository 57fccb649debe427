import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import type { LintMessage } from "../../src/lint/lintResult.js";

/**
 * Found by the audit of request files: a request file's `parse` findings had no cap. Each line
 * under a request line that is no header was one (a 1 MB file of "X" lines wrote 134 MB of
 * JSON; 4 MB, "Invalid string length"), each collection item that is neither folder nor request
 * one, and Postman's entry limit held each folder's array alone, so two folders of 70,000 items
 * got past it. The README: "a rule lists at most 1,000 problems in one payload".
 */
const temp = mkdtempSync(join(tmpdir(), "oms-lint-parse-cap-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const searchLine = "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=1\n";
const notListed = /^more problems of this rule are not listed: oms-lint lists at most 1000 problems of one rule in a request file; fix those and run it again$/;
const parseFindings = (messages: readonly LintMessage[]) => messages.filter((m) => m.ruleId === "parse");

describe("a request file lists at most 1,000 parse findings, then says more are not listed", () => {
  it("130,000 lines that are no header, through the default format: no crash, a bounded report", async () => {
    writeFileSync(join(temp, "x.http"), searchLine + "X\n".repeat(130_000));
    const run = await runCli(["--no-config", "x.http"], { cwd: temp });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // 1,000 rows of about 300 characters, the note and the count.
    expect(run.stdout.length).toBeLessThan(400_000);
    const rows = run.stdout.split("\n").filter((l) => /^\s+\d+:\d+/.test(l));
    expect(rows).toHaveLength(1001);
    expect(rows.at(-1)).toMatch(/^\s+1002:1\s+warning\s+more problems of this rule are not listed: .* parse$/);
  });

  it("a collection of two folders of 70,000 empty items: past the whole collection's item limit, one finding", async () => {
    const folder = (name: string) => ({ name, item: Array.from({ length: 70_000 }, () => ({})) });
    writeFileSync(join(temp, "c.postman_collection.json"), JSON.stringify({ info: { schema }, item: [folder("a"), folder("b")] }));
    const run = await runCli(["--no-config", "c.postman_collection.json"], { cwd: temp });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const rows = run.stdout.split("\n").filter((l) => /^\s+\d+:\d+/.test(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("this collection holds more than 100000 items: no collection holds this many, so oms-lint stops (the limit is --max-entries or limits.maxEntries in oms-lint.config.json)");
  });

  it("a .http file of n lines that are no header: min(n, 1000) listed, and the note past 1,000 at the first not listed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 995, max: 1005 }), (n) => {
        const found = parseFindings(lintHttpFile(searchLine + "X\n".repeat(n), "x.http").messages);
        const listed = found.filter((m) => !notListed.test(m.message));
        expect(listed).toHaveLength(Math.min(n, 1000));
        expect(listed.every((m) => m.message.startsWith("no colon"))).toBe(true);
        const notes = found.filter((m) => notListed.test(m.message));
        // The note at the first line not listed, at the level of what it stands for (a warning: each is our reading).
        expect(notes).toEqual(n > 1000 ? [expect.objectContaining({ line: 1002, severity: 1, evidence: "inferred" })] : []);
      }),
      { numRuns: 11 },
    );
  });

  it("a note past errors is an error: lines that are no header at all (notAHeader, stated)", () => {
    const found = parseFindings(lintHttpFile(searchLine + "X\n".repeat(1000) + "a b\n".repeat(5), "x.http").messages);
    // The lines after the 1000 listed are "not a header" errors: the note stands for them, an error.
    expect(found.at(-1)).toMatchObject({ line: 1002, severity: 2, evidence: "stated", message: expect.stringMatching(notListed) });
  });

  it("a collection of n items that are neither folder nor request, in folders: min(n, 1000) listed, then the note", () => {
    fc.assert(
      fc.property(fc.integer({ min: 995, max: 1005 }), fc.integer({ min: 1, max: 4 }), (n, folders) => {
        const items = Array.from({ length: n }, () => ({}));
        const per = Math.ceil(n / folders);
        const item = Array.from({ length: folders }, (_, i) => ({ name: `f${i}`, item: items.slice(i * per, (i + 1) * per) }));
        const found = parseFindings(lintPostmanCollection(JSON.stringify({ info: { schema }, item }), "c.postman_collection.json").messages);
        const listed = found.filter((m) => !notListed.test(m.message));
        expect(listed).toHaveLength(Math.min(n, 1000));
        expect(found.filter((m) => notListed.test(m.message))).toHaveLength(n > 1000 ? 1 : 0);
      }),
      { numRuns: 12 },
    );
  });

  it("a collection holds at most maxEntries items in all its folders, counted as the .http file's requests", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (a, b) => {
        const request = { method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1" };
        const folder = (n: number) => ({ name: "f", item: Array.from({ length: n }, () => ({ name: "r", request })) });
        const text = JSON.stringify({ info: { schema }, item: [folder(a), folder(b)] });
        const limit = 40;
        const result = lintPostmanCollection(text, "c.postman_collection.json", { maxEntries: limit });
        const fatal = result.messages.filter((m) => m.fatal);
        // Two folders and their requests: a + b + 2 items.
        if (a + b + 2 <= limit) expect(fatal).toEqual([]);
        else expect(fatal).toEqual([expect.objectContaining({ ruleId: "parse", message: expect.stringContaining(`this collection holds more than ${limit} items`) })]);
      }),
      { numRuns: 40 },
    );
  });
});
