import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { createOrder } from "../support/payloads.js";

interface Suite {
  name: string;
  cases: string[];
}

/** Each suite's test case names, in report order. */
function suites(xml: string): Suite[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml) as {
    testsuites: { testsuite: { name: string; testcase: { name: string }[] }[] };
  };
  return doc.testsuites.testsuite.map((s) => ({ name: s.name, cases: s.testcase.map((c) => c.name) }));
}

/**
 * GitLab keys a report's cases by a hash of "#{suite_name}_#{classname}_#{name}"
 * (Gitlab::Ci::Reports::TestSuite#add_test_case), so two cases of one name in one suite (the
 * classname is its file) show as one, and a failure vanishes.
 */
const repeatedNames = (suite: Suite): string[] => suite.cases.filter((name, i) => suite.cases.indexOf(name) !== i);

const folder = scratchFolders("junit-names");

describe("junit: each test case name is unique within its suite", () => {
  it("over the examples and the test fixtures (broken.rest has two request/path-parameter errors at 17:5)", async () => {
    const run = await runCli(["-f", "junit", "examples", "test/fixtures"], { cwd: repoRoot });
    const all = suites(run.stdout);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((s) => repeatedNames(s).length > 0).map((s) => [s.name, repeatedNames(s)])).toEqual([]);
    // Stable: the first keeps its name, a repeat is numbered in report order.
    const broken = all.find((s) => s.name === "test/fixtures/requests/broken.rest")!;
    expect(broken.cases.filter((name) => name.startsWith("17:5 "))).toEqual(["17:5 request/path-parameter", "17:5 request/path-parameter #2"]);
  });

  it("two unpruned suppression entries of one file (both at 1:1)", async () => {
    const cwd = folder({
      "order.json": JSON.stringify(createOrder()),
      "oms-lint-suppressions.json": JSON.stringify({ "order.json": { "tax-rate-cap": { count: 1 }, "duplicate-key": { count: 1 } } }),
    });
    const run = await runCli(["-f", "junit", "order.json"], { cwd });
    const [suite] = suites(run.stdout);
    expect(suite!.cases).toEqual(["1:1 suppressions", "1:1 suppressions #2"]);
  });
});
