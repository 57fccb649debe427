import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { githubStepSummary, summaryByteLimit } from "../../src/formatters/githubStepSummary.js";
import { wholeText } from "../../src/formatters/formatter.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";
import { lintHttpFile, lintPostmanCollection, lintText } from "../../src/builtIn/linter.js";

const cwd = "/work/project";
const context: FormatContext = { cwd, color: false, toolVersion: "1.2.3", rules: [] };

const message = (overrides: Partial<LintMessageDraft>): LintMessageDraft => ({
  ruleId: "duplicate-key",
  messageId: "duplicate",
  severity: 2,
  evidence: "stated",
  message: '"orderID" is set twice in this object',
  path: "/orderID",
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 12,
  ...overrides,
});

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe("gitlab (Code Quality)", () => {
  const results = [
    lintResult(`${cwd}/orders/a.json`, "createOrder", [message({}), message({ line: 9 }), message({ ruleId: "unknown-property", severity: 1, message: "unknown property", path: "/x", line: 12 })]),
    lintResult(`${cwd}/orders/clean.json`, "createOrder", []),
  ];
  const issues = JSON.parse(formatters.gitlab(results, context)) as CodeQualityIssue[];

  it("has the fields GitLab reads: description, check_name, fingerprint, severity, location.path, location.lines.begin", () => {
    expect(issues.map(({ fingerprint: _f, ...rest }) => rest)).toEqual([
      expect.objectContaining({ description: '"orderID" is set twice in this object', check_name: "duplicate-key", severity: "major", location: { path: "orders/a.json", lines: { begin: 4, end: 4 } } }),
      expect.objectContaining({ check_name: "duplicate-key", severity: "major", location: { path: "orders/a.json", lines: { begin: 9, end: 4 } } }),
      expect.objectContaining({ description: "unknown property", check_name: "unknown-property", severity: "minor", location: { path: "orders/a.json", lines: { begin: 12, end: 4 } } }),
    ]);
    for (const issue of issues) expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
  });

  it("fingerprints are unique, the same on the next run, and the same when lines above a finding move", () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const i of issues) expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const again = JSON.parse(formatters.gitlab(results, context)) as CodeQualityIssue[];
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    const shifted = results.map((r) => lintResult(r.filePath, r.kind, r.messages.map((m) => ({ ...m, line: m.line + 5, endLine: m.endLine + 5 }))));
    expect((JSON.parse(formatters.gitlab(shifted, context)) as CodeQualityIssue[]).map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    const elsewhere = [lintResult(`${cwd}/orders/b.json`, "createOrder", results[0]!.messages)];
    const other = (JSON.parse(formatters.gitlab(elsewhere, context)) as CodeQualityIssue[]).map((i) => i.fingerprint);
    for (const f of other) expect(issues.map((i) => i.fingerprint)).not.toContain(f);
  });

  // Found by the CI audit: a parse fault's message says where its bracket opened, and the message was hashed whole.
  it("a parse fault moved by a blank line above keeps its fingerprint; two that differ only by the place they name stay two issues", () => {
    const fingerprints = (text: string) => {
      const result = lintText(text, { kind: "createOrder" });
      expect(result.messages.map((m) => m.ruleId)).toEqual(["parse"]);
      expect(result.messages[0]!.message).toMatch(/opened at line \d+, column \d+/);
      return (JSON.parse(formatters.gitlab([{ ...result, filePath: `${cwd}/orders/broken.json` }], context)) as CodeQualityIssue[]).map((i) => i.fingerprint);
    };
    const text = '{\n  "items": [1, 2}\n';
    expect(fingerprints(`\n${text}`)).toEqual(fingerprints(text));
    const twice = lintResult(`${cwd}/orders/a.json`, "createOrder", [
      message({ ruleId: "parse", messageId: "parse", message: '"}" comes before the array opened at line 2, column 12 is closed' }),
      message({ ruleId: "parse", messageId: "parse", message: '"}" comes before the array opened at line 7, column 3 is closed' }),
    ]);
    const both = (JSON.parse(formatters.gitlab([twice], context)) as CodeQualityIssue[]).map((i) => i.fingerprint);
    expect(new Set(both).size).toBe(2);
  });

  // Found by the audit of the report formats: the message was hashed, and it carries counts, so fixing one
  // missing field ("lacks 11" → "lacks 10") showed one issue fixed and one new in the merge request.
  it("the missing-fields finding keeps its fingerprint when one missing field is added", () => {
    const fingerprintOf = (text: string) => {
      const result = lintText(text, { kind: "createOrder" });
      const issues = JSON.parse(formatters.gitlab([{ ...result, filePath: `${cwd}/orders/partial.json` }], context)) as CodeQualityIssue[];
      const lacks = issues.filter((i) => /^the body lacks \d+ required fields/.test(i.description));
      expect(lacks).toHaveLength(1);
      return lacks[0]!;
    };
    const before = fingerprintOf('{"externalOrderID": "A1"}');
    const after = fingerprintOf('{"externalOrderID": "A1", "catalogID": 0}');
    expect(before.description).not.toBe(after.description);
    expect(after.fingerprint).toBe(before.fingerprint);
  });

  it("fingerprints stay unique for any findings, however many share a file, rule, message id and pointer", () => {
    const finding = fc.record({ ruleId: fc.constantFrom("schema", "duplicate-key"), messageId: fc.constantFrom("required", "type"), path: fc.constantFrom("", "/a", "/a/0"), message: fc.constantFrom("m", "n") });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), fc.constantFrom("a.json", "b.json"), (drafts, file) => {
        const result = lintResult(`${cwd}/orders/${file}`, "createOrder", drafts.map((d) => message(d)));
        const prints = (JSON.parse(formatters.gitlab([result], context)) as CodeQualityIssue[]).map((i) => i.fingerprint);
        expect(new Set(prints).size).toBe(drafts.length);
      }),
    );
  });

  // Review of c4950221: a request's own findings have path "", so in a request file two searches lacking orderID
  // were told apart by their order alone: deleting the first gave the second the first's fingerprint.
  describe("in a request file, a finding is known by its request, not by the requests above it", () => {
    const search = (query: string) => `GET https://integration.shopatron.com/api/v2/orderItem/?${query}\n`;
    const missingOrderId = (issues: CodeQualityIssue[]) => issues.filter((i) => i.check_name === "request/missing-query-parameter").map((i) => i.fingerprint);
    const httpPrints = (text: string) => missingOrderId(JSON.parse(formatters.gitlab([{ ...lintHttpFile(text), filePath: `${cwd}/calls.http` }], context)) as CodeQualityIssue[]);

    it("deleting an earlier, different request (.http) leaves the later one's fingerprint", () => {
      const both = httpPrints(`${search("perPage=5")}\n###\n\n${search("page=2")}`);
      const second = httpPrints(search("page=2"));
      expect(both).toHaveLength(2);
      expect(second).toEqual([both[1]]);
    });

    it("a named request keeps its fingerprint when its URL changes", () => {
      const before = httpPrints(`# @name lookup\n${search("perPage=5")}`);
      const after = httpPrints(`### first\n${search("page=1")}\n###\n# @name lookup\n${search("perPage=9")}`);
      expect(after).toHaveLength(2);
      expect(after[1]).toBe(before[0]);
    });

    it("a request titled on its ### line keeps its fingerprint when its URL changes, or a request is added above it", () => {
      const before = httpPrints(`### look up the items\n${search("perPage=5")}`);
      const after = httpPrints(`${search("page=1")}\n### look up the items\n${search("perPage=9")}`);
      expect(after).toHaveLength(2);
      expect(after[1]).toBe(before[0]);
    });

    it("two equal requests stay two issues", () => {
      expect(new Set(httpPrints(`${search("page=2")}\n###\n\n${search("page=2")}`)).size).toBe(2);
    });

    it("deleting an earlier, different item of a Postman collection leaves the later one's fingerprint", () => {
      const item = (name: string) => ({ name, request: { method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?page=2" } });
      const collection = (items: unknown[]) => JSON.stringify({ info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: items });
      const prints = (items: unknown[]) => missingOrderId(JSON.parse(formatters.gitlab([{ ...lintPostmanCollection(collection(items)), filePath: `${cwd}/c.json` }], context)) as CodeQualityIssue[]);
      const both = prints([item("first"), item("second")]);
      expect(both).toHaveLength(2);
      expect(prints([item("second")])).toEqual([both[1]]);
    });
  });

  it("is an empty array when there is nothing to report", () => {
    expect(formatters.gitlab([results[1]!], context)).toBe("[]\n");
  });
});

describe("stylish in a 120-column terminal", () => {
  it("pads messages so rule ids line up only as far as the line fits in 120 columns", () => {
    const long = "x".repeat(150);
    const result = lintResult(`${cwd}/a.json`, "createOrder", [
      message({ message: "short", line: 1 }),
      message({ message: "a message of middling length that still fits", line: 2 }),
      message({ message: long, line: 3 }),
    ]);
    const lines = formatters.stylish([result], context).split("\n").filter((l) => /^\s+\d+:\d+/.test(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]!.length).toBeLessThanOrEqual(120);
    expect(lines[1]!.length).toBeLessThanOrEqual(120);
    expect(lines[0]!.indexOf("duplicate-key")).toBe(lines[1]!.indexOf("duplicate-key"));
    expect(lines[2]).toContain(`${long}  duplicate-key`);
  });
});

describe("the GitHub step summary", () => {
  const summary = wholeText(githubStepSummary);

  it("is a Markdown table of the problems; pipes, markup and controls in them cannot break it", () => {
    const text = summary([lintResult(`${cwd}/a|b.json`, "createOrder", [message({ message: "a | b <img src=x> `code` *x*\n\u001b[31m" })])], context);
    const row = text.split("\n").find((l) => l.startsWith("| a"))!;
    expect(row).toBe("| a\\|b\\.json | 4:3 | error | a \\| b \\<img src\\=x\\> \\`code\\` \\*x\\*\\\\n\\\\u001b\\[31m | duplicate\\-key |");
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
  });

  it("says when nothing was found, and how many problems it leaves out past its thousand rows", () => {
    expect(summary([], context)).toBe("### oms-lint\n\nno problems in 0 files.\n\n");
    const many = lintResult(`${cwd}/a.json`, "createOrder", Array.from({ length: 1003 }, (_, i) => message({ line: i + 1 })));
    const text = summary([many], context);
    expect(text.split("\n").filter((l) => l.startsWith("| a\\.json"))).toHaveLength(1000);
    expect(text).toContain("… and 3 more problems (3 errors, 0 warnings), past the summary's 1,000 rows, errors kept before warnings: see the step's log.");
  });

  /** The problems the table lists, and those its last line says it leaves out. */
  const listing = (text: string) => ({
    rows: text.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| File |") && line !== "| --- | --- | --- | --- | --- |").length,
    more: Number(/^… and (\d+) more problems?\b/m.exec(text)?.[1] ?? 0),
  });
  /** GitHub aborts the whole upload past it: "$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k". */
  const githubLimit = 1024 * 1024;

  it("stays below GitHub's 1 MiB, with a margin, and says how many problems it left out: 1,000 findings of `&<` x150 under a long path (2.3 MB before: GitHub kept none of it)", () => {
    expect(summaryByteLimit).toBeLessThan(githubLimit);
    const path = `${cwd}/${"nested_folder/".repeat(60)}order.json`;
    const findings = lintResult(path, "createOrder", Array.from({ length: 1000 }, (_, i) => message({ line: i + 1, message: "&<".repeat(150) })));
    const text = summary([findings], context);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(summaryByteLimit);
    const { rows, more } = listing(text);
    expect(rows).toBeGreaterThan(0);
    expect(rows + more).toBe(1000);
    expect(text).toContain(`… and ${more} more problems (${more} errors, 0 warnings), past the 960 KiB a step summary is kept to (GitHub takes 1 MiB), errors kept before warnings: see the step's log.`);
  });

  it("property: for any findings (long paths, messages of escapable characters), the text is within the cap, and its rows and the N more are the findings", () => {
    const escapable = fc.string({ unit: fc.constantFrom("&", "<", ">", "|", "\\", "`", "*", "_", "[", "#", "\n", "\u001b", "é", "😀", "a"), minLength: 1, maxLength: 12 });
    const result = fc.record({
      path: fc.tuple(escapable, fc.integer({ min: 1, max: 300 })).map(([unit, times]) => `${cwd}/${unit.replaceAll("/", "")}`.repeat(times)),
      texts: fc.tuple(escapable, fc.integer({ min: 1, max: 120 })).map(([unit, times]) => unit.repeat(times)),
      count: fc.integer({ min: 0, max: 700 }),
    });
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 4 }), (files) => {
        const results = files.map(({ path, texts, count }) => lintResult(path, "createOrder", Array.from({ length: count }, (_, i) => message({ line: i + 1, severity: i % 2 === 0 ? 2 : 1, message: texts }))));
        const text = summary(results, context);
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(summaryByteLimit);
        const { rows, more } = listing(text);
        expect(rows + more).toBe(files.reduce((sum, file) => sum + file.count, 0));
      }),
      { numRuns: 40 },
    );
  });
});
